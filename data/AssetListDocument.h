#pragma once

#include "ReportOptions.h"
#include "ReportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace pilar {

class Feedback;

/// The ICT asset inventory (Daftar aset TIK) for the inventory audit: counts by type and
/// condition, a regency map of the assets, then the assets of each type in kecamatan order
/// with code, name, desa, OPD, year installed and condition. Government form.
class AssetListDocument
{
    Q_DECLARE_TR_FUNCTIONS(pilar::AssetListDocument)

public:
    using Options = ReportOptions;

    struct Result : ReportWriter::Result
    {
        int assets = 0;     ///< assets listed
    };

    static Result write(const Options &options, Feedback *feedback = nullptr);
};

}
