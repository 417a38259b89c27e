#pragma once

#include "VectorData.h"

class OGRGeometry;
class OGRSimpleCurve;

namespace pilar {

/// Appends an OGR geometry's parts to a VectorData feature and tells its kind. Notes
/// whether any coordinate is impossible for the layer's CRS (the caller then drops the
/// feature rather than let it wreck the extent). Curves are read as their linear form.
class OgrGeometryReader
{
public:
    OgrGeometryReader(VectorData &data, bool geographic) : m_data(data), m_geographic(geographic) {}

    GeometryKind read(const OGRGeometry *geometry);
    bool absurd() const { return m_absurd; }
    void resetAbsurd() { m_absurd = false; }

private:
    void vertex(double x, double y);
    void curve(const OGRSimpleCurve *c);

    VectorData &m_data;
    bool m_geographic;
    bool m_absurd = false;
};

}
