#pragma once

#include "Layer.h"
#include "RasterStyle.h"

#include <QString>

namespace pilar {

/// A raster read through GDAL on demand: each render opens its own dataset handle
/// (GDAL datasets are not thread-safe) and warps just the view, using overviews.
class RasterLayer : public Layer
{
public:
    struct Info
    {
        QString gdalName;      ///< what GDALOpen takes (a path or e.g. "GPKG:file:table")
        int width = 0;
        int height = 0;
        int bandCount = 0;
        int overviewCount = 0;
        bool hasColorTable = false;
        Extent extent;         ///< in the raster's CRS
    };

    RasterLayer(const Info &info, const RasterStyle &defaultStyle);

    LayerType type() const override { return LayerType::Raster; }
    Extent extent() const override { return m_info.extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;

    const Info &info() const { return m_info; }
    const RasterStyle &style() const { return m_style; }
    const RasterStyle &defaultStyle() const { return m_defaultStyle; }
    void setStyle(const RasterStyle &style) { m_style = style; }

private:
    Info m_info;
    RasterStyle m_style;
    RasterStyle m_defaultStyle;
};

}
