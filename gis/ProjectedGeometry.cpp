#include "ProjectedGeometry.h"

#include <numeric>

namespace pilar {

ProjectedGeometry::ProjectedGeometry(std::shared_ptr<const VectorData> data)
    : m_data(std::move(data)), m_coords(&m_data->coords), m_bounds(&m_data->bounds), m_extent(m_data->extent)
{
}

ProjectedGeometry::ProjectedGeometry(std::shared_ptr<const VectorData> data, std::vector<double> coords,
                                     std::vector<Extent> bounds, Extent extent)
    : m_data(std::move(data)), m_ownCoords(std::move(coords)), m_ownBounds(std::move(bounds)), m_extent(extent)
{
}

const SpatialIndex &ProjectedGeometry::index() const
{
    std::call_once(m_indexOnce, [this] { m_index = SpatialIndex(bounds()); });
    return m_index;
}

std::vector<uint32_t> ProjectedGeometry::query(const Extent &area) const
{
    if (m_extent.isValid() && area.contains(m_extent)) {
        // Everything is in view: the index would only sort what is already in order.
        const std::vector<Extent> &b = bounds();
        std::vector<uint32_t> all;
        all.reserve(b.size());
        for (uint32_t i = 0; i < b.size(); ++i)
            if (b[i].isValid()) all.push_back(i);
        return all;
    }
    return index().query(area);
}

}
