#include "CrsGuess.h"

#include "CoordinateTransform.h"

#include <cmath>

namespace pilar {

QVector<Crs> CrsGuess::candidates(const Extent &extent)
{
    QVector<Crs> result;
    if (!extent.isValid())
        return result;
    // Indonesia's bounding box in lon/lat, and Purbalingga's centre to rank the fits.
    const Extent indonesia(94.0, -12.0, 142.0, 7.0);
    const double homeX = 109.4, homeY = -7.3;
    struct Scored { Crs crs; double distance; };
    QVector<Scored> scored;
    const QVector<int> codes = {4326, 32749, 32748, 32750, 23835, 3857, 32649};
    const Crs wgs84 = Crs::fromEpsg(4326);
    for (int code : codes) {
        const Crs candidate = Crs::fromEpsg(code);
        if (!candidate.isValid())
            continue;
        if (candidate.isGeographic() && (extent.xMin < -180 || extent.xMax > 360 || extent.yMin < -90 || extent.yMax > 90))
            continue;
        CoordinateTransform toLonLat(candidate, wgs84);
        double x = extent.centerX(), y = extent.centerY();
        if (!toLonLat.transformPoint(x, y))
            continue;
        double x0 = extent.xMin, y0 = extent.yMin, x1 = extent.xMax, y1 = extent.yMax;
        if (!toLonLat.transformPoint(x0, y0) || !toLonLat.transformPoint(x1, y1))
            continue;
        if (!indonesia.contains(x, y) || !indonesia.contains(x0, y0) || !indonesia.contains(x1, y1))
            continue;
        scored.push_back({candidate, std::hypot(x - homeX, y - homeY)});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        // Within ~0.5 degree the fits are equally good: keep the listed order of preference.
        if (std::abs(a.distance - b.distance) < 0.5) return false;
        return a.distance < b.distance;
    });
    for (const auto &s : scored)
        result.push_back(s.crs);
    return result;
}

Crs CrsGuess::best(const Extent &extent)
{
    const auto all = candidates(extent);
    return all.isEmpty() ? Crs() : all.first();
}

}
