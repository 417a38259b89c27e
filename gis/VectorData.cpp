#include "VectorData.h"

#include "HugePages.h"
#include "LabelPoint.h"

#include <algorithm>
#include <array>
#include <limits>

namespace pilar {

GeometryKind VectorData::dominantKind() const
{
    std::array<std::size_t, 4> counts{};
    for (GeometryKind k : kinds) ++counts[std::size_t(k)];
    std::size_t best = 0; // None unless some feature has a geometry
    for (std::size_t i = 1; i < counts.size(); ++i)
        if (counts[i] > 0 && (best == 0 || counts[i] > counts[best])) best = i;
    return GeometryKind(best);
}

void VectorData::setFields(std::vector<FieldDefinition> definitions)
{
    fields = std::move(definitions);
    columns.clear();
    for (const FieldDefinition &f : fields) columns.emplace_back(f.type);
}

void VectorData::addField(const FieldDefinition &definition)
{
    fields.push_back(definition);
    columns.emplace_back(definition.type);
    columns.back().reserve(featureCount());
    for (std::size_t i = 0; i < featureCount(); ++i) columns.back().appendNull();
}

void VectorData::reserve(std::size_t featureTotal, std::size_t vertexTotal, std::size_t partTotal)
{
    HugePages::reserve(coords, 2 * vertexTotal);
    HugePages::reserve(partStart, partTotal + 1);
    HugePages::reserve(featurePart, featureTotal + 1);
    HugePages::reserve(fids, featureTotal);
    HugePages::reserve(kinds, featureTotal);
    HugePages::reserve(origins, 2 * featureTotal);
    for (AttributeColumn &column : columns) column.reserve(featureTotal);
}

QPointF VectorData::labelPoint(std::size_t feature) const
{
    return LabelPoint::compute(*this, feature);
}

Extent VectorData::boundsOf(const std::vector<float> &c, const double *origin, uint32_t v0, uint32_t v1)
{
    if (v0 >= v1) return Extent();
    float x0 = c[2 * v0], y0 = c[2 * v0 + 1], x1 = x0, y1 = y0;
    for (uint32_t v = v0 + 1; v < v1; ++v) {
        x0 = std::min(x0, c[2 * v]); x1 = std::max(x1, c[2 * v]);
        y0 = std::min(y0, c[2 * v + 1]); y1 = std::max(y1, c[2 * v + 1]);
    }
    return Extent(origin[0] + x0, origin[1] + y0, origin[0] + x1, origin[1] + y1);
}

void VectorData::abandonFeature(std::size_t coordMark, std::size_t partMark)
{
    coords.resize(coordMark);
    origins.resize(origins.size() - 2);
    partStart.resize(std::max<std::size_t>(partMark, 1));
    fids.pop_back();
    kinds.pop_back();
}

void VectorData::beginFeature(qint64 fid, GeometryKind kind)
{
    if (partStart.empty()) partStart.push_back(0);
    if (featurePart.empty()) featurePart.push_back(0);
    fids.push_back(fid);
    kinds.push_back(kind);
    origins.push_back(std::numeric_limits<double>::quiet_NaN()); // set by the first vertex
    origins.push_back(std::numeric_limits<double>::quiet_NaN());
}

void VectorData::endFeature()
{
    featurePart.push_back(uint32_t(partStart.size() - 1));
    const std::size_t f = featureCount() - 1;
    if (std::isnan(origins[2 * f])) { origins[2 * f] = 0; origins[2 * f + 1] = 0; } // no vertex
    extent.include(featureBounds(f));
}

}
