#include "RealisationRules.h"

#include <QRegularExpression>

namespace pilar {

QStringList RealisationRules::problems(const MasterPlanSnapshot &plan, const Realisation &r)
{
    QStringList out;
    const auto indicator = std::find_if(plan.indicators.begin(), plan.indicators.end(), [&](const Indicator &i) { return i.uuid == r.indicatorUuid; });
    if (indicator == plan.indicators.end()) out << tr("Choose the indicator.");
    const int first = plan.firstYear(), last = plan.finalYear();
    // Reports of the plan's last year arrive early in the next one.
    if (!r.date.isValid()) out << tr("The date is missing.");
    else if (first && (r.date.year() < first || r.date.year() > last + 1))
        out << tr("The date %1 lies outside the plan (%2–%3).").arg(r.date.toString(Qt::ISODate)).arg(first).arg(last);
    if (r.value < 0) out << tr("A realised value cannot be negative.");
    if (indicator != plan.indicators.end() && indicator->unit == QLatin1String("%") && r.value > 100)
        out << tr("A percentage cannot exceed 100.");
    if (!r.kecamatanCode.isEmpty() && !plan.kecamatanCodes.isEmpty() && !plan.kecamatanCodes.contains(r.kecamatanCode))
        out << tr("The regency has no kecamatan with the code %1.").arg(r.kecamatanCode);
    if (r.sourceDocument.trimmed().isEmpty()) out << tr("Name the source document, so the value can be checked later.");
    return out;
}

std::optional<Realisation> RealisationRules::sameQuarter(const MasterPlanSnapshot &plan, const Realisation &r)
{
    const int quarter = (r.date.month() - 1) / 3;
    for (const Realisation &other : plan.realisations)
        if (other.uuid != r.uuid && other.indicatorUuid == r.indicatorUuid && other.kecamatanCode == r.kecamatanCode &&
            other.date.year() == r.date.year() && (other.date.month() - 1) / 3 == quarter)
            return other;
    return std::nullopt;
}

QDate RealisationRules::quarterEnd(int year, int quarter)
{
    const QDate firstOfLastMonth(year, quarter * 3, 1);
    return QDate(year, quarter * 3, firstOfLastMonth.daysInMonth());
}

std::optional<int> RealisationRules::parseQuarter(const QString &text)
{
    QString t = text.trimmed().toUpper();
    static const QRegularExpression prefix(QStringLiteral("^(TRIWULAN|TRI WULAN|TW|Q|QUARTER|KUARTAL)\\s*[-.]?\\s*"));
    t.remove(prefix);
    static const QHash<QString, int> roman = {{QStringLiteral("I"), 1}, {QStringLiteral("II"), 2}, {QStringLiteral("III"), 3}, {QStringLiteral("IV"), 4}};
    if (roman.contains(t)) return roman.value(t);
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= 4 ? std::optional(n) : std::nullopt;
}

std::optional<double> RealisationRules::parseNumber(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression spaceOrPercent(QStringLiteral("\\s|%"));
    t.remove(spaceOrPercent);
    if (t.isEmpty()) return std::nullopt;
    if (t.contains(QLatin1Char(',')) && t.contains(QLatin1Char('.'))) {
        // Indonesian: dots group thousands, the comma marks decimals; English the other way round.
        if (t.lastIndexOf(QLatin1Char(',')) > t.lastIndexOf(QLatin1Char('.'))) { t.remove(QLatin1Char('.')); t.replace(QLatin1Char(','), QLatin1Char('.')); }
        else t.remove(QLatin1Char(','));
    } else if (t.contains(QLatin1Char(','))) {
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

}
