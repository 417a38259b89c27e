#pragma once

#include "SpatialIndex.h"
#include "VectorData.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace pilar {

/// A vector layer's vertices in one map CRS, kept like VectorData's (single-precision
/// offsets from each feature's origin), with a spatial index in that CRS. Built once per
/// (layer, map CRS) and shared read-only by every render of that CRS. In the layer's own
/// CRS nothing is copied: the vertices are the layer's.
class ProjectedGeometry
{
public:
    /// The layer's own CRS: shares `data`'s vertices.
    explicit ProjectedGeometry(std::shared_ptr<const VectorData> data);
    /// Transformed vertices; `unplaceable` flags features PROJ could not transform (or is empty).
    ProjectedGeometry(std::shared_ptr<const VectorData> data, std::vector<float> coords, std::vector<double> origins,
                      std::vector<uint8_t> unplaceable, Extent extent);

    double x(std::size_t feature, uint32_t vertex) const { return (*m_origins)[2 * feature] + double((*m_coords)[2 * vertex]); }
    double y(std::size_t feature, uint32_t vertex) const { return (*m_origins)[2 * feature + 1] + double((*m_coords)[2 * vertex + 1]); }
    /// The feature's box in the map CRS; invalid for a feature that cannot be placed.
    Extent bounds(std::size_t feature) const;
    const Extent &extent() const { return m_extent; }
    /// Built on first use (a full-extent view never needs it), then shared; thread-safe.
    const SpatialIndex &index() const;
    bool hasIndex() const { return m_indexReady.load(std::memory_order_acquire); }
    /// Features whose bounds meet `area`, ascending; all placeable features when `area` holds the layer.
    std::vector<uint32_t> query(const Extent &area) const;
    /// The VectorData it was built from (renders check it matches their snapshot).
    const void *source() const { return m_data.get(); }

private:
    std::shared_ptr<const VectorData> m_data;
    std::vector<float> m_ownCoords;
    std::vector<double> m_ownOrigins;
    std::vector<uint8_t> m_unplaceable;
    const std::vector<float> *m_coords = nullptr;
    const std::vector<double> *m_origins = nullptr;
    Extent m_extent;
    mutable std::once_flag m_indexOnce;
    mutable SpatialIndex m_index;
    mutable std::atomic<bool> m_indexReady{false};
};

}
