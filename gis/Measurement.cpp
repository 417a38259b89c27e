#include "Measurement.h"

#include "CoordinateTransform.h"

#include <geodesic.h>

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pilar {

namespace {
bool toLonLat(const QVector<QPointF> &points, const Crs &crs, std::vector<double> &lon, std::vector<double> &lat)
{
    CoordinateTransform t(crs, Crs::fromEpsg(4326));
    if (!t.isValid())
        return false;
    for (const QPointF &p : points) {
        double x = p.x(), y = p.y();
        if (!t.transformPoint(x, y)) return false;
        lon.push_back(x);
        lat.push_back(y);
    }
    return true;
}

geod_geodesic wgs84()
{
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    return g;
}
}

double Measurement::lengthMeters(const QVector<QPointF> &points, const Crs &crs)
{
    std::vector<double> lon, lat;
    if (!toLonLat(points, crs, lon, lat))
        return -1;
    const geod_geodesic g = wgs84();
    double total = 0;
    for (std::size_t i = 1; i < lon.size(); ++i) {
        double s12 = 0;
        geod_inverse(&g, lat[i - 1], lon[i - 1], lat[i], lon[i], &s12, nullptr, nullptr);
        total += s12;
    }
    return total;
}

double Measurement::areaSquareMeters(const QVector<QPointF> &ring, const Crs &crs)
{
    std::vector<double> lon, lat;
    if (ring.size() < 3 || !toLonLat(ring, crs, lon, lat))
        return ring.size() < 3 ? 0 : -1;
    const geod_geodesic g = wgs84();
    double area = 0, perimeter = 0;
    geod_polygonarea(&g, lat.data(), lon.data(), int(lat.size()), &area, &perimeter);
    return std::abs(area);
}

QString Measurement::formatLength(double meters)
{
    const QLocale locale;
    if (meters >= 1000)
        return QCoreApplication::translate("pilar::Measurement", "%1 km").arg(locale.toString(meters / 1000, 'f', 3));
    return QCoreApplication::translate("pilar::Measurement", "%1 m").arg(locale.toString(meters, 'f', 1));
}

QString Measurement::formatArea(double m2)
{
    const QLocale locale;
    if (m2 >= 1e6)
        return QCoreApplication::translate("pilar::Measurement", "%1 km²").arg(locale.toString(m2 / 1e6, 'f', 3));
    if (m2 >= 1e4)
        return QCoreApplication::translate("pilar::Measurement", "%1 ha").arg(locale.toString(m2 / 1e4, 'f', 2));
    return QCoreApplication::translate("pilar::Measurement", "%1 m²").arg(locale.toString(m2, 'f', 1));
}

}
