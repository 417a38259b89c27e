#include "VectorLayer.h"

#include "ColorRamp.h"
#include "CoordinateTransform.h"
#include "Feedback.h"
#include "HugePages.h"
#include "SecondCore.h"
#include "VectorLayerRenderer.h"

#include <cmath>

namespace pilar {

VectorLayer::VectorLayer(std::shared_ptr<const VectorData> data)
    : m_data(data ? std::move(data) : std::make_shared<const VectorData>())
{
    m_style = defaultStyle(m_data->dominantKind(), 0);
}

void VectorLayer::setData(std::shared_ptr<const VectorData> data)
{
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    m_data = data ? std::move(data) : std::make_shared<const VectorData>();
    m_mask.reset();
    m_projectedCache.clear();
}

VectorStyle VectorLayer::defaultStyle(GeometryKind kind, int seed)
{
    VectorStyle style;
    const auto palette = ColorRamp::qualitative(seed + 1);
    const QColor base = palette.back();
    switch (kind) {
    case GeometryKind::Point:
        style.symbol.fillColor = base.darker(130);
        style.symbol.strokeColor = QColor(40, 40, 40);
        style.symbol.strokeWidthMm = 0.2;
        break;
    case GeometryKind::Line:
        style.symbol.fillColor = Qt::transparent;
        style.symbol.strokeColor = base.darker(170);
        style.symbol.strokeWidthMm = 0.26; // QGIS's default too: one pixel on screen, Qt's fast line path
        break;
    default:
        style.symbol.fillColor = base;
        style.symbol.strokeColor = base.darker(180);
        style.symbol.strokeWidthMm = 0.26;
        break;
    }
    return style;
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapSettings &settings) const
{
    return std::make_unique<VectorLayerRenderer>(std::static_pointer_cast<const VectorLayer>(shared_from_this()), settings);
}

std::shared_ptr<const ProjectedGeometry> VectorLayer::projected(const Crs &mapCrs, const Feedback *feedback) const
{
    const QString key = crs().definition() + QLatin1Char('|') + mapCrs.definition();
    // (setData clears the cache under the same lock, so a cached entry always matches m_data.)
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (auto it = m_projectedCache.constFind(key); it != m_projectedCache.constEnd())
        return *it;

    std::shared_ptr<const ProjectedGeometry> out;
    CoordinateTransform transform(crs(), mapCrs);
    if (transform.isIdentity()) {
        out = std::make_shared<const ProjectedGeometry>(m_data);
    } else {
        // Features are transformed in batches of about 65,536 vertices (a cancel is noticed on
        // large layers), then kept as offsets from their new first vertex, like the layer's own.
        const VectorData &d = *m_data;
        const std::size_t n = d.featureCount();
        std::vector<float> coords;
        std::vector<double> origins;
        HugePages::resize(coords, d.coords.size());   // as the layer's own arrays: fewer page faults
        HugePages::resize(origins, d.origins.size());
        std::vector<uint8_t> unplaceable(n, 0);
        // Features [from, to) with `through` (its own: PROJ objects are one per thread); each
        // range writes only its own features' entries. False when cancelled.
        const auto projectRange = [&](std::size_t from, std::size_t to, const CoordinateTransform &through, Extent &extent) {
            std::vector<double> batch;
            std::size_t first = from;
            while (first < to) {
                if (Feedback::canceled(feedback))
                    return false;
                std::size_t last = first;
                batch.clear();
                while (last < to && batch.size() < 2 * 65536) {
                    for (uint32_t v = d.partStart[d.featurePart[last]]; v < d.partStart[d.featurePart[last + 1]]; ++v) {
                        batch.push_back(d.x(last, v));
                        batch.push_back(d.y(last, v));
                    }
                    ++last;
                }
                through.transformInterleaved(batch.data(), batch.size() / 2);
                std::size_t k = 0;
                for (std::size_t f = first; f < last; ++f) {
                    const uint32_t v0 = d.partStart[d.featurePart[f]], v1 = d.partStart[d.featurePart[f + 1]];
                    const double ox = v1 > v0 ? batch[2 * k] : 0, oy = v1 > v0 ? batch[2 * k + 1] : 0;
                    origins[2 * f] = ox;
                    origins[2 * f + 1] = oy;
                    for (uint32_t v = v0; v < v1; ++v, ++k) {
                        const double x = batch[2 * k], y = batch[2 * k + 1];
                        // A feature PROJ cannot place in the map CRS is left out rather than drawn wrongly.
                        if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(ox) || !std::isfinite(oy)) unplaceable[f] = 1;
                        coords[2 * v] = float(x - ox);
                        coords[2 * v + 1] = float(y - oy);
                    }
                    if (!unplaceable[f] && v1 > v0)
                        extent.include(VectorData::boundsOf(coords, &origins[2 * f], v0, v1));
                }
                first = last;
            }
            return true;
        };
        Extent extent;
        bool done = true;
        // PROJ takes ~200 ns a vertex: a large layer is projected on two threads, half each.
        CoordinateTransform second = d.coords.size() >= 2 * 200000 ? CoordinateTransform(crs(), mapCrs) : CoordinateTransform();
        if (second.isValid() && !second.isIdentity()) {
            const std::size_t middle = n / 2;
            Extent secondExtent;
            bool secondDone = true;
            SecondCore::run([&] { done = projectRange(0, middle, transform, extent); },
                            [&] { secondDone = projectRange(middle, n, second, secondExtent); });
            done = done && secondDone;
            extent.include(secondExtent);
        } else {
            done = projectRange(0, n, transform, extent);
        }
        if (!done || Feedback::canceled(feedback))
            return nullptr;
        out = std::make_shared<const ProjectedGeometry>(m_data, std::move(coords), std::move(origins), std::move(unplaceable), extent);
    }
    if (m_projectedCache.size() >= 3)
        m_projectedCache.clear(); // a few CRSs at most are in use; keep memory bounded
    m_projectedCache.insert(key, out);
    return out;
}

namespace {
bool pointInRings(const VectorData &d, const ProjectedGeometry &g, uint32_t f, double x, double y)
{
    bool inside = false;
    for (uint32_t p = d.featurePart[f]; p < d.featurePart[f + 1]; ++p) {
        const uint32_t a = d.partStart[p], b = d.partStart[p + 1];
        for (uint32_t i = a, j = b - 1; i < b; j = i++) {
            const double xi = g.x(f, i), yi = g.y(f, i), xj = g.x(f, j), yj = g.y(f, j);
            if (((yi > y) != (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi))
                inside = !inside;
        }
    }
    return inside;
}

double segmentDistance(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}
}

std::vector<uint32_t> VectorLayer::featuresAt(const Crs &mapCrs, double x, double y, double tolerance) const
{
    std::vector<uint32_t> hits;
    const auto geom = projected(mapCrs);
    if (!geom)
        return hits;
    const VectorData &d = *m_data;
    const ProjectedGeometry &g = *geom;
    for (uint32_t f : geom->query(Extent(x - tolerance, y - tolerance, x + tolerance, y + tolerance))) {
        if (!isFeatureShown(f)) continue;
        const uint32_t p0 = d.featurePart[f], p1 = d.featurePart[f + 1];
        bool hit = false;
        if (d.kinds[f] == GeometryKind::Polygon)
            hit = pointInRings(d, g, f, x, y);
        for (uint32_t p = p0; p < p1 && !hit; ++p) {
            const uint32_t a = d.partStart[p], b = d.partStart[p + 1];
            if (b - a == 1) {
                hit = std::hypot(g.x(f, a) - x, g.y(f, a) - y) <= tolerance;
                continue;
            }
            for (uint32_t i = a; i + 1 < b && !hit; ++i)
                hit = segmentDistance(x, y, g.x(f, i), g.y(f, i), g.x(f, i + 1), g.y(f, i + 1)) <= tolerance;
        }
        if (hit) hits.push_back(f);
    }
    return hits;
}

}
