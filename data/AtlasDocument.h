#pragma once

#include "ReportSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace pilar {

class Feedback;

/// The kecamatan atlas (Atlas kecamatan) for field teams: a section per kecamatan with its map
/// (desa, programme sites, assets, legend, scale, north arrow), a key map of the regency showing
/// where it lies, its assets counted by type and condition, and the programmes that serve it
/// with their achievement there. Government form, as every Pilar report.
class AtlasDocument
{
    Q_DECLARE_TR_FUNCTIONS(pilar::AtlasDocument)

public:
    struct Options
    {
        QString projectPath;
        QString output;
        QStringList kecamatanCodes;                  ///< empty = every kecamatan of the regency
        QDate at;                                    ///< date of the achievement figures; invalid = latest report
        std::optional<ReportSettings::Paper> paper;
        std::optional<bool> landscape;
        QDate signedOn;
        QPagedPaintDevice *printer = nullptr;         ///< print here instead of writing `output`
    };

    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        int pages = 0;
        int sections = 0;
    };

    static Result write(const Options &options, Feedback *feedback = nullptr);
};

}
