#include "LabelPoint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pilar {

QPointF LabelPoint::compute(const VectorData &d, std::size_t feature)
{
    const uint32_t p0 = d.featurePart[feature], p1 = d.featurePart[feature + 1];
    const GeometryKind kind = d.kinds[feature];
    // Work in the feature's own offsets (single precision is plenty within one feature), in double.
    const double ox = d.origins[2 * feature], oy = d.origins[2 * feature + 1];
    struct Offsets
    {
        const std::vector<float> &v;
        double operator[](std::size_t i) const { return v[i]; }
    } c{d.coords};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (p0 >= p1 || kind == GeometryKind::None)
        return {nan, nan};
    if (kind == GeometryKind::Point) {
        const uint32_t v = d.partStart[p0];
        return {ox + c[2 * v], oy + c[2 * v + 1]};
    }
    if (kind == GeometryKind::Line) {
        // Longest part, then the point half-way along it.
        uint32_t best = p0;
        double bestLen = -1;
        for (uint32_t p = p0; p < p1; ++p) {
            double len = 0;
            for (uint32_t v = d.partStart[p] + 1; v < d.partStart[p + 1]; ++v)
                len += std::hypot(c[2 * v] - c[2 * v - 2], c[2 * v + 1] - c[2 * v - 1]);
            if (len > bestLen) { bestLen = len; best = p; }
        }
        double half = bestLen / 2;
        for (uint32_t v = d.partStart[best] + 1; v < d.partStart[best + 1]; ++v) {
            const double seg = std::hypot(c[2 * v] - c[2 * v - 2], c[2 * v + 1] - c[2 * v - 1]);
            if (seg >= half && seg > 0) {
                const double t = half / seg;
                return {ox + c[2 * v - 2] + t * (c[2 * v] - c[2 * v - 2]), oy + c[2 * v - 1] + t * (c[2 * v + 1] - c[2 * v - 1])};
            }
            half -= seg;
        }
        const uint32_t v = d.partStart[best];
        return {ox + c[2 * v], oy + c[2 * v + 1]};
    }
    // Polygon: the ring with the largest bounding box sets the scan line's height.
    Extent largest;
    double largestArea = -1;
    for (uint32_t p = p0; p < p1; ++p) {
        Extent e;
        for (uint32_t v = d.partStart[p]; v < d.partStart[p + 1]; ++v) e.include(c[2 * v], c[2 * v + 1]);
        if (e.isValid() && e.width() * e.height() > largestArea) { largestArea = e.width() * e.height(); largest = e; }
    }
    if (!largest.isValid())
        return {nan, nan};
    const double y = largest.centerY() + largest.height() * 1e-7; // off the exact vertex heights
    std::vector<double> xs;
    for (uint32_t p = p0; p < p1; ++p) {
        const uint32_t a = d.partStart[p], b = d.partStart[p + 1];
        for (uint32_t i = a, j = b - 1; i < b; j = i++) {
            const double yi = c[2 * i + 1], yj = c[2 * j + 1];
            if ((yi > y) != (yj > y))
                xs.push_back(c[2 * i] + (y - yi) * (c[2 * j] - c[2 * i]) / (yj - yi));
        }
    }
    std::sort(xs.begin(), xs.end());
    double bestWidth = -1, bestX = largest.centerX();
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > bestWidth) { bestWidth = xs[i + 1] - xs[i]; bestX = (xs[i] + xs[i + 1]) / 2; }
    }
    return {ox + bestX, oy + y};
}

}
