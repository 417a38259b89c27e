#pragma once

#include "VectorData.h"

#include <QPointF>

namespace pilar {

/// Where a feature's label goes: a point certainly inside a polygon (the middle of the
/// widest span of a horizontal line through its largest ring), the middle of a line
/// by length, or the point itself. Linear in the vertex count; no GEOS needed.
class LabelPoint
{
public:
    /// For the parts [firstPart, endPart) of `data`.
    static QPointF compute(const VectorData &data, uint32_t firstPart, uint32_t endPart, GeometryKind kind);
};

}
