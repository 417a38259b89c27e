#pragma once

#include <QPointF>

namespace pilar {

/// Converts between map coordinates (y up) and device pixels (y down) for one view.
struct MapToPixel
{
    double xMin = 0;
    double yMax = 0;
    double mapUnitsPerPixel = 1;

    QPointF toPixel(double x, double y) const { return {(x - xMin) / mapUnitsPerPixel, (yMax - y) / mapUnitsPerPixel}; }
    double toPixelX(double x) const { return (x - xMin) / mapUnitsPerPixel; }
    double toPixelY(double y) const { return (yMax - y) / mapUnitsPerPixel; }
    QPointF toMap(const QPointF &p) const { return {xMin + p.x() * mapUnitsPerPixel, yMax - p.y() * mapUnitsPerPixel}; }
};

}
