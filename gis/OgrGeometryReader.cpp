#include "OgrGeometryReader.h"

#include <ogr_geometry.h>

#include <memory>

namespace pilar {

void OgrGeometryReader::vertex(double x, double y)
{
    if (!VectorData::plausibleVertex(x, y, m_geographic))
        m_absurd = true;
    m_data.addVertex(x, y);
}

void OgrGeometryReader::curve(const OGRSimpleCurve *c)
{
    m_data.beginPart();
    const int n = c->getNumPoints();
    for (int i = 0; i < n; ++i) vertex(c->getX(i), c->getY(i));
    m_data.endPart();
}

GeometryKind OgrGeometryReader::read(const OGRGeometry *g)
{
    if (!g || g->IsEmpty()) return GeometryKind::None;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        m_data.beginPart(); vertex(p->getX(), p->getY()); m_data.endPart();
        return GeometryKind::Point;
    }
    case wkbLineString:
        curve(g->toLineString());
        return GeometryKind::Line;
    case wkbPolygon: {
        const auto *poly = g->toPolygon();
        for (const auto *ring : *poly)
            if (ring && ring->getNumPoints() > 0) curve(ring);
        return GeometryKind::Polygon;
    }
    case wkbMultiPoint: case wkbMultiLineString: case wkbMultiPolygon: case wkbGeometryCollection: {
        GeometryKind kind = GeometryKind::None;
        for (const auto *part : *g->toGeometryCollection()) {
            const GeometryKind k = read(part);
            if (k > kind) kind = k; // a mixed collection is drawn as its highest dimension
        }
        return kind;
    }
    default:
        if (g->hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
            return read(linear.get());
        }
        return GeometryKind::None;
    }
}

}
