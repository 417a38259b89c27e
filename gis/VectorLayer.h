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
    /// Replaces the features (after the source changed); cached projections are dropped.
    void setData(std::shared_ptr<const VectorData> data);

    /// Which features are shown: one flag per feature, or null for all. Used by filters
    /// (a year slider, a pillar) without touching the data or the style.
    using FeatureMask = std::shared_ptr<const std::vector<uint8_t>>;
    const FeatureMask &featureMask() const { return m_mask; }
    void setFeatureMask(FeatureMask mask) { m_mask = std::move(mask); }
    bool isFeatureShown(std::size_t feature) const { return !m_mask || feature >= m_mask->size() || (*m_mask)[feature]; }
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
    FeatureMask m_mask;
    mutable std::mutex m_cacheMutex;
    mutable QHash<QString, std::shared_ptr<const ProjectedGeometry>> m_projectedCache;
};

}
