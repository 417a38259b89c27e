#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace pilar {

class Feedback;
class Layer;

/// A map on a printed page, drawn by the same renderer as the canvas (vectors stay vectors in a
/// PDF): the map in a frame with a scale bar and a north arrow, a legend of the visible layers
/// beside it, and below it the numeric scale, the CRS and the data sources.
class ReportMapFrame
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ReportMapFrame)

public:
    struct Options
    {
        Extent extent;                               ///< in `crs`
        Crs crs;
        std::vector<std::shared_ptr<Layer>> layers;  ///< bottom first; hidden ones are skipped
        QString credits;                             ///< the data sources and their licences
        bool legend = true;
        bool captions = true;                        ///< scale, CRS and credits under the map
        bool decorations = true;                     ///< scale bar and north arrow
        bool labels = true;
        bool graticule = true;                       ///< lines of longitude and latitude, labelled at the frame
    };

    /// Draws into `rect` of a painter whose device has `dpi` dots per inch. Returns the map's scale denominator.
    static double draw(QPainter &painter, const QRectF &rect, double dpi, const Options &options, const Feedback *feedback = nullptr);
    /// The credits of the regency boundaries shipped with Pilar (their licences require them).
    static QString boundaryCredits();
};

}
