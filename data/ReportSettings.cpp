#include "ReportSettings.h"

#include "SqlConnection.h"

#include <QSizeF>

#include <algorithm>

namespace pilar {

QPageSize ReportSettings::pageSize() const
{
    return paper == Paper::F4 ? QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch)
                              : QPageSize(QPageSize::A4);
}

bool ReportSettings::parsePaper(const QString &text, Paper &paper)
{
    if (text.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) paper = Paper::A4;
    else if (text.compare(QLatin1String("F4"), Qt::CaseInsensitive) == 0 || text.compare(QLatin1String("folio"), Qt::CaseInsensitive) == 0) paper = Paper::F4;
    else return false;
    return true;
}

ReportSettings ReportSettings::load(SqlConnection &db)
{
    ReportSettings s;
    QList<QVariantList> rows;
    if (!db.query(QStringLiteral("SELECT key, value FROM pilar_project WHERE key LIKE 'report_%'"), {}, rows)) return s;
    for (const auto &r : rows) {
        const QString key = r[0].toString().mid(7);
        const QVariant v = r[1];
        if (key == QLatin1String("government")) s.government = v.toString();
        else if (key == QLatin1String("office")) s.office = v.toString();
        else if (key == QLatin1String("address")) s.address = v.toString();
        else if (key == QLatin1String("logo")) s.logo = QByteArray::fromBase64(v.toString().toLatin1());
        else if (key == QLatin1String("place")) s.place = v.toString();
        else if (key == QLatin1String("signer_title")) s.signerTitle = v.toString();
        else if (key == QLatin1String("signer_name")) s.signerName = v.toString();
        else if (key == QLatin1String("signer_nip")) s.signerNip = v.toString();
        else if (key == QLatin1String("paper")) parsePaper(v.toString(), s.paper);
        else if (key == QLatin1String("landscape")) s.landscape = v.toString() == QLatin1String("1");
        else if (key == QLatin1String("margins")) {
            const QStringList m = v.toString().split(QLatin1Char(','));
            // Kept to what the settings dialog offers, so a damaged value cannot eat the page.
            const auto mm = [&](int i) { return std::clamp(m[i].toDouble(), MinMarginMm, MaxMarginMm); };
            if (m.size() == 4) s.marginsMm = QMarginsF(mm(0), mm(1), mm(2), mm(3));
        }
    }
    return s;
}

bool ReportSettings::save(SqlConnection &db, QString *error) const
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("government"), government}, {QStringLiteral("office"), office}, {QStringLiteral("address"), address},
        {QStringLiteral("logo"), QString::fromLatin1(logo.toBase64())}, {QStringLiteral("place"), place},
        {QStringLiteral("signer_title"), signerTitle}, {QStringLiteral("signer_name"), signerName}, {QStringLiteral("signer_nip"), signerNip},
        {QStringLiteral("paper"), paper == Paper::F4 ? QStringLiteral("F4") : QStringLiteral("A4")},
        {QStringLiteral("landscape"), landscape ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("margins"), QStringLiteral("%1,%2,%3,%4").arg(marginsMm.left()).arg(marginsMm.top()).arg(marginsMm.right()).arg(marginsMm.bottom())}};
    // The same statement on a GeoPackage and on the server; all the settings or none.
    bool ok = db.begin();
    const bool begun = ok;
    for (const auto &[key, value] : values)
        ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {QVariant(QStringLiteral("report_") + key), QVariant(value)});
    ok = ok && db.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString reason = db.lastError();
        if (begun) db.exec(QStringLiteral("ROLLBACK"));
        if (error) *error = tr("The report settings could not be saved: %1").arg(reason);
    }
    return ok;
}

}
