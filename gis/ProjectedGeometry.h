#pragma once

#include "SpatialIndex.h"
#include "VectorData.h"

#include <memory>
#include <mutex>
#include <vector>

namespace pilar {

/// A vector layer's vertices in one map CRS, with per-feature bounds and a spatial index
/// in that CRS. Built once per (layer, map CRS) and shared read-only by every render of
/// that CRS. When the map CRS is the layer's own, nothing is copied: coordinates and
/// bounds are the layer's. Vertices that PROJ cannot transform are +inf.
class ProjectedGeometry
{
public:
    /// The layer's own CRS: shares `data`'s vertices and bounds.
    explicit ProjectedGeometry(std::shared_ptr<const VectorData> data);
    /// Transformed copies.
    ProjectedGeometry(std::shared_ptr<const VectorData> data, std::vector<double> coords, std::vector<Extent> bounds, Extent extent);

    const std::vector<double> &coords() const { return m_coords ? *m_coords : m_ownCoords; }
    const std::vector<Extent> &bounds() const { return m_bounds ? *m_bounds : m_ownBounds; }
    const Extent &extent() const { return m_extent; }
    /// Built on first use (a full-extent view never needs it), then shared; thread-safe.
    const SpatialIndex &index() const;
    /// Features whose bounds meet `area`, ascending; all features when `area` holds the layer.
    std::vector<uint32_t> query(const Extent &area) const;
    /// The VectorData it was built from (renders check it matches their snapshot).
    const void *source() const { return m_data.get(); }

private:
    std::shared_ptr<const VectorData> m_data;
    const std::vector<double> *m_coords = nullptr;
    const std::vector<Extent> *m_bounds = nullptr;
    std::vector<double> m_ownCoords;
    std::vector<Extent> m_ownBounds;
    Extent m_extent;
    mutable std::once_flag m_indexOnce;
    mutable SpatialIndex m_index;
};

}
