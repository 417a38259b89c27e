#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace pilar {

class Feedback;

/// Renders a project or any GDAL source to an image file (PNG, JPEG, TIFF by suffix):
/// the core of `pilar-cli render`. The file is written atomically (QSaveFile).
class MapImageExport
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MapImageExport)

public:
    struct Options
    {
        QString input;            ///< a Pilar project or any GDAL source
        QString output;
        QSize size{1920, 1080};
        Extent extent;            ///< in `crs`; invalid = the project's view or full extent
        Crs crs;                  ///< invalid = the project's CRS, or the source's
        Crs sourceCrs;            ///< for sources without a CRS; required for them
        double dpi = 96;
        bool decorations = true;  ///< scale bar and north arrow
    };

    struct Result
    {
        bool ok = false;
        QString error;
        QStringList warnings;
        qint64 renderMs = 0;
    };

    static Result run(const Options &options, Feedback *feedback = nullptr);
};

}
