#pragma once

#include "Extent.h"

#include <cstdint>
#include <vector>

namespace pilar {

/// A static packed R-tree over item boxes (Hilbert-sorted leaves, fixed fan-out).
/// Built once, read-only afterwards, so queries from several threads are safe.
class SpatialIndex
{
public:
    SpatialIndex() = default;
    /// boxes[i] is the extent of item i; invalid boxes are never returned by queries.
    explicit SpatialIndex(const std::vector<Extent> &boxes);

    /// Item ids whose box intersects `area`, in ascending id order (drawing order stays stable).
    std::vector<uint32_t> query(const Extent &area) const;
    std::size_t size() const { return m_itemCount; }

private:
    static constexpr int kNodeSize = 16;
    std::vector<Extent> m_boxes;      ///< all nodes, leaves first, level by level
    std::vector<uint32_t> m_indices;  ///< item id for leaves, first child node for inner nodes
    std::vector<std::size_t> m_levelBounds;
    std::size_t m_itemCount = 0;
};

}
