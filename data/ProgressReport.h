#pragma once

#include "MasterPlanFilter.h"
#include "MasterPlanSnapshot.h"
#include "ProgressMath.h"
#include "Programme.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QHash>
#include <QVector>

namespace pilar {

class MasterPlanStore;

/// Progress of the whole plan at a date: every indicator, every programme, and roll-ups by
/// pillar, stage, OPD or kecamatan, with statuses and a forecast for the plan's last year.
/// The numbers the dashboard, the reports and `pilar-cli progress` show. Formulas: docs/progress.md.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProgressReport)

public:
    enum class GroupBy { Pillar, Stage, Opd, Kecamatan };

    struct IndicatorRow
    {
        QString uuid, programmeUuid, name, unit;
        std::optional<double> actual;      ///< latest realisation at the date
        double target = 0;                 ///< the target due by the end of the date's year
        std::optional<double> achievement; ///< %, may exceed 100
        double planned = 0;                ///< % of that target the trajectory expects by the date
        std::optional<double> forecastAchievement; ///< % of the final target, from the trend
        ProgressMath::Status status = ProgressMath::Status::NoData;
    };

    struct ItemRow
    {
        QString key;       ///< programme uuid, or the group's uuid/code
        QString code;
        QString label;
        int programmes = 0;
        std::optional<double> achievement; ///< capped per indicator at 100 before averaging
        double planned = 0;
        std::optional<double> forecast;    ///< % of the final target expected at the plan's end, from the trend
        ProgressMath::Status status = ProgressMath::Status::NoData;
        int onTrack = 0, atRisk = 0, behind = 0, noData = 0; ///< programme counts by status (groups)
        qint64 budget = 0;
    };

    struct GapRow
    {
        QString pillarCode, pillarName;
        int strengthens = 0;  ///< diperkuat
        int adds = 0;         ///< ditambahkan
    };

    QDate at;
    ProgressMath::Thresholds thresholds;
    QVector<IndicatorRow> indicators;
    QVector<ItemRow> programmes;
    QVector<ItemRow> groups;
    QVector<GapRow> gaps;
    QStringList pillarsWithoutProgrammes;
    QStringList kecamatanWithoutProgrammes;

    /// Computes everything at `at`, grouped by `groupBy`, over the programmes the filter lets
    /// through. With `againstFinalTarget`, achievement and plan are measured against the
    /// target of the plan's last year instead of the date's year (a steady curve over the
    /// years, for trend charts).
    static ProgressReport compute(const MasterPlanSnapshot &plan, const QDate &at, GroupBy groupBy, const MasterPlanFilter &filter = {},
                                  bool againstFinalTarget = false);
    /// The same, reading the plan from the store first.
    static ProgressReport compute(MasterPlanStore &store, const QDate &at, GroupBy groupBy, const MasterPlanFilter &filter = {},
                                  bool againstFinalTarget = false);

    struct TrendPoint
    {
        QDate date;
        double actual = 0;   ///< % of the final target, mean over the programmes (not yet reported = 0)
        double planned = 0;
        bool hasData = false;
    };
    /// Actual and planned at every quarter end from the plan's first year to `until`, as the mean
    /// over one group's programmes (its key) or all programmes that have indicators, each measured
    /// on its regency-wide indicators against the final target (capped at 100 %, a programme not
    /// yet reported counting 0 %); from the snapshot, no database reads.
    static QVector<TrendPoint> trend(const MasterPlanSnapshot &plan, const QDate &until, GroupBy groupBy, const MasterPlanFilter &filter = {},
                                     const QString &groupKey = {});

    /// The realisations by indicator (regency-wide) and by indicator and kecamatan: made once
    /// per snapshot, so a trend over many dates does not sort a million reports again each time.
    struct GroupedRealisations
    {
        QHash<QString, QVector<Realisation>> regency;
        QHash<QString, QHash<QString, QVector<Realisation>>> local;
        static GroupedRealisations of(const MasterPlanSnapshot &plan);
    };
    static ProgressReport compute(const MasterPlanSnapshot &plan, const GroupedRealisations &grouped, const QDate &at, GroupBy groupBy,
                                  const MasterPlanFilter &filter, bool againstFinalTarget);
    /// The trend from realisations already grouped (a report draws one per pillar).
    static QVector<TrendPoint> trend(const MasterPlanSnapshot &plan, const GroupedRealisations &grouped, const QDate &until, GroupBy groupBy,
                                     const MasterPlanFilter &filter, const QString &groupKey);

    /// Translated, for people; statusCode() is the stable word used in CSV and JSON.
    /// Whether a programme belongs to a group (a pillar, stage or OPD uuid, or a kecamatan code).
    /// A programme with no kecamatan listed serves the whole regency, so it is in every kecamatan.
    static bool isMember(const Programme &programme, GroupBy groupBy, const QString &key);
    static QString statusName(ProgressMath::Status status);
    static QString statusCode(ProgressMath::Status status);
    /// The status's colour on charts, maps and reports: green, amber, red, grey.
    static QColor statusColor(ProgressMath::Status status);

    QJsonObject toJson() const;
    QString toCsv() const;
    QString toTable() const;
};

}
