#include "SpatialIndex.h"

#include <algorithm>
#include <numeric>

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
}

SpatialIndex::SpatialIndex(const std::vector<Extent> &boxes)
{
    std::vector<uint32_t> ids;
    ids.reserve(boxes.size());
    Extent all;
    for (uint32_t i = 0; i < boxes.size(); ++i) {
        if (!boxes[i].isValid()) continue;
        ids.push_back(i);
        all.include(boxes[i]);
    }
    m_itemCount = ids.size();
    if (ids.empty())
        return;
    const double w = all.width() > 0 ? all.width() : 1, h = all.height() > 0 ? all.height() : 1;
    // Sort (Hilbert key, id) pairs packed in one integer: a plain sort, no lookups while comparing.
    std::vector<uint64_t> order;
    order.reserve(ids.size());
    for (uint32_t i : ids) {
        const auto hx = uint32_t(65535.0 * (boxes[i].centerX() - all.xMin) / w);
        const auto hy = uint32_t(65535.0 * (boxes[i].centerY() - all.yMin) / h);
        order.push_back(uint64_t(hilbert(hx, hy)) << 32 | i);
    }
    std::vector<uint32_t>().swap(ids);
    std::sort(order.begin(), order.end());

    const std::size_t total = order.size() + order.size() / (kNodeSize - 1) + 2;
    m_boxes.reserve(total);
    m_indices.reserve(total);
    for (uint64_t entry : order) {
        const auto i = uint32_t(entry);
        m_boxes.push_back(boxes[i]);
        m_indices.push_back(i);
    }
    std::vector<uint64_t>().swap(order);
    m_levelBounds.push_back(m_boxes.size());
    std::size_t levelStart = 0;
    while (m_boxes.size() - levelStart > 1) {
        const std::size_t levelEnd = m_boxes.size();
        for (std::size_t i = levelStart; i < levelEnd; i += kNodeSize) {
            Extent node;
            const std::size_t end = std::min(levelEnd, i + kNodeSize);
            for (std::size_t j = i; j < end; ++j) node.include(m_boxes[j]);
            m_boxes.push_back(node);
            m_indices.push_back(uint32_t(i));
        }
        levelStart = levelEnd;
        m_levelBounds.push_back(m_boxes.size());
    }
}

std::vector<uint32_t> SpatialIndex::query(const Extent &area) const
{
    std::vector<uint32_t> result;
    if (m_boxes.empty() || !area.isValid())
        return result;
    // Depth-first walk from the root, tracking each node's level to know leaves from inner nodes.
    std::vector<std::pair<std::size_t, std::size_t>> stack; // node position, level
    stack.emplace_back(m_boxes.size() - 1, m_levelBounds.size() - 1);
    while (!stack.empty()) {
        const auto [pos, level] = stack.back();
        stack.pop_back();
        if (!m_boxes[pos].intersects(area)) continue;
        if (level == 0) {
            result.push_back(m_indices[pos]);
            continue;
        }
        const std::size_t first = m_indices[pos];
        const std::size_t end = std::min(first + kNodeSize, m_levelBounds[level - 1]);
        for (std::size_t c = first; c < end; ++c) stack.emplace_back(c, level - 1);
    }
    std::sort(result.begin(), result.end());
    return result;
}

}
