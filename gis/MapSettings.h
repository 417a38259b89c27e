#pragma once

#include "Crs.h"
#include "Extent.h"
#include "MapToPixel.h"

#include <QColor>
#include <QSize>

#include <memory>
#include <vector>

namespace pilar {

class Layer;

/// Everything one render needs, as a value (after QgsMapSettings): what to show
/// (extent, CRS, layers bottom to top), on what (output size, DPI) and how
/// (background, decorations). The extent is widened to the output's aspect ratio.
class MapSettings
{
public:
    Extent extent;                 ///< requested extent in `crs`
    QSize outputSize{800, 600};
    double dpi = 96;
    Crs crs;
    std::vector<std::shared_ptr<Layer>> layers; ///< bottom first
    QColor background = Qt::white;
    bool drawLabels = true;
    bool parallelRendering = true;   ///< dense layers on raster images drawn on two cores

    /// The requested extent grown to the output's aspect ratio, centred on it.
    Extent visibleExtent() const;
    double mapUnitsPerPixel() const;
    MapToPixel mapToPixel() const;
    double pixelsPerMm() const { return dpi / 25.4; }
    /// Ground metres per map unit at the view's centre (degrees shrink with latitude).
    double metersPerMapUnit() const;
    /// The representative fraction's denominator: 1:N.
    double scale() const;
    /// The extent centred on (cx, cy) that shows the map at 1:scale on this output.
    Extent extentForScale(double cx, double cy, double scale) const;
};

}
