#include "SpatialIndex.h"

#include "HugePages.h"
#include "SecondCore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace pilar {

namespace {

// Spreads the 16 low bits of v to the even bits of the result.
uint32_t spreadBits(uint32_t v)
{
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    return (v | (v << 1)) & 0x55555555u;
}

float down(double v) { const auto f = float(v); return double(f) > v ? std::nextafter(f, -INFINITY) : f; }
float up(double v) { const auto f = float(v); return double(f) < v ? std::nextafter(f, INFINITY) : f; }

// Sorts (key << 32 | id) entries by key, keeping ids of equal keys in order: least significant
// digit first, 11 bits a pass. A million entries in ~15 ms where std::sort took ~75 ms.
void radixSortByKey(std::vector<uint64_t> &entries)
{
    std::vector<uint64_t> buffer;
    HugePages::resize(buffer, entries.size());
    for (int shift = 32; shift < 64; shift += 11) {
        std::array<std::size_t, 2048> start{};
        for (uint64_t e : entries) ++start[(e >> shift) & 2047];
        std::size_t sum = 0;
        for (std::size_t &s : start) sum += std::exchange(s, sum);
        for (uint64_t e : entries) buffer[start[(e >> shift) & 2047]++] = e;
        entries.swap(buffer);
    }
}

}

uint32_t SpatialIndex::hilbert(uint32_t x, uint32_t y)
{
    // The Hilbert index of a cell of a 2^16 grid without a loop over its bits: the curve's
    // state through the bits is a prefix scan, done 1, 2, 4, 8 bits at a time (the
    // branch-free form published by "rawrunprotected"; 4× faster than the bit-by-bit walk
    // it equals, which tst_spatialindex keeps as the reference).
    uint32_t A, B, C, D;
    {
        const uint32_t a = x ^ y, b = 0xFFFFu ^ a, c = 0xFFFFu ^ (x | y), d = x & (y ^ 0xFFFFu);
        A = a | (b >> 1);
        B = (a >> 1) ^ a;
        C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
        D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    }
    for (int step : {2, 4}) {
        const uint32_t a = A, b = B, c = C, d = D;
        A = (a & (a >> step)) ^ (b & (b >> step));
        B = (a & (b >> step)) ^ (b & ((a ^ b) >> step));
        C ^= (a & (c >> step)) ^ (b & (d >> step));
        D ^= (b & (c >> step)) ^ ((a ^ b) & (d >> step));
    }
    {
        const uint32_t a = A, b = B, c = C, d = D;
        C ^= (a & (c >> 8)) ^ (b & (d >> 8));
        D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
    }
    const uint32_t a = C ^ (C >> 1), b = D ^ (D >> 1);
    const uint32_t i0 = x ^ y, i1 = b | (0xFFFFu ^ (i0 | a));
    return (spreadBits(i1) << 1) | spreadBits(i0);
}

SpatialIndex::SpatialIndex(const std::vector<Extent> &boxes)
    : SpatialIndex(boxes.size(), [&boxes](uint32_t i) { return boxes[i]; })
{
}

SpatialIndex::SpatialIndex(std::size_t count, const std::function<Extent(uint32_t)> &boxOf)
{
    // Each item's box once, in item order (one sequential pass over the geometry); a large
    // layer on two threads, each over half the items (boxOf only reads).
    std::vector<LeafBox> boxes;
    HugePages::resize(boxes, count);   // this and the arrays below: ~50 MB for 1M items
    const auto leafBoxes = [&](std::size_t from, std::size_t to) {
        Extent all;
        for (std::size_t i = from; i < to; ++i) {
            const Extent e = boxOf(uint32_t(i));
            if (!e.isValid()) { boxes[i] = {1, 1, 0, 0}; continue; }  // never intersects
            boxes[i] = {down(e.xMin), down(e.yMin), up(e.xMax), up(e.yMax)};
            all.include(e);
        }
        return all;
    };
    Extent all;
    if (count >= 100000) {
        Extent second;
        SecondCore::run([&] { all = leafBoxes(0, count / 2); }, [&] { second = leafBoxes(count / 2, count); });
        all.include(second);
    } else {
        all = leafBoxes(0, count);
    }
    if (!all.isValid())
        return;
    const double w = all.width() > 0 ? all.width() : 1, h = all.height() > 0 ? all.height() : 1;
    // (Hilbert key, id) packed in one integer: a plain sort, no lookups while comparing.
    std::vector<uint64_t> order;
    HugePages::reserve(order, count);
    for (uint32_t i = 0; i < count; ++i) {
        const LeafBox &b = boxes[i];
        if (b.xMin > b.xMax) continue;
        const double cx = (double(b.xMin) + b.xMax) / 2, cy = (double(b.yMin) + b.yMax) / 2;
        const auto hx = uint32_t(std::clamp(65535.0 * (cx - all.xMin) / w, 0.0, 65535.0));
        const auto hy = uint32_t(std::clamp(65535.0 * (cy - all.yMin) / h, 0.0, 65535.0));
        order.push_back(uint64_t(hilbert(hx, hy)) << 32 | i);
    }
    radixSortByKey(order);
    m_itemCount = order.size();
    HugePages::reserve(m_leafIds, order.size());
    for (uint64_t entry : order) m_leafIds.push_back(uint32_t(entry));
    std::vector<uint64_t>().swap(order);
    // The leaves in tree order: building and every query then read them front to back.
    HugePages::reserve(m_leaves, m_leafIds.size());
    for (std::size_t j = 0; j < m_leafIds.size(); ++j) {
        // Items are gathered in curve order: fetch ahead, or each one waits on memory.
        if (j + 16 < m_leafIds.size()) __builtin_prefetch(&boxes[m_leafIds[j + 16]]);
        m_leaves.push_back(boxes[m_leafIds[j]]);
    }
    std::vector<LeafBox>().swap(boxes);

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
                    const LeafBox &l = m_leaves[j];
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
                if (m_leaves[c].intersects(area)) result.push_back(m_leafIds[c]);
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
