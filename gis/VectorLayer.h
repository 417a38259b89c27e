#pragma once

#include "Layer.h"
#include "ProjectedGeometry.h"
#include "VectorData.h"
#include "VectorStyle.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace pilar {

class Feedback;

/// A vector layer whose features are held in memory (VectorData), drawn with a VectorStyle.
class VectorLayer : public Layer
{
public:
    explicit VectorLayer(std::shared_ptr<const VectorData> data);

    LayerType type() const override { return LayerType::Vector; }
    Extent extent() const override { return m_data->extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;

    const std::shared_ptr<const VectorData> &data() const { return m_data; }
    std::size_t featureCount() const { return m_data->featureCount(); }

    const VectorStyle &style() const { return m_style; }
    void setStyle(const VectorStyle &style) { m_style = style; }
    /// A single-symbol style suited to the layer's geometry, with a colour of its own.
    static VectorStyle defaultStyle(GeometryKind kind, int seed);

    /// The layer's geometry in `mapCrs`, computed on first use and cached (thread-safe:
    /// render threads call it). Null when cancelled.
    std::shared_ptr<const ProjectedGeometry> projected(const Crs &mapCrs, const Feedback *feedback = nullptr) const;

    /// Features whose geometry contains or passes within `tolerance` (map units) of the point.
    std::vector<uint32_t> featuresAt(const Crs &mapCrs, double x, double y, double tolerance) const;

private:
    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
    mutable std::mutex m_cacheMutex;
    mutable QHash<QString, std::shared_ptr<const ProjectedGeometry>> m_projectedCache;
};

}
