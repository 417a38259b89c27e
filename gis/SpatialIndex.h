#pragma once

#include "Extent.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace pilar {

/// A static packed R-tree over item boxes (Hilbert-sorted leaves, fixed fan-out).
/// Built once, read-only afterwards, so queries from several threads are safe.
/// Leaf boxes are kept in single precision, rounded outwards (16 bytes an item): a
/// query may name an item whose box only just misses the area, never miss one.
class SpatialIndex
{
public:
    SpatialIndex() = default;
    /// boxes[i] is the extent of item i; invalid boxes are never returned by queries.
    explicit SpatialIndex(const std::vector<Extent> &boxes);
    /// The same, asking for each item's box (so no array of boxes need exist).
    SpatialIndex(std::size_t count, const std::function<Extent(uint32_t)> &boxOf);

    /// Item ids whose box intersects `area`, in ascending id order (drawing order stays stable).
    std::vector<uint32_t> query(const Extent &area) const;
    std::size_t size() const { return m_itemCount; }
    /// The Hilbert curve index of cell (x, y) of a 2^16 × 2^16 grid: the leaves' order.
    static uint32_t hilbert(uint32_t x, uint32_t y);

private:
    struct LeafBox
    {
        float xMin, yMin, xMax, yMax;
        bool intersects(const Extent &e) const { return xMin <= e.xMax && xMax >= e.xMin && yMin <= e.yMax && yMax >= e.yMin; }
    };
    static constexpr int kNodeSize = 16;
    std::vector<uint32_t> m_leafIds;      ///< the valid items in Hilbert order: the tree's bottom level
    std::vector<LeafBox> m_leaves;        ///< their boxes, in the same order
    std::vector<Extent> m_nodes;          ///< inner nodes, level by level from the one above the leaves
    std::vector<uint32_t> m_firstChild;   ///< per inner node: first child (a leaf or a node of the level below)
    std::vector<std::size_t> m_levelStart; ///< where each inner level begins in m_nodes; one past the end last
    std::size_t m_itemCount = 0;
};

}
