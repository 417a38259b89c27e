#include "VectorData.h"

#include "LabelPoint.h"

#include <algorithm>
#include <array>

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

QPointF VectorData::labelPoint(std::size_t feature) const
{
    return LabelPoint::compute(*this, featurePart[feature], featurePart[feature + 1], kinds[feature]);
}

void VectorData::abandonFeature(std::size_t coordMark, std::size_t partMark)
{
    coords.resize(coordMark);
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
}

void VectorData::endFeature()
{
    featurePart.push_back(uint32_t(partStart.size() - 1));
    Extent box;
    const uint32_t p0 = featurePart[featurePart.size() - 2], p1 = featurePart.back();
    for (uint32_t v = partStart[p0]; v < partStart[p1]; ++v)
        box.include(coords[2 * v], coords[2 * v + 1]);
    bounds.push_back(box);
    extent.include(box);
}

}
