#include "ProgressReport.h"

#include "MasterPlanStore.h"

#include <QSet>

#include <array>
#include <memory>

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace pilar {

namespace {
QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue();
}

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}

// Averages the achievements of the items that have data; planned over the same items.
void rollUp(ProgressReport::ItemRow &row, const QVector<const ProgressReport::ItemRow *> &items, const ProgressMath::Thresholds &t)
{
    double sum = 0, plannedSum = 0, forecastSum = 0;
    int withData = 0, withForecast = 0;
    for (const auto *item : items) {
        if (item->forecast) { forecastSum += *item->forecast; ++withForecast; }
        row.budget += item->budget;
        switch (item->status) {
        case ProgressMath::Status::OnTrack: ++row.onTrack; break;
        case ProgressMath::Status::AtRisk: ++row.atRisk; break;
        case ProgressMath::Status::Behind: ++row.behind; break;
        case ProgressMath::Status::NoData: ++row.noData; break;
        }
        if (!item->achievement) continue;
        sum += *item->achievement;
        plannedSum += item->planned;
        ++withData;
    }
    row.programmes = int(items.size());
    if (withData) {
        row.achievement = sum / withData;
        row.planned = plannedSum / withData;
    }
    if (withForecast) row.forecast = forecastSum / withForecast;
    row.status = ProgressMath::status(row.achievement, row.planned, t);
}
}

QString ProgressReport::statusName(ProgressMath::Status status)
{
    switch (status) {
    case ProgressMath::Status::OnTrack: return tr("on track");
    case ProgressMath::Status::AtRisk: return tr("at risk");
    case ProgressMath::Status::Behind: return tr("behind");
    case ProgressMath::Status::NoData: return tr("no data");
    }
    return {};
}

QColor ProgressReport::statusColor(ProgressMath::Status s)
{
    switch (s) {
    case ProgressMath::Status::OnTrack: return QColor(46, 150, 70);
    case ProgressMath::Status::AtRisk: return QColor(240, 170, 0);
    case ProgressMath::Status::Behind: return QColor(210, 40, 40);
    case ProgressMath::Status::NoData: return QColor(160, 160, 160);
    }
    return Qt::gray;
}

bool ProgressReport::isMember(const Programme &p, GroupBy groupBy, const QString &key)
{
    switch (groupBy) {
    case GroupBy::Pillar: return p.pillarUuid == key;
    case GroupBy::Stage: return p.stageUuid == key;
    case GroupBy::Opd: return p.opdUuid == key;
    case GroupBy::Kecamatan: return p.kecamatanCodes.isEmpty() || p.kecamatanCodes.contains(key);
    }
    return false;
}

QString ProgressReport::statusCode(ProgressMath::Status status)
{
    switch (status) {
    case ProgressMath::Status::OnTrack: return QStringLiteral("on_track");
    case ProgressMath::Status::AtRisk: return QStringLiteral("at_risk");
    case ProgressMath::Status::Behind: return QStringLiteral("behind");
    case ProgressMath::Status::NoData: return QStringLiteral("no_data");
    }
    return {};
}

ProgressReport ProgressReport::compute(MasterPlanStore &store, const QDate &at, GroupBy groupBy, const MasterPlanFilter &filter,
                                       bool againstFinalTarget)
{
    return compute(MasterPlanSnapshot::read(store), at, groupBy, filter, againstFinalTarget);
}

ProgressReport::GroupedRealisations ProgressReport::GroupedRealisations::of(const MasterPlanSnapshot &plan)
{
    // Regency-wide values drive the indicators; a kecamatan's own values drive its roll-up
    // where the indicator has targets for it.
    GroupedRealisations g;
    for (const Realisation &r : plan.realisations) {
        if (r.kecamatanCode.isEmpty()) g.regency[r.indicatorUuid] << r;
        else g.local[r.indicatorUuid][r.kecamatanCode] << r;
    }
    return g;
}

ProgressReport ProgressReport::compute(const MasterPlanSnapshot &plan, const QDate &at, GroupBy groupBy, const MasterPlanFilter &filter,
                                       bool againstFinalTarget)
{
    return compute(plan, GroupedRealisations::of(plan), at, groupBy, filter, againstFinalTarget);
}

ProgressReport ProgressReport::compute(const MasterPlanSnapshot &plan, const GroupedRealisations &grouped, const QDate &at, GroupBy groupBy,
                                       const MasterPlanFilter &filter, bool againstFinalTarget)
{
    ProgressReport report;
    report.at = at;
    report.thresholds = plan.thresholds;
    const int finalYear = plan.finalYear();
    const double t = ProgressMath::yearFraction(at);
    const auto &realisationsOf = grouped.regency;
    const auto &localRealisationsOf = grouped.local;
    auto indicatorRow = [&](const Indicator &ind, const QVector<Realisation> &real) {
        IndicatorRow row;
        row.uuid = ind.uuid; row.programmeUuid = ind.programmeUuid; row.name = ind.name; row.unit = ind.unit;
        row.target = ProgressMath::targetForYear(ind, againstFinalTarget ? finalYear : at.year());
        if (const auto latest = ProgressMath::latest(real, at)) {
            row.actual = latest->value;
            row.achievement = ProgressMath::achievement(ind.baselineValue, row.target, latest->value, ind.higherIsBetter);
        }
        row.planned = ProgressMath::achievement(ind.baselineValue, row.target, ProgressMath::plannedValue(ind, t), ind.higherIsBetter);
        if (const auto f = ProgressMath::forecast(real, at, finalYear + 1.0))
            row.forecastAchievement = ProgressMath::achievement(ind.baselineValue, ProgressMath::targetForYear(ind, finalYear), *f, ind.higherIsBetter);
        row.status = ProgressMath::status(row.achievement, row.planned, report.thresholds);
        return row;
    };
    // Programme progress: the weighted mean of its indicators, each capped at 100 % so one
    // over-achieved indicator cannot hide another that is behind.
    auto programmeRow = [&](const Programme &p, const QVector<std::pair<const IndicatorRow *, double>> &rows) {
        ItemRow row;
        row.key = p.uuid; row.code = p.code; row.label = p.name; row.programmes = 1; row.budget = p.budget;
        double weights = 0, sum = 0, planned = 0, forecastWeights = 0, forecast = 0;
        for (const auto &[ind, w] : rows) {
            if (ind->forecastAchievement) {
                forecastWeights += w;
                forecast += w * std::min(*ind->forecastAchievement, 100.0);
            }
            if (!ind->achievement) continue;
            weights += w;
            sum += w * std::min(*ind->achievement, 100.0);
            planned += w * std::min(ind->planned, 100.0);
        }
        if (weights > 0) {
            row.achievement = sum / weights;
            row.planned = planned / weights;
        }
        if (forecastWeights > 0) row.forecast = forecast / forecastWeights;
        row.status = ProgressMath::status(row.achievement, row.planned, report.thresholds);
        return row;
    };

    QHash<QString, const Programme *> programmeByUuid;
    QVector<const Programme *> included;
    for (const Programme &p : plan.programmes)
        if (filter.accepts(p)) { programmeByUuid.insert(p.uuid, &p); included << &p; }

    QHash<QString, QVector<const Indicator *>> indicatorsOf;
    for (const Indicator &ind : plan.indicators) {
        if (!programmeByUuid.contains(ind.programmeUuid)) continue;
        report.indicators.push_back(indicatorRow(ind, realisationsOf.value(ind.uuid)));
        indicatorsOf[ind.programmeUuid] << &ind;
    }
    QHash<QString, const IndicatorRow *> rowOf;
    for (const IndicatorRow &row : report.indicators) rowOf.insert(row.uuid, &row);
    for (const Programme *p : included) {
        QVector<std::pair<const IndicatorRow *, double>> rows;
        for (const Indicator *ind : indicatorsOf.value(p->uuid)) rows << std::pair(rowOf.value(ind->uuid), ind->weight);
        report.programmes.push_back(programmeRow(*p, rows));
    }

    // Groups: the plain mean of their programmes (each programme counts once).
    auto group = [&](const QString &key, const QString &code, const QString &label) {
        ItemRow row;
        row.key = key; row.code = code; row.label = label;
        QVector<const ItemRow *> items;
        std::vector<std::unique_ptr<IndicatorRow>> localIndicators; // kept alive for the local programme rows
        std::vector<std::unique_ptr<ItemRow>> localProgrammes;
        for (const ItemRow &p : report.programmes) {
            const Programme &programme = *programmeByUuid.value(p.key);
            if (!isMember(programme, groupBy, key)) continue;
            if (groupBy != GroupBy::Kecamatan) { items << &p; continue; }
            // In a kecamatan, an indicator with targets of its own there is measured on them.
            bool local = false;
            QVector<std::pair<const IndicatorRow *, double>> rows;
            for (const Indicator *ind : indicatorsOf.value(programme.uuid)) {
                if (const auto mine = ProgressMath::forKecamatan(*ind, key)) {
                    localIndicators.push_back(std::make_unique<IndicatorRow>(indicatorRow(*mine, localRealisationsOf.value(ind->uuid).value(key))));
                    rows << std::pair(localIndicators.back().get(), ind->weight);
                    local = true;
                } else {
                    rows << std::pair(rowOf.value(ind->uuid), ind->weight);
                }
            }
            if (!local) { items << &p; continue; }
            localProgrammes.push_back(std::make_unique<ItemRow>(programmeRow(programme, rows)));
            items << localProgrammes.back().get();
        }
        rollUp(row, items, report.thresholds);
        report.groups.push_back(row);
    };
    switch (groupBy) {
    case GroupBy::Pillar:
        for (const Pillar &p : plan.pillars)
            if (filter.pillarUuid.isEmpty() || filter.pillarUuid == p.uuid) group(p.uuid, p.code, p.nameId);
        break;
    case GroupBy::Stage:
        for (const Stage &s : plan.stages)
            if (filter.stageUuid.isEmpty() || filter.stageUuid == s.uuid) group(s.uuid, s.code, s.nameId);
        break;
    case GroupBy::Opd:
        for (const Opd &o : plan.opds)
            if (filter.opdUuid.isEmpty() || filter.opdUuid == o.uuid) group(o.uuid, o.code, o.name);
        break;
    case GroupBy::Kecamatan:
        for (const QString &k : plan.kecamatanCodes)
            if (filter.kecamatanCode.isEmpty() || filter.kecamatanCode == k) group(k, k, plan.kecamatanName(k));
        break;
    }

    // Gap analysis: a fact about the whole plan, so it ignores the filter.
    for (const Pillar &p : plan.pillars) {
        GapRow gap{p.code, p.nameId};
        for (const Programme &x : plan.programmes)
            if (x.pillarUuid == p.uuid) (x.status == QLatin1String("diperkuat") ? gap.strengthens : gap.adds)++;
        if (gap.strengthens + gap.adds == 0) report.pillarsWithoutProgrammes << p.code;
        report.gaps.push_back(gap);
    }
    for (const QString &k : plan.kecamatanCodes) {
        const bool served = std::any_of(plan.programmes.begin(), plan.programmes.end(), [&](const Programme &x) { return x.kecamatanCodes.contains(k); });
        if (!served) report.kecamatanWithoutProgrammes << k;
    }
    return report;
}

QVector<ProgressReport::TrendPoint> ProgressReport::trend(const MasterPlanSnapshot &plan, const QDate &until, GroupBy groupBy,
                                                          const MasterPlanFilter &filter, const QString &groupKey)
{
    return trend(plan, GroupedRealisations::of(plan), until, groupBy, filter, groupKey);
}

QVector<ProgressReport::TrendPoint> ProgressReport::trend(const MasterPlanSnapshot &plan, const GroupedRealisations &grouped, const QDate &until,
                                                          GroupBy groupBy, const MasterPlanFilter &filter, const QString &groupKey)
{
    QVector<TrendPoint> points;
    const int first = plan.firstYear();
    if (!first) return points;
    // The same programmes at every date, so the curves do not jump when one starts reporting:
    // those in the group with indicators; one not reported yet counts as no progress.
    QHash<QString, double> weightOf;
    for (const Indicator &ind : plan.indicators) weightOf.insert(ind.uuid, ind.weight);
    QSet<QString> members;
    for (const Programme &p : plan.programmes)
        if (filter.accepts(p) && (groupKey.isEmpty() || isMember(p, groupBy, groupKey))) members.insert(p.uuid);
    // Quarter ends from the plan's start to the date, against the final target: a steady curve.
    for (QDate d(first, 3, 31); d <= until; d = d.addDays(1).addMonths(3).addDays(-1)) {
        const ProgressReport r = compute(plan, grouped, d, groupBy, filter, true);
        QHash<QString, std::array<double, 3>> sums; // programme → weight, achieved, planned
        for (const IndicatorRow &ind : r.indicators) {
            if (!members.contains(ind.programmeUuid)) continue;
            auto &s = sums[ind.programmeUuid];
            const double w = weightOf.value(ind.uuid, 1);
            s[0] += w;
            s[1] += w * std::min(ind.achievement.value_or(0), 100.0);
            s[2] += w * std::min(ind.planned, 100.0);
        }
        TrendPoint point{d};
        int n = 0;
        for (const auto &s : std::as_const(sums)) {
            if (s[0] <= 0) continue;
            point.actual += s[1] / s[0];
            point.planned += s[2] / s[0];
            ++n;
        }
        for (const IndicatorRow &ind : r.indicators) point.hasData = point.hasData || (members.contains(ind.programmeUuid) && ind.achievement);
        if (n) { point.actual /= n; point.planned /= n; }
        points.push_back(point);
    }
    return points;
}

QJsonObject ProgressReport::toJson() const
{
    auto items = [](const QVector<ItemRow> &rows) {
        QJsonArray a;
        for (const ItemRow &r : rows)
            a.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("label"), r.label},
                                 {QStringLiteral("programmes"), r.programmes}, {QStringLiteral("achievement"), optional(r.achievement)},
                                 {QStringLiteral("planned"), std::round(r.planned * 100) / 100}, {QStringLiteral("forecast"), optional(r.forecast)},
                                 {QStringLiteral("status"), statusCode(r.status)},
                                 {QStringLiteral("onTrack"), r.onTrack}, {QStringLiteral("atRisk"), r.atRisk}, {QStringLiteral("behind"), r.behind},
                                 {QStringLiteral("noData"), r.noData}, {QStringLiteral("budget"), r.budget}});
        return a;
    };
    QJsonArray gapArray;
    for (const GapRow &g : gaps)
        gapArray.append(QJsonObject{{QStringLiteral("pillar"), g.pillarCode}, {QStringLiteral("strengthens"), g.strengthens},
                                    {QStringLiteral("adds"), g.adds}});
    return {{QStringLiteral("at"), at.toString(Qt::ISODate)},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("onTrack"), thresholds.onTrack}, {QStringLiteral("atRisk"), thresholds.atRisk}}},
            {QStringLiteral("groups"), items(groups)}, {QStringLiteral("programmes"), items(programmes)}, {QStringLiteral("gaps"), gapArray},
            {QStringLiteral("pillarsWithoutProgrammes"), QJsonArray::fromStringList(pillarsWithoutProgrammes)},
            {QStringLiteral("kecamatanWithoutProgrammes"), QJsonArray::fromStringList(kecamatanWithoutProgrammes)}};
}

QString ProgressReport::toCsv() const
{
    QString out = QStringLiteral("code,label,programmes,achievement,planned,status,on_track,at_risk,behind,no_data,budget,forecast\n");
    for (const ItemRow &r : groups) {
        QString label = r.label;
        label.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\n")
                   .arg(r.code, label).arg(r.programmes)
                   .arg(r.achievement ? QString::number(*r.achievement, 'f', 2) : QString())
                   .arg(QString::number(r.planned, 'f', 2), statusCode(r.status)).arg(r.onTrack).arg(r.atRisk).arg(r.behind).arg(r.noData)
                   .arg(r.budget).arg(r.forecast ? QString::number(*r.forecast, 'f', 2) : QString());
    }
    return out;
}

QString ProgressReport::toTable() const
{
    QString out = tr("Progress at %1 (on track ≥ %2 % of plan, at risk ≥ %3 %)")
                      .arg(QLocale().toString(at, QLocale::LongFormat)).arg(thresholds.onTrack).arg(thresholds.atRisk) + QLatin1Char('\n');
    out += QStringLiteral("%1 %2 %3 %4 %5\n").arg(tr("Group"), -40).arg(tr("Achieved %"), 11).arg(tr("Planned %"), 10).arg(tr("Status"), -15).arg(tr("Programmes"));
    for (const ItemRow &r : groups)
        out += QStringLiteral("%1 %2 %3 %4 %5\n").arg(r.label.left(40), -40).arg(percent(r.achievement), 11)
                   .arg(QLocale().toString(r.planned, 'f', 1), 10).arg(statusName(r.status), -15).arg(r.programmes);
    if (!pillarsWithoutProgrammes.isEmpty())
        out += tr("Pillars without programmes: %1").arg(pillarsWithoutProgrammes.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!kecamatanWithoutProgrammes.isEmpty())
        out += tr("Kecamatan without programmes of their own: %1").arg(kecamatanWithoutProgrammes.join(QStringLiteral(", "))) + QLatin1Char('\n');
    return out;
}

}
