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
    /// For one feature of `data`, in the layer's CRS.
    static QPointF compute(const VectorData &data, std::size_t feature);
};

}
