#pragma once

#include "LayerRenderer.h"
#include "SymbolPainter.h"
#include "VectorStyle.h"

#include <QHash>
#include <QImage>
#include <QPen>

#include <cstdint>
#include <memory>
#include <vector>

namespace pilar {

class MapSettings;
class ProjectedGeometry;
class VectorLayer;
struct VectorData;

/// Draws a vector layer: picks the features in view through the spatial index,
/// converts vertices to pixels (dropping those that add nothing at this zoom),
/// draws them with the style's symbols and hands labels to the labeling engine.
class VectorLayerRenderer : public LayerRenderer
{
public:
    VectorLayerRenderer(std::shared_ptr<const VectorLayer> layer, const MapSettings &settings);
    void render(RenderContext &context) override;

private:
    static constexpr std::size_t kParallelFeatures = 20000;
    struct Pens
    {
        std::vector<SymbolPainter> painters;
        std::vector<QPen> pens;   ///< as drawn on this device (see render)
    };
    /// Draws the features [begin, end) in order with `p`; those under a pixel go into `dots`
    /// (made when first needed) for the caller to compose above.
    void drawFeatures(QPainter &p, const RenderContext &ctx, const ProjectedGeometry &geom, const uint32_t *begin,
                      const uint32_t *end, const Pens &pens, QImage &dots) const;
    /// Index into m_symbols for a feature, or -1 when its class is hidden or unmatched.
    int symbolFor(std::size_t feature) const;

    std::shared_ptr<const VectorLayer> m_layer;
    std::shared_ptr<const VectorData> m_data;                 ///< snapshot: the layer may get new data meanwhile
    std::shared_ptr<const std::vector<uint8_t>> m_mask;       ///< snapshot of the feature filter
    VectorStyle m_style;
    double m_opacity;
    int m_layerOrder;
    std::vector<Symbol> m_symbols;
    QHash<QString, int> m_categoryIndex;
    int m_fieldIndex = -1;
    int m_labelField = -1;
    bool m_byCode = false;             ///< categories looked up by the column's text codes
    std::vector<int> m_symbolOfCode;
    int m_nullSymbol = -1;
};

}
