#include "VectorLayer.h"

#include "ColorRamp.h"
#include "CoordinateTransform.h"
#include "Feedback.h"
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
        std::vector<double> coords = m_data->coords;
        // Transform in chunks so a cancel is noticed on large layers.
        const std::size_t points = coords.size() / 2, chunk = 65536;
        for (std::size_t i = 0; i < points; i += chunk) {
            if (Feedback::canceled(feedback))
                return nullptr;
            transform.transformInterleaved(coords.data() + 2 * i, std::min(chunk, points - i));
        }
        const std::size_t n = m_data->featureCount();
        std::vector<Extent> bounds(n);
        Extent extent;
        for (std::size_t f = 0; f < n; ++f) {
            Extent box;
            const uint32_t p0 = m_data->featurePart[f], p1 = m_data->featurePart[f + 1];
            bool bad = false;
            for (uint32_t v = m_data->partStart[p0]; v < m_data->partStart[p1]; ++v) {
                const double x = coords[2 * v], y = coords[2 * v + 1];
                if (!std::isfinite(x) || !std::isfinite(y)) { bad = true; break; }
                box.include(x, y);
            }
            // A feature PROJ cannot place in the map CRS is left out rather than drawn wrongly.
            bounds[f] = bad ? Extent() : box;
            extent.include(bounds[f]);
        }
        if (Feedback::canceled(feedback))
            return nullptr;
        out = std::make_shared<const ProjectedGeometry>(m_data, std::move(coords), std::move(bounds), extent);
    }
    if (m_projectedCache.size() >= 3)
        m_projectedCache.clear(); // a few CRSs at most are in use; keep memory bounded
    m_projectedCache.insert(key, out);
    return out;
}

namespace {
bool pointInRings(const VectorData &d, const std::vector<double> &c, uint32_t p0, uint32_t p1, double x, double y)
{
    bool inside = false;
    for (uint32_t p = p0; p < p1; ++p) {
        const uint32_t a = d.partStart[p], b = d.partStart[p + 1];
        for (uint32_t i = a, j = b - 1; i < b; j = i++) {
            const double xi = c[2 * i], yi = c[2 * i + 1], xj = c[2 * j], yj = c[2 * j + 1];
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
    const auto &c = geom->coords();
    for (uint32_t f : geom->query(Extent(x - tolerance, y - tolerance, x + tolerance, y + tolerance))) {
        if (!isFeatureShown(f)) continue;
        const uint32_t p0 = d.featurePart[f], p1 = d.featurePart[f + 1];
        bool hit = false;
        if (d.kinds[f] == GeometryKind::Polygon)
            hit = pointInRings(d, c, p0, p1, x, y);
        for (uint32_t p = p0; p < p1 && !hit; ++p) {
            const uint32_t a = d.partStart[p], b = d.partStart[p + 1];
            if (b - a == 1) {
                hit = std::hypot(c[2 * a] - x, c[2 * a + 1] - y) <= tolerance;
                continue;
            }
            for (uint32_t i = a; i + 1 < b && !hit; ++i)
                hit = segmentDistance(x, y, c[2 * i], c[2 * i + 1], c[2 * i + 2], c[2 * i + 3]) <= tolerance;
        }
        if (hit) hits.push_back(f);
    }
    return hits;
}

}
