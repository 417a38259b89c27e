#include "ProjectedGeometry.h"

namespace pilar {

ProjectedGeometry::ProjectedGeometry(std::shared_ptr<const VectorData> data)
    : m_data(std::move(data)), m_coords(&m_data->coords), m_origins(&m_data->origins), m_extent(m_data->extent)
{
}

ProjectedGeometry::ProjectedGeometry(std::shared_ptr<const VectorData> data, std::vector<float> coords, std::vector<double> origins,
                                     std::vector<uint8_t> unplaceable, Extent extent)
    : m_data(std::move(data)), m_ownCoords(std::move(coords)), m_ownOrigins(std::move(origins)),
      m_unplaceable(std::move(unplaceable)), m_coords(&m_ownCoords), m_origins(&m_ownOrigins), m_extent(extent)
{
}

Extent ProjectedGeometry::bounds(std::size_t f) const
{
    if (!m_unplaceable.empty() && m_unplaceable[f]) return Extent();
    const VectorData &d = *m_data;
    return VectorData::boundsOf(*m_coords, &(*m_origins)[2 * f], d.partStart[d.featurePart[f]], d.partStart[d.featurePart[f + 1]]);
}

const SpatialIndex &ProjectedGeometry::index() const
{
    std::call_once(m_indexOnce, [this] {
        m_index = SpatialIndex(m_data->featureCount(), [this](uint32_t f) { return bounds(f); });
        m_indexReady.store(true, std::memory_order_release);
    });
    return m_index;
}

std::vector<uint32_t> ProjectedGeometry::query(const Extent &area) const
{
    if (m_extent.isValid() && area.contains(m_extent)) {
        // Everything is in view: the index would only sort what is already in order.
        const VectorData &d = *m_data;
        std::vector<uint32_t> all;
        all.reserve(d.featureCount());
        for (uint32_t i = 0; i < d.featureCount(); ++i)
            if (d.featurePart[i] != d.featurePart[i + 1] && (m_unplaceable.empty() || !m_unplaceable[i])) all.push_back(i);
        return all;
    }
    return index().query(area);
}

}
