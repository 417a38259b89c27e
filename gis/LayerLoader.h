#pragma once

#include "Crs.h"
#include "Layer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace pilar {

class Feedback;

/// Loads the layers of any GDAL source (vector features into memory, rasters as
/// on-demand readers). Runs on any thread; the layers it returns are then handed to
/// the GUI thread. Layers whose source has no CRS come back with crsMissing() true:
/// the caller asks the user (CrsGuess offers a suggestion) — never assumed silently.
class LayerLoader
{
    Q_DECLARE_TR_FUNCTIONS(pilar::LayerLoader)

public:
    struct Options
    {
        QString layerName;   ///< only this layer or raster table; empty = all
        Crs assignCrs;       ///< used for layers without a CRS, when valid
        bool columnar = true; ///< GDAL's columnar read where the driver has one (else feature by feature)
        /// The attribute fields to read, by name; unset = all of them. A caller that only
        /// draws with a style using no field (pilar-cli render of a file) asks for none:
        /// GDAL then leaves those columns unread, and the layer has just the fields asked for.
        std::optional<QStringList> fields;
    };

    struct Result
    {
        std::vector<std::shared_ptr<Layer>> layers;
        QStringList errors;    ///< nothing could be loaded from the source (translated)
        QStringList warnings;  ///< loaded, but the user should know (translated)
        bool canceled = false;
        bool ok() const { return errors.isEmpty() && !canceled; }
    };

    static Result load(const QString &path, const Options &options, Feedback *feedback = nullptr);
    static Result load(const QString &path, Feedback *feedback = nullptr) { return load(path, Options(), feedback); }
    /// The file-dialog filter listing the formats Pilar reads.
    static QString fileFilter();
};

}
