#pragma once

#include "ReportOptions.h"
#include "ReportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

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
    using Options = ReportOptions;

    struct Result : ReportWriter::Result
    {
        int sections = 0;   ///< kecamatan written
    };

    static Result write(const Options &options, Feedback *feedback = nullptr);
};

}
