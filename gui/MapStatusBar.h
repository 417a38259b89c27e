#pragma once

#include "CoordinateTransform.h"

#include <QStatusBar>

class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace pilar {

class MapCanvas;

/// The status bar under the map: cursor position in the project CRS and as lon/lat
/// (decimal and DMS), the scale 1:N (editable), the CRS (click to change), and progress
/// of long work with a cancel button.
class MapStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit MapStatusBar(MapCanvas *canvas, QWidget *parent = nullptr);

    void setCrs(const Crs &crs);
    void setBusy(bool busy, const QString &text = QString());
    void setProgress(int percent, const QString &text);
    QString coordinateText() const;
    QString scaleText() const;
    /// Parses "1:50.000", "1:50,000" or "50000"; 0 when it is not a scale.
    static double parseScale(const QString &text);
    static QString formatScale(double scale);

signals:
    void crsClicked();
    void cancelClicked();

private:
    void showCursor(double x, double y);
    void showScale(double scale);

    MapCanvas *m_canvas;
    Crs m_crs;
    CoordinateTransform m_toLonLat;
    QLabel *m_coords;
    QLabel *m_lonLat;
    QComboBox *m_scale;
    QToolButton *m_crsButton;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

}
