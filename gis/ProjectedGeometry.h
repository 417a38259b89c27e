#pragma once

#include "SpatialIndex.h"

#include <QPointF>

#include <vector>

namespace pilar {

/// A vector layer's vertices transformed into one map CRS, with per-feature bounds
/// and a spatial index in that CRS. Built once per (layer, map CRS) and shared
/// read-only by every render of that CRS. Vertices that PROJ cannot transform are +inf.
struct ProjectedGeometry
{
    std::vector<double> coords;
    std::vector<Extent> bounds;
    std::vector<QPointF> labelPoints;
    SpatialIndex index;
    Extent extent;
    const void *source = nullptr;   ///< the VectorData it was built from (renders check it matches their snapshot)
};

}
