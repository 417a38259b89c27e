#pragma once

#include "LayerRenderer.h"
#include "RasterLayer.h"

#include <QImage>

namespace pilar {

/// Warps the part of a raster under the view into the map CRS at output resolution
/// with GDALWarp (overviews chosen by GDAL), then colours it by the raster style.
class RasterLayerRenderer : public LayerRenderer
{
public:
    RasterLayerRenderer(const RasterLayer::Info &info, const RasterStyle &style, const Crs &crs, double opacity);
    void render(RenderContext &context) override;

    /// The view's image of the raster, or a null image (with errors()) on failure.
    QImage renderImage(const Extent &extent, const QSize &size, const Crs &mapCrs);

private:
    RasterLayer::Info m_info;
    RasterStyle m_style;
    Crs m_crs;
    double m_opacity;
};

}
