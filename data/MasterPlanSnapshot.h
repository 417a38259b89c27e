#pragma once

#include "BudgetRealisation.h"
#include "Indicator.h"
#include "Opd.h"
#include "Pillar.h"
#include "Programme.h"
#include "ProgressMath.h"
#include "Realisation.h"
#include "Stage.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace pilar {

class MasterPlanStore;

/// Everything the progress maths needs, read from the store in one go, so a dashboard,
/// a report or a trend over many dates computes without going back to the database.
struct MasterPlanSnapshot
{
    QVector<Pillar> pillars;
    QVector<Stage> stages;
    QVector<Opd> opds;
    QVector<Programme> programmes;
    QVector<Indicator> indicators;
    QVector<Realisation> realisations;
    QVector<BudgetRealisation> budget;
    QStringList kecamatanCodes;             ///< the regency's, from the project's boundary table
    QHash<QString, QString> kecamatanNames; ///< code → name
    ProgressMath::Thresholds thresholds;    ///< from the project settings

    static MasterPlanSnapshot read(MasterPlanStore &store);
    /// The date of the latest realisation (invalid when there is none); with a year, the latest within it.
    QDate latestRealisation(int year = 0) const;
    /// The plan's first and last years, from its stages (0 when it has none).
    int firstYear() const;
    int finalYear() const;
    /// A kecamatan's name, or its code when the project does not name it.
    QString kecamatanName(const QString &code) const { return kecamatanNames.value(code, code); }
};

}
