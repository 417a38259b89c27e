#pragma once

#include "ReportSettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace pilar {

/// What every report is asked for: the project, the PDF (or a printer), the date of the data,
/// the kecamatan to cover, the paper, and the date on the signature line.
struct ReportOptions
{
    QString projectPath;
    QString output;                               ///< the PDF
    QDate at;                                     ///< the date of the data; invalid = the latest report
    QStringList kecamatanCodes;                   ///< atlas and inventory: empty = the whole regency
    std::optional<ReportSettings::Paper> paper;   ///< default: the project's setting
    std::optional<bool> landscape;
    QDate signedOn;                               ///< the date line; invalid = today
    QPagedPaintDevice *printer = nullptr;         ///< print here instead of writing `output`
};

}
