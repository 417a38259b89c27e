#pragma once

#include "Crs.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace pilar {

/// Distances and areas on the WGS 84 ellipsoid (PROJ's geodesic routines, Karney's
/// algorithms), from vertices in any CRS. Results do not depend on the map projection.
class Measurement
{
public:
    /// Length in metres of the polyline through `points` (in `crs`); negative on failure.
    static double lengthMeters(const QVector<QPointF> &points, const Crs &crs);
    /// Area in square metres of the polygon ring `points` (in `crs`); negative on failure.
    static double areaSquareMeters(const QVector<QPointF> &ring, const Crs &crs);
    /// "850 m", "12,4 km" in the current locale.
    static QString formatLength(double meters);
    /// "450 m²", "3,2 ha", "12,5 km²".
    static QString formatArea(double squareMeters);
};

}
