#include "RealisationImport.h"

#include "MasterPlanImport.h"
#include "MasterPlanStore.h"
#include "RealisationRules.h"

#include <QRegularExpression>

namespace pilar {

namespace {
QString normalised(const QString &s)
{
    return MasterPlanImport::normalised(s);
}
}

RealisationImport::RealisationImport(MasterPlanStore &store, const QString &sourceName, bool replaceExisting, const QString &userName)
    : m_store(store)
    , m_plan(MasterPlanSnapshot::read(store))
    , m_sourceName(sourceName)
    , m_replace(replaceExisting)
    , m_userName(userName)
{
    for (const Programme &p : m_plan.programmes) m_programmeByCode.insert(normalised(p.code), p.uuid);
    for (auto it = m_plan.kecamatanNames.begin(); it != m_plan.kecamatanNames.end(); ++it) {
        m_kecamatanByName.insert(normalised(it.value()), it.key());
        m_kecamatanByName.insert(normalised(it.key()), it.key());
    }
}

QStringList RealisationImport::targetFields()
{
    return {QStringLiteral("programme"), QStringLiteral("value"), QStringLiteral("indicator"), QStringLiteral("year"),
            QStringLiteral("quarter"), QStringLiteral("date"), QStringLiteral("source"), QStringLiteral("kecamatan")};
}

QStringList RealisationImport::requiredFields()
{
    return {QStringLiteral("programme"), QStringLiteral("value")};
}

QHash<QString, QStringList> RealisationImport::synonyms()
{
    return {{QStringLiteral("programme"), {QStringLiteral("programme"), QStringLiteral("program"), QStringLiteral("kodeprogram"), QStringLiteral("kode")}},
            {QStringLiteral("indicator"), {QStringLiteral("indicator"), QStringLiteral("indikator"), QStringLiteral("namaindikator"), QStringLiteral("indikatorkinerja")}},
            {QStringLiteral("year"), {QStringLiteral("year"), QStringLiteral("tahun"), QStringLiteral("tahunanggaran")}},
            {QStringLiteral("quarter"), {QStringLiteral("quarter"), QStringLiteral("triwulan"), QStringLiteral("tw"), QStringLiteral("periode")}},
            {QStringLiteral("date"), {QStringLiteral("date"), QStringLiteral("tanggal"), QStringLiteral("tanggallaporan")}},
            {QStringLiteral("value"), {QStringLiteral("value"), QStringLiteral("realisasi"), QStringLiteral("nilai"), QStringLiteral("capaian"), QStringLiteral("realisasifisik")}},
            {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("sumber"), QStringLiteral("sumberdata"), QStringLiteral("dokumen"), QStringLiteral("keterangan")}},
            {QStringLiteral("kecamatan"), {QStringLiteral("kecamatan"), QStringLiteral("kodekecamatan"), QStringLiteral("kec")}}};
}

RealisationImport::Outcome RealisationImport::importRow(const std::function<QString(const QString &)> &value, QString *label, QStringList *problems)
{
    const QString programmeCode = value(QStringLiteral("programme"));
    *label = programmeCode;
    const QString programmeUuid = m_programmeByCode.value(normalised(programmeCode));
    if (programmeUuid.isEmpty()) {
        *problems << tr("No programme has the code \"%1\".").arg(programmeCode);
        return Outcome::Rejected;
    }
    // The indicator by its name within the programme; a programme with one indicator needs no name.
    QVector<const Indicator *> candidates;
    for (const Indicator &i : m_plan.indicators)
        if (i.programmeUuid == programmeUuid) candidates << &i;
    const QString indicatorName = value(QStringLiteral("indicator"));
    const Indicator *indicator = nullptr;
    for (const Indicator *i : candidates)
        if (normalised(i->name) == normalised(indicatorName)) indicator = i;
    if (!indicator && indicatorName.isEmpty() && candidates.size() == 1) indicator = candidates.first();
    if (!indicator) {
        QStringList names;
        for (const Indicator *i : candidates) names << i->name;
        *problems << (candidates.isEmpty() ? tr("Programme %1 has no indicators.").arg(programmeCode)
                                           : tr("Programme %1 has no indicator \"%2\" (it has: %3).").arg(programmeCode, indicatorName, names.join(QStringLiteral("; "))));
        return Outcome::Rejected;
    }

    Realisation r;
    r.indicatorUuid = indicator->uuid;
    // The date: a date column, else the last day of the year's quarter.
    if (const QString date = value(QStringLiteral("date")); !date.isEmpty()) {
        r.date = QDate::fromString(date.left(10), Qt::ISODate);
        if (!r.date.isValid()) r.date = QDate::fromString(date, QStringLiteral("d/M/yyyy"));
        if (!r.date.isValid()) *problems << tr("\"%1\" is not a date (use 2023-06-30 or 30/6/2023).").arg(date);
    } else {
        bool yearOk = false;
        const int year = value(QStringLiteral("year")).toInt(&yearOk);
        const auto quarter = RealisationRules::parseQuarter(value(QStringLiteral("quarter")));
        if (!yearOk || !quarter)
            *problems << tr("Give the year and the quarter (1–4 or I–IV), or a date.");
        else
            r.date = RealisationRules::quarterEnd(year, *quarter);
    }
    if (r.date.isValid()) *label = QStringLiteral("%1 / %2 Q%3").arg(programmeCode).arg(r.date.year()).arg((r.date.month() + 2) / 3);
    const auto number = RealisationRules::parseNumber(value(QStringLiteral("value")));
    if (!number) *problems << tr("\"%1\" is not a number.").arg(value(QStringLiteral("value")));
    else r.value = *number;
    if (const QString kecamatan = value(QStringLiteral("kecamatan")); !kecamatan.isEmpty()) {
        r.kecamatanCode = m_kecamatanByName.value(normalised(kecamatan), kecamatan);
    }
    r.sourceDocument = value(QStringLiteral("source"));
    if (r.sourceDocument.isEmpty()) r.sourceDocument = tr("e-Monev import: %1").arg(m_sourceName);
    r.enteredBy = m_userName;
    if (!problems->isEmpty()) return Outcome::Rejected;
    *problems << RealisationRules::problems(m_plan, r);
    if (!problems->isEmpty()) return Outcome::Rejected;

    const QString key = QStringLiteral("%1|%2|%3|%4").arg(r.indicatorUuid, r.kecamatanCode).arg(r.date.year()).arg((r.date.month() + 2) / 3);
    if (m_seen.contains(key)) {
        *problems << tr("The file reports this indicator twice for the same quarter.");
        return Outcome::Rejected;
    }
    m_seen.insert(key);
    Outcome outcome = Outcome::Inserted;
    if (const auto existing = RealisationRules::sameQuarter(m_plan, r)) {
        if (qFuzzyCompare(existing->value + 1, r.value + 1)) return Outcome::Unchanged;
        if (!m_replace) {
            *problems << tr("The project already has %1 for this quarter (from %2); import with \"replace\" to take the file's %3.")
                             .arg(existing->value).arg(existing->sourceDocument).arg(r.value);
            return Outcome::Rejected;
        }
        r.uuid = existing->uuid;
        r.attachmentName = existing->attachmentName; // keeps the stored file
        outcome = Outcome::Replaced;
    }
    QString why;
    if (!m_store.saveRealisation(r, &why)) {
        *problems << why;
        return Outcome::Rejected;
    }
    return outcome;
}

}
