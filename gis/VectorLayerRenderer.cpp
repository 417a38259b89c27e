#include "VectorLayerRenderer.h"

#include "CoordinateTransform.h"
#include "Feedback.h"
#include "HugePages.h"
#include "LabelingEngine.h"
#include "MapSettings.h"
#include "SecondCore.h"
#include "SymbolPainter.h"
#include "VectorLayer.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <thread>

namespace pilar {

VectorLayerRenderer::VectorLayerRenderer(std::shared_ptr<const VectorLayer> layer, const MapSettings &settings)
    : m_layer(std::move(layer)), m_data(m_layer->data()), m_mask(m_layer->featureMask()), m_style(m_layer->style()),
      m_opacity(m_layer->opacity())
{
    m_layerOrder = 0;
    for (std::size_t i = 0; i < settings.layers.size(); ++i)
        if (settings.layers[i].get() == m_layer.get()) m_layerOrder = int(i);
    const VectorData &d = *m_data;
    m_fieldIndex = d.fieldIndex(m_style.field);
    switch (m_style.kind) {
    case StyleKind::SingleSymbol:
        m_symbols.push_back(m_style.symbol);
        break;
    case StyleKind::Categorized:
        for (int i = 0; i < m_style.categories.size(); ++i) {
            m_symbols.push_back(m_style.categories[i].symbol);
            if (m_style.categories[i].visible) m_categoryIndex.insert(m_style.categories[i].value, i);
        }
        break;
    case StyleKind::Graduated:
        for (const auto &r : m_style.ranges) m_symbols.push_back(r.symbol);
        break;
    }
    if (m_style.kind != StyleKind::SingleSymbol && m_fieldIndex < 0) {
        // The classified field is gone (renamed in the source): fall back to one symbol.
        m_style.kind = StyleKind::SingleSymbol;
        m_symbols.assign(1, m_style.symbol);
    }
    if (m_style.labels.enabled)
        m_labelField = d.fieldIndex(m_style.labels.field);
    // Categories over a text column stored as codes: one lookup per distinct text, not per feature.
    if (m_style.kind == StyleKind::Categorized && d.columns[m_fieldIndex].hasTextCodes()) {
        const QStringList &texts = d.columns[m_fieldIndex].texts();
        m_symbolOfCode.reserve(texts.size());
        for (const QString &text : texts) m_symbolOfCode.push_back(m_categoryIndex.value(text, -1));
        m_nullSymbol = m_categoryIndex.value(QString(), -1);
        m_byCode = true;
    }
}

int VectorLayerRenderer::symbolFor(std::size_t f) const
{
    if (m_mask && f < m_mask->size() && !(*m_mask)[f]) return -1; // filtered out
    const VectorData &d = *m_data;
    switch (m_style.kind) {
    case StyleKind::SingleSymbol:
        return 0;
    case StyleKind::Categorized: {
        if (m_byCode) {
            const int code = d.columns[m_fieldIndex].textCode(f);
            return code < 0 ? m_nullSymbol : m_symbolOfCode[code];
        }
        const QVariant &v = d.attribute(f, m_fieldIndex);
        return m_categoryIndex.value(v.isNull() ? QString() : v.toString(), -1);
    }
    case StyleKind::Graduated: {
        const QVariant &v = d.attribute(f, m_fieldIndex);
        if (v.isNull()) return -1;
        bool ok = false;
        const double x = v.toDouble(&ok);
        if (!ok) return -1;
        for (int i = 0; i < m_style.ranges.size(); ++i) {
            const auto &r = m_style.ranges[i];
            if (x >= r.lower && (x < r.upper || (i == m_style.ranges.size() - 1 && x <= r.upper))) return i;
        }
        return -1;
    }
    }
    return -1;
}

void VectorLayerRenderer::drawFeatures(QPainter &p, const RenderContext &ctx, const ProjectedGeometry &geom,
                                       const uint32_t *begin, const uint32_t *end, const Pens &pens, QImage &dots) const
{
    const VectorData &d = *m_data;
    const MapToPixel &m2p = ctx.mapToPixel;
    const double dropWithin = std::max(0.5, 0.1 * ctx.pixelsPerMm);
    // A feature smaller than a pixel is one pixel of its colour. At regency scale most
    // buildings are, so they are set straight into a layer of dots composed once at the
    // end, rather than a million tiny antialiased paths.
    const double tiny = m2p.mapUnitsPerPixel;
    const int width = ctx.outputSize.width(), height = ctx.outputSize.height();
    QPolygonF poly;
    int current = -2;
    std::size_t counter = 0;
    const bool singleSymbol = m_style.kind == StyleKind::SingleSymbol && !m_mask;
    uchar *dotBits = nullptr;
    qsizetype dotStride = 0;
    for (const uint32_t *it = begin; it != end; ++it) {
        const uint32_t f = *it;
        if ((++counter & 4095) == 0 && Feedback::canceled(ctx.feedback))
            break;
        const int si = singleSymbol ? 0 : symbolFor(f);
        if (si < 0)
            continue;
        const SymbolPainter &sp = pens.painters[si];
        const GeometryKind kind = d.kinds[f];
        const Extent box = geom.bounds(f);
        if (!box.isValid()) continue; // cannot be placed in the map CRS
        const uint32_t p0 = d.featurePart[f], p1 = d.featurePart[f + 1];
        if (kind != GeometryKind::Point && box.width() < tiny && box.height() < tiny) {
            // Checked as doubles: outside the image (or NaN) is skipped before it becomes an int.
            const double px = std::floor(m2p.toPixelX(box.centerX())), py = std::floor(m2p.toPixelY(box.centerY()));
            if (!(px >= 0 && py >= 0 && px < width && py < height)) continue;
            const int x = int(px), y = int(py);
            if (!dotBits) {
                dots = HugePages::image(ctx.outputSize, QImage::Format_ARGB32_Premultiplied);
                dots.fill(Qt::transparent);
                dotBits = dots.bits();  // once: scanLine() would check for sharing on every dot
                dotStride = dots.bytesPerLine();
            }
            reinterpret_cast<QRgb *>(dotBits + y * dotStride)[x] = sp.dotColor(kind);
            continue;
        }
        if (si != current) {
            p.setPen(pens.pens[si]);
            p.setBrush(sp.brush());
            current = si;
        }
        if (kind == GeometryKind::Point) {
            for (uint32_t part = p0; part < p1; ++part) {
                const uint32_t v = d.partStart[part];
                sp.drawMarker(p, m2p.toPixel(geom.x(f, v), geom.y(f, v)));
            }
            current = -2; // drawMarker may change the pen
            continue;
        }
        QPainterPath path;
        const bool multi = p1 - p0 > 1;
        if (multi) path.setFillRule(Qt::OddEvenFill);
        for (uint32_t part = p0; part < p1; ++part) {
            const uint32_t a = d.partStart[part], b = d.partStart[part + 1];
            poly.clear();
            double lastX = 1e300, lastY = 1e300;
            for (uint32_t v = a; v < b; ++v) {
                const double x = m2p.toPixelX(geom.x(f, v)), y = m2p.toPixelY(geom.y(f, v));
                // Skip vertices within half a pixel (or, on paper, a tenth of a millimetre) of the
                // previous one: invisible, and costly — in time on screen, in bytes in a PDF.
                if (std::abs(x - lastX) < dropWithin && std::abs(y - lastY) < dropWithin && v + 1 < b) continue;
                poly << QPointF(x, y);
                lastX = x; lastY = y;
            }
            if (kind == GeometryKind::Line) {
                p.drawPolyline(poly);
            } else if (!multi) {
                p.drawPolygon(poly, Qt::OddEvenFill);
            } else {
                path.addPolygon(poly);
                path.closeSubpath();
            }
        }
        if (kind == GeometryKind::Polygon && multi)
            p.drawPath(path);
    }
}

void VectorLayerRenderer::render(RenderContext &ctx)
{
    const auto geom = m_layer->projected(ctx.mapCrs, ctx.feedback);
    if (!geom || geom->source() != m_data.get())
        return; // the layer got new data since this render began; the next render shows it
    const VectorData &d = *m_data;
    QPainter &p = *ctx.painter;
    p.save();
    p.setOpacity(m_opacity);
    p.setRenderHint(QPainter::Antialiasing, true);

    Pens pens;
    for (const Symbol &s : m_symbols) {
        pens.painters.emplace_back(s, ctx.pixelsPerMm);
        // A line up to 1.5 px wide is drawn 1 px wide: Qt's raster engine then takes its
        // antialiased hairline path, ~8x faster than stroking a 1.13 px line (0.3 mm on
        // screen). Paper and PDF are at 300 dpi and more, where widths stay exact.
        QPen pen = pens.painters.back().pen();
        if (pen.style() != Qt::NoPen && pen.widthF() > 1 && pen.widthF() < 1.5) pen.setWidthF(1);
        pens.pens.push_back(pen);
    }

    const std::vector<uint32_t> ids = geom->query(ctx.visibleExtent);
    const uint32_t *first = ids.data(), *last = ids.data() + ids.size();
    // Many features on a raster image: half of them are drawn on a second core into a layer of
    // their own; composed in order it is the same picture (drawing order is feature order,
    // and "source over" composes the same either way).
    // Vector devices (PDF, printer) are always drawn directly, so they stay vector.
    const bool parallel = ctx.parallel && ids.size() >= kParallelFeatures && p.device() && p.device()->devType() == QInternal::Image &&
                          p.transform().isIdentity() && std::thread::hardware_concurrency() > 1;
    QImage dots, moreDots;  // drawn above the layer's other features, in feature order
    if (!parallel) {
        drawFeatures(p, ctx, *geom, first, last, pens, dots);
    } else {
        // The second half goes into a layer image on a helper thread while this thread draws
        // the first half straight onto the device; the layer is then composed on top.
        const uint32_t *middle = first + ids.size() / 2;
        QImage above = HugePages::image(QSize(p.device()->width(), p.device()->height()), QImage::Format_ARGB32_Premultiplied);
        above.fill(Qt::transparent);
        const auto drawSecondHalf = [&] {
            QPainter painter(&above);
            painter.setRenderHints(p.renderHints());
            painter.setClipRect(QRect(QPoint(0, 0), ctx.outputSize));
            painter.setOpacity(m_opacity);
            drawFeatures(painter, ctx, *geom, middle, last, pens, moreDots);
        };
        SecondCore::run([&] { drawFeatures(p, ctx, *geom, first, middle, pens, dots); }, drawSecondHalf);
        p.setOpacity(1);
        p.drawImage(QPointF(0, 0), above);
        p.setOpacity(m_opacity);
    }
    for (const QImage *layer : {&dots, &moreDots})
        if (!layer->isNull()) p.drawImage(QPointF(0, 0), *layer);

    if (m_labelField >= 0 && ctx.labeling) {
        const CoordinateTransform toMap(m_layer->crs(), ctx.mapCrs);
        const MapToPixel &m2p = ctx.mapToPixel;
        for (uint32_t f : ids) {
            if (symbolFor(f) < 0) continue;
            const QPointF lp = d.labelPoint(f);
            double lx = lp.x(), ly = lp.y();
            if (!toMap.isIdentity()) toMap.transformPoint(lx, ly);
            if (!std::isfinite(lx) || !std::isfinite(ly)) continue;
            QPointF anchor = m2p.toPixel(lx, ly);
            if (d.kinds[f] == GeometryKind::Point) // above the marker, not on it
                anchor.ry() -= (m_style.symbol.markerSizeMm / 2 + 1.0 + m_style.labels.fontSizePt * 0.2) * ctx.pixelsPerMm;
            ctx.labeling->addCandidate(d.attribute(f, m_labelField).toString(), anchor, m_style.labels, m_layerOrder);
        }
    }
    p.restore();
}

}
