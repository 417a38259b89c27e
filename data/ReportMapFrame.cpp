#include "ReportMapFrame.h"

#include "CoordinateFormat.h"
#include "CoordinateTransform.h"
#include "Layer.h"
#include "MapDecorations.h"
#include "MapRenderer.h"
#include "MapSettings.h"
#include "SymbolPainter.h"
#include "VectorLayer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace pilar {

namespace {
// Longitude and latitude every few minutes (about four lines across), drawn as curves through the
// map's CRS, each labelled where it leaves the frame: bottom for longitude, left for latitude.
void drawGraticule(QPainter &painter, const MapSettings &settings, const QFont &font)
{
    static const Crs wgs84 = Crs::fromEpsg(4326);
    const CoordinateTransform toMap(wgs84, settings.crs);
    const Extent geo = toMap.transformExtent(settings.visibleExtent(), true);
    if (!geo.isValid()) return;
    const double spanMinutes = std::max(geo.width(), geo.height()) * 60;
    double step = 60;
    for (const double candidate : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0})
        if (spanMinutes / candidate <= 5) { step = candidate; break; }
    step /= 60; // in degrees
    const MapToPixel m2p = settings.mapToPixel();
    const QRectF frame(QPointF(0, 0), QSizeF(settings.outputSize));
    const double mm = settings.pixelsPerMm();
    painter.save();
    painter.setClipRect(frame);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    auto line = [&](bool latitude, double value) {
        QPolygonF points;
        const double from = latitude ? geo.xMin : geo.yMin, to = latitude ? geo.xMax : geo.yMax;
        for (int i = 0; i <= 40; ++i) {
            double x = latitude ? from + (to - from) * i / 40 : value, y = latitude ? value : from + (to - from) * i / 40;
            if (!toMap.transformPoint(x, y)) return;
            points << m2p.toPixel(x, y);
        }
        painter.setPen(QPen(QColor(40, 40, 40, 140), std::max(1.0, 0.15 * mm), Qt::DashLine));
        painter.drawPolyline(points);
        // The label just inside the frame where the line crosses its bottom or left edge.
        const QString text = CoordinateFormat::degreesMinutes(value, latitude);
        const QSizeF size(fm.horizontalAdvance(text) + 1.0 * mm, fm.height());
        QPointF at;
        bool found = false;
        for (int i = 1; i < points.size() && !found; ++i) {
            const QPointF a = points[i - 1], b = points[i];
            if (!latitude && (a.y() - frame.bottom()) * (b.y() - frame.bottom()) <= 0 && a.y() != b.y()) {
                at = QPointF(a.x() + (b.x() - a.x()) * (frame.bottom() - a.y()) / (b.y() - a.y()) - size.width() / 2, frame.bottom() - size.height());
                found = true;
            } else if (latitude && (a.x() - frame.left()) * (b.x() - frame.left()) <= 0 && a.x() != b.x()) {
                at = QPointF(frame.left(), a.y() + (b.y() - a.y()) * (frame.left() - a.x()) / (b.x() - a.x()) - size.height() / 2);
                found = true;
            }
        }
        if (!found) return;
        const QRectF box(at, size);
        painter.fillRect(box, QColor(255, 255, 255, 210));
        painter.setPen(QColor(40, 40, 40));
        painter.drawText(box, Qt::AlignCenter, text);
    };
    for (double lon = std::ceil(geo.xMin / step) * step; lon <= geo.xMax; lon += step) line(false, lon);
    for (double lat = std::ceil(geo.yMin / step) * step; lat <= geo.yMax; lat += step) line(true, lat);
    painter.restore();
}
}

QString ReportMapFrame::boundaryCredits()
{
    return tr("Boundaries: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN); codes and names: idn-area-data (ODbL 1.0).");
}

double ReportMapFrame::draw(QPainter &painter, const QRectF &rect, double dpi, const Options &options, const Feedback *feedback)
{
    const double mm = dpi / 25.4;
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(std::max(1, int(7.5 * dpi / 72.0)));
    const QFontMetricsF fm(small, painter.device());
    const double captionHeight = options.captions ? fm.height() * 2 + mm : 0;
    const double legendWidth = options.legend ? std::min(rect.width() * 0.3, 55 * mm) : 0;
    const QRectF mapRect(rect.left(), rect.top(), rect.width() - legendWidth - (legendWidth > 0 ? 2 * mm : 0), rect.height() - captionHeight);

    MapSettings settings;
    settings.crs = options.crs;
    settings.extent = options.extent;
    settings.outputSize = mapRect.size().toSize();
    settings.dpi = dpi;
    settings.drawLabels = options.labels;
    for (const auto &layer : options.layers)
        if (layer->isVisible()) settings.layers.push_back(layer);
    painter.save();
    painter.translate(mapRect.topLeft());
    MapRenderer::render(settings, painter, feedback);
    if (options.graticule) drawGraticule(painter, settings, small);
    if (options.decorations) {
        MapDecorations::drawScaleBar(painter, settings, QPointF(5 * mm, settings.outputSize.height() - 5 * mm));
        const double arrow = 11 * mm;
        MapDecorations::drawNorthArrow(painter, QRectF(settings.outputSize.width() - arrow * 0.7 - 4 * mm, 4 * mm, arrow * 0.7, arrow));
    }
    painter.restore();
    painter.setPen(QPen(Qt::black, 0.3 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mapRect);

    // Below the map: the numeric scale, the CRS, the sources.
    const double scale = settings.scale();
    if (options.captions) {
        painter.setFont(small);
        painter.setPen(QColor(60, 60, 60));
        painter.drawText(QRectF(rect.left(), mapRect.bottom() + 0.5 * mm, rect.width(), fm.height()), Qt::AlignLeft,
                         tr("Scale 1:%1 · %2").arg(QLocale(QLocale::Indonesian).toString(qint64(std::llround(scale))), options.crs.displayName()));
        painter.drawText(QRectF(rect.left(), mapRect.bottom() + 0.5 * mm + fm.height(), rect.width(), fm.height()), Qt::AlignLeft,
                         fm.elidedText(options.credits, Qt::ElideRight, rect.width()));
    }

    if (legendWidth > 0) {
        // The legend: top layer first, each class with its symbol.
        const QRectF box(mapRect.right() + 2 * mm, rect.top(), legendWidth, mapRect.height());
        QFont bold = small;
        bold.setBold(true);
        double y = box.top();
        const double line = fm.height() * 1.15;
        painter.setPen(Qt::black);
        painter.setFont(bold);
        painter.drawText(QRectF(box.left(), y, box.width(), line), Qt::AlignLeft, tr("Legend"));
        y += line * 1.3;
        for (auto it = settings.layers.rbegin(); it != settings.layers.rend() && y < box.bottom() - line; ++it) {
            const auto vector = std::dynamic_pointer_cast<VectorLayer>(*it);
            painter.setFont(bold);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(box.left(), y, box.width(), line), Qt::AlignLeft, fm.elidedText((*it)->name(), Qt::ElideRight, box.width()));
            y += line;
            if (!vector) continue;
            const int kind = std::max(0, int(vector->data()->dominantKind()) - 1);
            QVector<std::pair<Symbol, QString>> entries;
            const VectorStyle &style = vector->style();
            if (style.kind == StyleKind::Categorized) {
                for (const auto &c : style.categories) if (c.visible) entries << std::pair(c.symbol, c.label.isEmpty() ? c.value : c.label);
            } else if (style.kind == StyleKind::Graduated) {
                for (const auto &r : style.ranges) entries << std::pair(r.symbol, r.label);
            } else {
                entries << std::pair(style.symbol, QString());
            }
            painter.setFont(small);
            for (const auto &[symbol, label] : entries) {
                if (y > box.bottom() - line) {
                    painter.drawText(QRectF(box.left(), y, box.width(), line), Qt::AlignLeft, QStringLiteral("…"));
                    break;
                }
                SymbolPainter(symbol, mm).drawPreview(painter, QRectF(box.left() + 1 * mm, y + 0.15 * line, 5 * mm, 0.7 * line), kind);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(box.left() + 7 * mm, y, box.width() - 7 * mm, line), Qt::AlignLeft | Qt::AlignVCenter,
                                 fm.elidedText(label, Qt::ElideRight, box.width() - 7 * mm));
                y += line;
            }
            y += line * 0.4;
        }
    }
    return scale;
}

}
