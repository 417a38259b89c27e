#include "MapSettings.h"

#include <algorithm>
#include <cmath>

namespace pilar {

Extent MapSettings::visibleExtent() const
{
    if (!extent.isValid() || outputSize.isEmpty())
        return extent;
    const double w = std::max(extent.width(), 1e-9), h = std::max(extent.height(), 1e-9);
    const double mupp = std::max(w / outputSize.width(), h / outputSize.height());
    const double halfW = mupp * outputSize.width() / 2, halfH = mupp * outputSize.height() / 2;
    return {extent.centerX() - halfW, extent.centerY() - halfH, extent.centerX() + halfW, extent.centerY() + halfH};
}

double MapSettings::mapUnitsPerPixel() const
{
    const Extent v = visibleExtent();
    if (!v.isValid() || outputSize.isEmpty())
        return 1;
    return std::max(v.width() / outputSize.width(), 1e-12);
}

MapToPixel MapSettings::mapToPixel() const
{
    const Extent v = visibleExtent();
    return {v.xMin, v.yMax, mapUnitsPerPixel()};
}

double MapSettings::metersPerMapUnit() const
{
    if (!crs.isGeographic())
        return crs.metersPerUnit();
    const double lat = std::clamp(visibleExtent().centerY(), -89.0, 89.0);
    return crs.metersPerUnit() * std::cos(lat * M_PI / 180.0);
}

double MapSettings::scale() const
{
    const double metersPerPixel = mapUnitsPerPixel() * metersPerMapUnit();
    return metersPerPixel / (0.0254 / dpi);
}

Extent MapSettings::extentForScale(double cx, double cy, double scale) const
{
    const double mupp = scale * (0.0254 / dpi) / std::max(metersPerMapUnit(), 1e-12);
    const double halfW = mupp * outputSize.width() / 2, halfH = mupp * outputSize.height() / 2;
    return {cx - halfW, cy - halfH, cx + halfW, cy + halfH};
}

}
