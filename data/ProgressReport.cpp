#include "ProgressReport.h"

#include "MasterPlanStore.h"

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
    double sum = 0, plannedSum = 0;
    int withData = 0;
    for (const auto *item : items) {
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

ProgressReport ProgressReport::compute(MasterPlanStore &store, const QDate &at, GroupBy groupBy, const QStringList &kecamatanCodes,
                                       bool againstFinalTarget)
{
    ProgressReport report;
    report.at = at;
    SqliteDatabase &db = store.database();
    const QVariant onTrack = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'progress_on_track'"));
    const QVariant atRisk = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'progress_at_risk'"));
    if (onTrack.isValid()) report.thresholds.onTrack = onTrack.toDouble();
    if (atRisk.isValid()) report.thresholds.atRisk = atRisk.toDouble();

    const auto programmes = store.programmes();
    const auto pillars = store.pillars();
    const auto stages = store.stages();
    const auto opds = store.opds();
    QHash<QString, QVector<Realisation>> realisationsOf;
    for (const Realisation &r : store.realisations())
        if (r.kecamatanCode.isEmpty()) realisationsOf[r.indicatorUuid] << r; // regency-wide values drive the roll-ups
    const double t = ProgressMath::yearFraction(at);
    int finalYear = 0;
    for (const Stage &s : stages) finalYear = std::max(finalYear, s.lastYear);

    // Indicators.
    QHash<QString, QVector<const IndicatorRow *>> indicatorsOf;
    QHash<QString, double> weightOf;
    const auto indicators = store.indicators();
    report.indicators.reserve(indicators.size());
    for (const Indicator &ind : indicators) {
        IndicatorRow row;
        row.uuid = ind.uuid; row.programmeUuid = ind.programmeUuid; row.name = ind.name; row.unit = ind.unit;
        row.target = ProgressMath::targetForYear(ind, againstFinalTarget ? finalYear : at.year());
        const auto &real = realisationsOf.value(ind.uuid);
        if (const auto latest = ProgressMath::latest(real, at)) {
            row.actual = latest->value;
            row.achievement = ProgressMath::achievement(ind.baselineValue, row.target, latest->value, ind.higherIsBetter);
        }
        row.planned = ProgressMath::achievement(ind.baselineValue, row.target, ProgressMath::plannedValue(ind, t), ind.higherIsBetter);
        if (const auto f = ProgressMath::forecast(real, at, finalYear + 1.0))
            row.forecastAchievement = ProgressMath::achievement(ind.baselineValue, ProgressMath::targetForYear(ind, finalYear), *f, ind.higherIsBetter);
        row.status = ProgressMath::status(row.achievement, row.planned, report.thresholds);
        report.indicators.push_back(row);
        weightOf.insert(ind.uuid, ind.weight);
    }
    for (const IndicatorRow &row : report.indicators) indicatorsOf[row.programmeUuid] << &row;

    // Programmes: weighted mean of their indicators, each capped at 100 % so one
    // over-achieved indicator cannot hide another that is behind.
    QHash<QString, const Programme *> programmeByUuid;
    for (const Programme &p : programmes) {
        programmeByUuid.insert(p.uuid, &p);
        ItemRow row;
        row.key = p.uuid; row.code = p.code; row.label = p.name; row.programmes = 1; row.budget = p.budget;
        double weights = 0, sum = 0, planned = 0;
        for (const IndicatorRow *ind : indicatorsOf.value(p.uuid)) {
            if (!ind->achievement) continue;
            const double w = weightOf.value(ind->uuid, 1);
            weights += w;
            sum += w * std::min(*ind->achievement, 100.0);
            planned += w * std::min(ind->planned, 100.0);
        }
        if (weights > 0) {
            row.achievement = sum / weights;
            row.planned = planned / weights;
        }
        row.status = ProgressMath::status(row.achievement, row.planned, report.thresholds);
        report.programmes.push_back(row);
    }

    // Groups: the plain mean of their programmes (each programme counts once).
    auto group = [&](const QString &key, const QString &code, const QString &label) {
        ItemRow row;
        row.key = key; row.code = code; row.label = label;
        QVector<const ItemRow *> items;
        for (const ItemRow &p : report.programmes)
            if (isMember(*programmeByUuid.value(p.key), groupBy, key)) items << &p;
        rollUp(row, items, report.thresholds);
        report.groups.push_back(row);
    };
    switch (groupBy) {
    case GroupBy::Pillar:
        for (const Pillar &p : pillars) group(p.uuid, p.code, p.nameId);
        break;
    case GroupBy::Stage:
        for (const Stage &s : stages) group(s.uuid, s.code, s.nameId);
        break;
    case GroupBy::Opd:
        for (const Opd &o : opds) group(o.uuid, o.code, o.name);
        break;
    case GroupBy::Kecamatan:
        for (const QString &k : kecamatanCodes) group(k, k, k);
        break;
    }

    // Gap analysis.
    for (const Pillar &p : pillars) {
        GapRow gap{p.code, p.nameId};
        for (const Programme &x : programmes)
            if (x.pillarUuid == p.uuid) (x.status == QLatin1String("diperkuat") ? gap.strengthens : gap.adds)++;
        if (gap.strengthens + gap.adds == 0) report.pillarsWithoutProgrammes << p.code;
        report.gaps.push_back(gap);
    }
    for (const QString &k : kecamatanCodes) {
        const bool served = std::any_of(programmes.begin(), programmes.end(), [&](const Programme &x) { return x.kecamatanCodes.contains(k); });
        if (!served) report.kecamatanWithoutProgrammes << k;
    }
    return report;
}

QJsonObject ProgressReport::toJson() const
{
    auto items = [](const QVector<ItemRow> &rows) {
        QJsonArray a;
        for (const ItemRow &r : rows)
            a.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("label"), r.label},
                                 {QStringLiteral("programmes"), r.programmes}, {QStringLiteral("achievement"), optional(r.achievement)},
                                 {QStringLiteral("planned"), std::round(r.planned * 100) / 100}, {QStringLiteral("status"), statusCode(r.status)},
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
    QString out = QStringLiteral("code,label,programmes,achievement,planned,status,on_track,at_risk,behind,no_data,budget\n");
    for (const ItemRow &r : groups) {
        QString label = r.label;
        label.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += QStringLiteral("%1,\"%2\",%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                   .arg(r.code, label).arg(r.programmes)
                   .arg(r.achievement ? QString::number(*r.achievement, 'f', 2) : QString())
                   .arg(QString::number(r.planned, 'f', 2), statusCode(r.status)).arg(r.onTrack).arg(r.atRisk).arg(r.behind).arg(r.noData)
                   .arg(r.budget);
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
