#include "SpatialIndex.h"

#include <algorithm>
#include <cmath>

namespace pilar {

namespace {
// Hilbert curve index of (x, y) in a 2^16 grid (after Warren, "Hacker's Delight").
uint32_t hilbert(uint32_t x, uint32_t y)
{
    uint32_t d = 0;
    for (uint32_t s = 1u << 15; s > 0; s >>= 1) {
        const uint32_t rx = (x & s) > 0;
        const uint32_t ry = (y & s) > 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) { x = s - 1 - x; y = s - 1 - y; }
            std::swap(x, y);
        }
    }
    return d;
}

float down(double v) { const auto f = float(v); return double(f) > v ? std::nextafter(f, -INFINITY) : f; }
float up(double v) { const auto f = float(v); return double(f) < v ? std::nextafter(f, INFINITY) : f; }
}

SpatialIndex::SpatialIndex(const std::vector<Extent> &boxes)
    : SpatialIndex(boxes.size(), [&boxes](uint32_t i) { return boxes[i]; })
{
}

SpatialIndex::SpatialIndex(std::size_t count, const std::function<Extent(uint32_t)> &boxOf)
{
    // Each item's box once, in item order (one sequential pass over the geometry), as a leaf.
    m_leaves.resize(count);
    Extent all;
    for (uint32_t i = 0; i < count; ++i) {
        const Extent e = boxOf(i);
        if (!e.isValid()) { m_leaves[i] = {1, 1, 0, 0}; continue; }  // never intersects
        m_leaves[i] = {down(e.xMin), down(e.yMin), up(e.xMax), up(e.yMax)};
        all.include(e);
    }
    if (!all.isValid())
        return;
    const double w = all.width() > 0 ? all.width() : 1, h = all.height() > 0 ? all.height() : 1;
    // (Hilbert key, id) packed in one integer: a plain sort, no lookups while comparing.
    std::vector<uint64_t> order;
    order.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        const LeafBox &b = m_leaves[i];
        if (b.xMin > b.xMax) continue;
        const double cx = (double(b.xMin) + b.xMax) / 2, cy = (double(b.yMin) + b.yMax) / 2;
        const auto hx = uint32_t(std::clamp(65535.0 * (cx - all.xMin) / w, 0.0, 65535.0));
        const auto hy = uint32_t(std::clamp(65535.0 * (cy - all.yMin) / h, 0.0, 65535.0));
        order.push_back(uint64_t(hilbert(hx, hy)) << 32 | i);
    }
    std::sort(order.begin(), order.end());
    m_itemCount = order.size();
    m_leafIds.reserve(order.size());
    for (uint64_t entry : order) m_leafIds.push_back(uint32_t(entry));
    std::vector<uint64_t>().swap(order);

    // Inner levels, bottom up; the last level holds the root alone.
    std::size_t below = m_leafIds.size();
    bool fromLeaves = true;
    std::size_t belowStart = 0;
    do {
        m_levelStart.push_back(m_nodes.size());
        for (std::size_t i = 0; i < below; i += kNodeSize) {
            Extent node;
            const std::size_t end = std::min(below, i + kNodeSize);
            for (std::size_t j = i; j < end; ++j) {
                if (fromLeaves) {
                    const LeafBox &l = m_leaves[m_leafIds[j]];
                    node.include(Extent(l.xMin, l.yMin, l.xMax, l.yMax));
                } else {
                    node.include(m_nodes[belowStart + j]);
                }
            }
            m_nodes.push_back(node);
            m_firstChild.push_back(uint32_t(i));
        }
        belowStart = m_levelStart.back();
        below = m_nodes.size() - belowStart;
        fromLeaves = false;
    } while (below > 1);
    m_levelStart.push_back(m_nodes.size());
}

std::vector<uint32_t> SpatialIndex::query(const Extent &area) const
{
    std::vector<uint32_t> result;
    if (m_nodes.empty() || !area.isValid())
        return result;
    // Depth-first from the root. A stack entry is (inner level, node index within the level).
    const std::size_t levels = m_levelStart.size() - 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    stack.emplace_back(levels - 1, 0);
    while (!stack.empty()) {
        const auto [level, index] = stack.back();
        stack.pop_back();
        if (!m_nodes[m_levelStart[level] + index].intersects(area)) continue;
        const std::size_t first = m_firstChild[m_levelStart[level] + index];
        if (level == 0) {
            const std::size_t end = std::min(first + kNodeSize, m_leafIds.size());
            for (std::size_t c = first; c < end; ++c)
                if (m_leaves[m_leafIds[c]].intersects(area)) result.push_back(m_leafIds[c]);
            continue;
        }
        const std::size_t count = m_levelStart[level] - m_levelStart[level - 1];
        const std::size_t end = std::min(first + kNodeSize, count);
        for (std::size_t c = first; c < end; ++c) stack.emplace_back(level - 1, c);
    }
    std::sort(result.begin(), result.end());
    return result;
}

}
