#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

namespace pilar {

class SqlConnection;

/// How the project's printed reports look in Indonesian government form: the letterhead
/// (kop surat), the place for the date line, the signature block, paper and margins.
/// Kept in the project (`pilar_project`, keys report_*), so every desktop prints the same.
struct ReportSettings
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ReportSettings)

public:
    QString government = QStringLiteral("PEMERINTAH KABUPATEN PURBALINGGA");
    QString office = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
    QString address;                 ///< street, phone, e-mail, web; empty leaves the line out
    QByteArray logo;                 ///< PNG or JPEG; empty = none
    QString place = QStringLiteral("Purbalingga");
    QString signerTitle = QStringLiteral("Kepala Dinas Komunikasi dan Informatika\nKabupaten Purbalingga");
    QString signerName;              ///< empty leaves a line to sign on
    QString signerNip;
    enum class Paper { A4, F4 };
    Paper paper = Paper::A4;
    bool landscape = false;
    static constexpr double MinMarginMm = 5.0, MaxMarginMm = 60.0; ///< what the settings dialog offers
    QMarginsF marginsMm{25, 20, 20, 20}; ///< left, top, right, bottom: a wider left margin for binding

    /// F4 / Folio is 215 × 330 mm.
    QPageSize pageSize() const;
    static ReportSettings load(SqlConnection &db);
    bool save(SqlConnection &db, QString *error) const;
    /// "A4" or "F4" (case-insensitive) → the paper; false for anything else.
    static bool parsePaper(const QString &text, Paper &paper);
};

}
