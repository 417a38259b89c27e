#include "MapCanvas.h"

#include "Layer.h"
#include "MapDecorations.h"
#include "Measurement.h"
#include "Project.h"
#include "VectorLayer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace pilar {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(15); // coalesce bursts of wheel events into one render
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_job, &MapRenderJob::finished, this, &MapCanvas::onRenderFinished);
    MapDecorations::prepareFont();
}

MapCanvas::~MapCanvas()
{
    m_job.cancel();
    m_job.waitForFinished();
}

void MapCanvas::setProject(Project *project)
{
    if (m_project) disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_image = QImage();
    m_history.clear();
    m_historyIndex = -1;
    clearHighlight();
    m_measurePoints.clear();
    if (project) {
        connect(project, &Project::layersChanged, this, &MapCanvas::refresh);
        connect(project, &Project::layerChanged, this, &MapCanvas::refresh);
        connect(project, &Project::crsChanged, this, [this] {
            // The project carried its view into the new CRS; follow it.
            m_image = QImage();
            setExtent(m_project->viewExtent());
        });
        Extent e = project->viewExtent();
        if (!e.isValid()) e = project->fullExtent().buffered(0.05);
        setExtent(e.isValid() ? e : Extent(300000, 9160000, 360000, 9220000));
    }
    refresh();
}

void MapCanvas::setTool(Tool tool)
{
    m_tool = tool;
    m_measurePoints.clear();
    m_measureDone = false;
    m_measureText.clear();
    m_zoomBox = QRect();
    switch (tool) {
    case Tool::Pan: setCursor(Qt::OpenHandCursor); break;
    case Tool::ZoomIn: setCursor(Qt::CrossCursor); break;
    case Tool::Identify: setCursor(Qt::WhatsThisCursor); break;
    default: setCursor(Qt::CrossCursor); break;
    }
    emit toolChanged(tool);
    emit measurementChanged(QString());
    update();
}

Project *MapCanvas::project() const
{
    return m_project;
}

MapSettings MapCanvas::mapSettings() const
{
    MapSettings s;
    s.outputSize = size();
    s.extent = m_extent;
    if (m_project) {
        s.crs = m_project->crs();
        s.layers = m_project->layers();
    }
    return s;
}

void MapCanvas::setExtent(const Extent &extent, bool recordHistory)
{
    if (!extent.isValid() || extent.width() <= 0 || extent.height() <= 0)
        return;
    // Normalise to the widget's aspect so history and the project store what is seen.
    MapSettings s = mapSettings();
    s.extent = extent;
    m_extent = s.visibleExtent();
    if (recordHistory) {
        m_history.resize(m_historyIndex + 1);
        m_history.push_back(m_extent);
        if (m_history.size() > 100) m_history.removeFirst();
        m_historyIndex = m_history.size() - 1;
        emit historyChanged();
    }
    if (m_project) m_project->setViewExtent(m_extent);
    emit extentChanged();
    emit scaleChanged(scale());
    refresh();
}

void MapCanvas::zoomToScale(double scale)
{
    if (!(scale > 0)) return;
    setExtent(mapSettings().extentForScale(m_extent.centerX(), m_extent.centerY(), scale));
}

void MapCanvas::zoomByFactor(double factor, const QPointF &anchor)
{
    const QPointF m = toMap(anchor);
    setExtent(m_extent.scaled(factor, m.x(), m.y()));
}

void MapCanvas::zoomToFullExtent()
{
    if (!m_project) return;
    const Extent e = m_project->fullExtent();
    if (e.isValid()) setExtent(e.buffered(0.03));
}

void MapCanvas::zoomToLayer(const QString &layerId)
{
    if (!m_project) return;
    const auto layer = m_project->layer(layerId);
    if (!layer || layer->crsMissing()) return;
    CoordinateTransform t(layer->crs(), m_project->crs());
    const Extent e = t.transformExtent(layer->extent());
    if (e.isValid()) setExtent(e.buffered(0.05));
}

void MapCanvas::zoomToFeatures(const QString &layerId, const std::vector<uint32_t> &features)
{
    if (!m_project || features.empty()) return;
    const auto layer = std::dynamic_pointer_cast<VectorLayer>(m_project->layer(layerId));
    if (!layer) return;
    const auto geom = layer->projected(m_project->crs());
    if (!geom) return;
    Extent e;
    for (uint32_t f : features)
        if (f < layer->featureCount()) e.include(geom->bounds(f));
    if (e.isValid()) setExtent(e.buffered(0.2));
}

void MapCanvas::panByPixels(double dx, double dy)
{
    const double mupp = mapSettings().mapUnitsPerPixel();
    setExtent(Extent(m_extent.xMin - dx * mupp, m_extent.yMin + dy * mupp, m_extent.xMax - dx * mupp, m_extent.yMax + dy * mupp));
}

void MapCanvas::previousView()
{
    if (!canGoBack()) return;
    --m_historyIndex;
    setExtent(m_history[m_historyIndex], false);
    emit historyChanged();
}

void MapCanvas::nextView()
{
    if (!canGoForward()) return;
    ++m_historyIndex;
    setExtent(m_history[m_historyIndex], false);
    emit historyChanged();
}

void MapCanvas::setHighlight(const QString &layerId, const std::vector<uint32_t> &features)
{
    m_highlightLayer = layerId;
    m_highlightFeatures = features;
    update();
}

void MapCanvas::clearHighlight()
{
    m_highlightLayer.clear();
    m_highlightFeatures.clear();
    update();
}

QPointF MapCanvas::toMap(const QPointF &pixel) const
{
    return mapSettings().mapToPixel().toMap(pixel);
}

void MapCanvas::refresh()
{
    m_renderTimer.start();
}

void MapCanvas::startRender()
{
    if (!m_project || width() < 2 || height() < 2) {
        update();
        return;
    }
    emit renderStarted();
    m_job.start(mapSettings());
}

void MapCanvas::onRenderFinished(const QImage &image, const MapSettings &settings, const MapRenderer::Result &result)
{
    m_image = image;
    m_imageExtent = settings.visibleExtent();
    m_imageSize = settings.outputSize;
    m_dragOffset = QPoint();
    update();
    if (!result.errors.isEmpty()) emit renderErrors(result.errors);
    emit renderFinished(result.elapsedMs);
}

QVector<IdentifyResult> MapCanvas::identifyAt(const QPointF &pixel) const
{
    QVector<IdentifyResult> results;
    if (!m_project) return results;
    const MapSettings s = mapSettings();
    const QPointF m = s.mapToPixel().toMap(pixel);
    const double tolerance = 4 * s.mapUnitsPerPixel();
    const auto &layers = m_project->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const auto layer = std::dynamic_pointer_cast<VectorLayer>(*it);
        if (!layer || !layer->isVisible() || layer->crsMissing()) continue;
        const VectorData &d = *layer->data();
        for (uint32_t f : layer->featuresAt(s.crs, m.x(), m.y(), tolerance)) {
            IdentifyResult r;
            r.layerId = layer->id();
            r.layerName = layer->name();
            r.featureIndex = f;
            r.fid = d.fids[f];
            for (std::size_t i = 0; i < d.fields.size(); ++i) {
                r.fieldNames << d.fields[i].name;
                r.values << d.attribute(f, i);
            }
            results << r;
        }
    }
    return results;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const MapSettings s = mapSettings();
    const MapToPixel m2p = s.mapToPixel();
    if (!m_image.isNull() && m_imageExtent.isValid()) {
        // Place the last image where its extent falls in the current view (pan/zoom preview).
        const QPointF tl = m2p.toPixel(m_imageExtent.xMin, m_imageExtent.yMax);
        const QPointF br = m2p.toPixel(m_imageExtent.xMax, m_imageExtent.yMin);
        // A preview while the sharp image renders: nearest-pixel scaling keeps a repaint of a
        // full-HD canvas to a few milliseconds (smooth scaling took ~15 ms of the GUI thread).
        const QRectF target = QRectF(tl, br).translated(m_dragOffset);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(target, m_image);
    }
    drawHighlight(p, s);
    drawMeasurement(p, m2p);
    if (!m_zoomBox.isNull()) {
        p.setPen(QPen(QColor(31, 95, 139), 1, Qt::DashLine));
        p.setBrush(QColor(31, 95, 139, 40));
        p.drawRect(m_zoomBox.normalized());
    }
    if (m_project && !m_project->layers().empty())
        MapDecorations::drawDefault(p, s);
}

void MapCanvas::drawHighlight(QPainter &p, const MapSettings &s) const
{
    if (!m_project || m_highlightFeatures.empty()) return;
    const auto layer = std::dynamic_pointer_cast<VectorLayer>(m_project->layer(m_highlightLayer));
    if (!layer) return;
    const auto geom = layer->projected(s.crs);
    if (!geom) return;
    const VectorData &d = *layer->data();
    const MapToPixel m2p = s.mapToPixel();
    p.save();
    p.translate(m_dragOffset);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(255, 200, 0), 3));
    p.setBrush(QColor(255, 230, 0, 90));
    const Extent view = s.visibleExtent();
    std::size_t drawn = 0;
    for (uint32_t f : m_highlightFeatures) {
        if (f >= d.featureCount() || !geom->bounds(f).intersects(view)) continue;
        if (++drawn > 20000) break; // a huge selection is still readable from a sample
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (uint32_t part = d.featurePart[f]; part < d.featurePart[f + 1]; ++part) {
            QPolygonF poly;
            for (uint32_t v = d.partStart[part]; v < d.partStart[part + 1]; ++v)
                poly << m2p.toPixel(geom->x(f, v), geom->y(f, v));
            if (d.kinds[f] == GeometryKind::Point) {
                p.drawEllipse(poly.first(), 7, 7);
            } else if (d.kinds[f] == GeometryKind::Line) {
                p.drawPolyline(poly);
            } else {
                path.addPolygon(poly);
                path.closeSubpath();
            }
        }
        if (d.kinds[f] == GeometryKind::Polygon) p.drawPath(path);
    }
    p.restore();
}

void MapCanvas::drawMeasurement(QPainter &p, const MapToPixel &m2p) const
{
    if (m_measurePoints.isEmpty()) return;
    QPolygonF poly;
    for (const QPointF &m : m_measurePoints) poly << m2p.toPixel(m.x(), m.y());
    if (!m_measureDone) poly << m2p.toPixel(m_measureHover.x(), m_measureHover.y());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(200, 30, 30), 2));
    if (m_tool == Tool::MeasureArea || m_tool == Tool::DigitizePolygon) {
        p.setBrush(QColor(200, 30, 30, 50));
        p.drawPolygon(poly);
    } else {
        p.drawPolyline(poly);
    }
    p.setBrush(Qt::white);
    for (const QPointF &pt : poly) p.drawEllipse(pt, 3, 3);
    if (!m_measureText.isEmpty()) {
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QPointF at = poly.last() + QPointF(10, -10);
        QPainterPath text;
        text.addText(at, f, m_measureText);
        p.strokePath(text, QPen(Qt::white, 3));
        p.fillPath(text, QColor(120, 0, 0));
    }
    p.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    if (m_extent.isValid()) {
        // Keep the centre and scale; show more or less around it. The scale is the current
        // view's (not the last rendered image's: a zoom may not have been drawn yet).
        const int oldWidth = event->oldSize().width() > 0 ? event->oldSize().width() : width();
        const double mupp = m_extent.width() / std::max(1, oldWidth);
        const double cx = m_extent.centerX(), cy = m_extent.centerY();
        m_extent = Extent(cx - mupp * width() / 2, cy - mupp * height() / 2, cx + mupp * width() / 2, cy + mupp * height() / 2);
        if (m_project) m_project->setViewExtent(m_extent);
        emit extentChanged();
    }
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    m_pressPos = m_lastPos = e->position().toPoint();
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && m_tool == Tool::Pan)) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    } else if (e->button() == Qt::LeftButton && m_tool == Tool::ZoomIn) {
        m_zoomBox = QRect(m_pressPos, m_pressPos);
    } else if (e->button() == Qt::LeftButton && m_tool == Tool::DigitizePoint) {
        m_measurePoints = {toMap(e->position())};
        finishDigitizing();
    } else if (e->button() == Qt::LeftButton && (m_tool == Tool::DigitizeLine || m_tool == Tool::DigitizePolygon)) {
        m_measurePoints << toMap(e->position());
        update();
    } else if (e->button() == Qt::RightButton && (m_tool == Tool::DigitizeLine || m_tool == Tool::DigitizePolygon)) {
        finishDigitizing();
    } else if (e->button() == Qt::LeftButton && (m_tool == Tool::MeasureDistance || m_tool == Tool::MeasureArea)) {
        if (m_measureDone) { m_measurePoints.clear(); m_measureDone = false; }
        m_measurePoints << toMap(e->position());
        updateMeasurement();
    } else if (e->button() == Qt::RightButton && (m_tool == Tool::MeasureDistance || m_tool == Tool::MeasureArea)) {
        m_measureDone = true;
        updateMeasurement();
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    const QPoint pos = e->position().toPoint();
    const QPointF m = toMap(e->position());
    emit cursorMoved(m.x(), m.y());
    if (m_dragging) {
        m_dragOffset = pos - m_pressPos;
        update();
    } else if (!m_zoomBox.isNull()) {
        m_zoomBox.setBottomRight(pos);
        update();
    } else if (!m_measurePoints.isEmpty() && (m_tool == Tool::DigitizeLine || m_tool == Tool::DigitizePolygon)) {
        m_measureHover = m;
        update();
    } else if (!m_measurePoints.isEmpty() && !m_measureDone) {
        m_measureHover = m;
        updateMeasurement();
    }
    m_lastPos = pos;
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    const QPoint pos = e->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        setCursor(m_tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
        const QPoint delta = pos - m_pressPos;
        if (delta.manhattanLength() > 2) {
            // The image stays offset until the new render arrives, so nothing jumps.
            const double mupp = mapSettings().mapUnitsPerPixel();
            const Extent moved(m_extent.xMin - delta.x() * mupp, m_extent.yMin + delta.y() * mupp,
                               m_extent.xMax - delta.x() * mupp, m_extent.yMax + delta.y() * mupp);
            m_dragOffset = QPoint();
            setExtent(moved);
        } else {
            m_dragOffset = QPoint();
            update();
        }
        return;
    }
    if (!m_zoomBox.isNull()) {
        const QRect box = m_zoomBox.normalized();
        m_zoomBox = QRect();
        if (box.width() > 4 && box.height() > 4) {
            const QPointF a = toMap(box.topLeft()), b = toMap(box.bottomRight());
            setExtent(Extent(a.x(), b.y(), b.x(), a.y()));
        } else {
            zoomByFactor(0.5, pos);
        }
        return;
    }
    if (e->button() == Qt::LeftButton && m_tool == Tool::Identify) {
        const auto results = identifyAt(e->position());
        if (results.isEmpty()) clearHighlight();
        else {
            std::vector<uint32_t> features;
            for (const auto &r : results)
                if (r.layerId == results.first().layerId) features.push_back(r.featureIndex);
            setHighlight(results.first().layerId, features);
        }
        emit identified(results);
    }
}

void MapCanvas::finishDigitizing()
{
    const QVector<QPointF> points = m_measurePoints;
    const Tool tool = m_tool;
    m_measurePoints.clear();
    if ((tool == Tool::DigitizeLine && points.size() < 2) || (tool == Tool::DigitizePolygon && points.size() < 3) || points.isEmpty()) {
        update();
        return;
    }
    setTool(Tool::Pan);
    emit geometryDigitized(points, tool);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (m_tool == Tool::DigitizeLine || m_tool == Tool::DigitizePolygon) {
        finishDigitizing();
        return;
    }
    if (m_tool == Tool::MeasureDistance || m_tool == Tool::MeasureArea) {
        m_measureDone = true;
        updateMeasurement();
    } else if (m_tool == Tool::Pan) {
        zoomByFactor(0.5, e->position());
    }
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) return;
    // Zoom about the cursor: the map point under it stays under it.
    zoomByFactor(std::pow(0.8, steps), e->position());
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    const double stepX = width() / 4.0, stepY = height() / 4.0;
    switch (e->key()) {
    case Qt::Key_Left: panByPixels(stepX, 0); break;
    case Qt::Key_Right: panByPixels(-stepX, 0); break;
    case Qt::Key_Up: panByPixels(0, stepY); break;
    case Qt::Key_Down: panByPixels(0, -stepY); break;
    case Qt::Key_Plus: case Qt::Key_Equal: zoomByFactor(0.5, rect().center()); break;
    case Qt::Key_Minus: zoomByFactor(2.0, rect().center()); break;
    case Qt::Key_Escape:
        m_measurePoints.clear();
        m_measureText.clear();
        m_zoomBox = QRect();
        emit measurementChanged(QString());
        update();
        break;
    default: QWidget::keyPressEvent(e);
    }
}

void MapCanvas::updateMeasurement()
{
    QVector<QPointF> pts = m_measurePoints;
    if (!m_measureDone && !m_measureHover.isNull()) pts << m_measureHover;
    const Crs crs = m_project ? m_project->crs() : Crs();
    if (m_tool == Tool::MeasureArea) {
        const double area = pts.size() >= 3 ? Measurement::areaSquareMeters(pts, crs) : 0;
        QVector<QPointF> ring = pts;
        if (!ring.isEmpty()) ring << ring.first();
        const double perimeter = ring.size() >= 2 ? Measurement::lengthMeters(ring, crs) : 0;
        m_measureText = tr("Area %1, perimeter %2").arg(Measurement::formatArea(area), Measurement::formatLength(perimeter));
    } else {
        m_measureText = tr("Distance %1").arg(Measurement::formatLength(pts.size() >= 2 ? Measurement::lengthMeters(pts, crs) : 0));
    }
    emit measurementChanged(m_measureText);
    update();
}

}
