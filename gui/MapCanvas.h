#pragma once

#include "CoordinateTransform.h"
#include "IdentifyResult.h"
#include "MapRenderJob.h"
#include "MapSettings.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

namespace pilar {

class Project;

/// The interactive map: pan (drag, arrow keys), zoom (wheel about the cursor, +/−,
/// zoom box), identify, measure, view history. Rendering runs on a worker thread via
/// MapRenderJob; meanwhile the last image is shown, moved and scaled to the current
/// view, so the canvas never waits for a render.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Pan, ZoomIn, Identify, MeasureDistance, MeasureArea, DigitizePoint, DigitizeLine, DigitizePolygon };
    Q_ENUM(Tool)

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setProject(Project *project);
    Project *project() const;
    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    /// The view as a render would see it (current size, CRS, layers).
    MapSettings mapSettings() const;
    Extent extent() const { return m_extent; }
    void setExtent(const Extent &extent, bool recordHistory = true);
    double scale() const { return mapSettings().scale(); }
    void zoomToScale(double scale);
    void zoomByFactor(double factor, const QPointF &anchorPixel);
    void zoomToFullExtent();
    void zoomToLayer(const QString &layerId);
    void zoomToFeatures(const QString &layerId, const std::vector<uint32_t> &features);
    void panByPixels(double dx, double dy);
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    void previousView();
    void nextView();

    /// Features drawn highlighted on top of the map (identify results, table selection).
    void setHighlight(const QString &layerId, const std::vector<uint32_t> &features);
    void clearHighlight();
    /// The features under a pixel of the canvas, top layer first.
    QVector<IdentifyResult> identifyAt(const QPointF &pixel) const;

    QImage lastRenderedImage() const { return m_image; }
    bool isRendering() const { return m_job.isActive() || m_renderTimer.isActive(); }
    QString measurementText() const { return m_measureText; }

public slots:
    /// Schedules a new render of the current view (coalesced).
    void refresh();

signals:
    void extentChanged();
    void scaleChanged(double scale);
    void cursorMoved(double x, double y);
    void renderStarted();
    void renderFinished(qint64 milliseconds);
    void renderErrors(const QStringList &errors);
    void identified(const QVector<pilar::IdentifyResult> &results);
    void measurementChanged(const QString &text);
    void historyChanged();
    void toolChanged(pilar::MapCanvas::Tool tool);
    /// A point or line drawn with a Digitize tool, in map coordinates; the tool then returns to Pan.
    void geometryDigitized(const QVector<QPointF> &points, pilar::MapCanvas::Tool tool);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startRender();
    void onRenderFinished(const QImage &image, const MapSettings &settings, const MapRenderer::Result &result);
    void updateMeasurement();
    void finishDigitizing();
    void drawHighlight(QPainter &painter, const MapSettings &settings) const;
    void drawMeasurement(QPainter &painter, const MapToPixel &m2p) const;
    QPointF toMap(const QPointF &pixel) const;

    QPointer<Project> m_project;
    Tool m_tool = Tool::Pan;
    Extent m_extent;
    QVector<Extent> m_history;
    int m_historyIndex = -1;

    MapRenderJob m_job;
    QTimer m_renderTimer;
    QImage m_image;
    Extent m_imageExtent;     ///< the visible extent the image was rendered for
    QSize m_imageSize;

    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QPoint m_dragOffset;
    QRect m_zoomBox;

    QVector<QPointF> m_measurePoints; ///< in map coordinates
    QPointF m_measureHover;
    bool m_measureDone = false;
    QString m_measureText;

    QString m_highlightLayer;
    std::vector<uint32_t> m_highlightFeatures;
};

}
