#include "RasterLayer.h"

#include "RasterLayerRenderer.h"

namespace pilar {

RasterLayer::RasterLayer(const Info &info, const RasterStyle &defaultStyle)
    : m_info(info), m_style(defaultStyle), m_defaultStyle(defaultStyle)
{
}

std::unique_ptr<LayerRenderer> RasterLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<RasterLayerRenderer>(m_info, m_style, crs(), opacity());
}

}
