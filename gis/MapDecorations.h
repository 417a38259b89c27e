#pragma once

#include "MapSettings.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace pilar {

/// Scale bar and north arrow, drawn in device pixels for a MapSettings. Shared by the
/// canvas overlay, the CLI render and (later) report map pages.
class MapDecorations
{
public:
    /// Draws a scale bar whose bottom-left corner is at `origin`; returns its bounding box.
    static QRectF drawScaleBar(QPainter &painter, const MapSettings &settings, const QPointF &origin);
    /// Draws a north arrow fitted into `rect`.
    static void drawNorthArrow(QPainter &painter, const QRectF &rect);
    /// Both, in the usual corners (scale bar bottom left, arrow top right).
    static void drawDefault(QPainter &painter, const MapSettings &settings);
    /// "2,5 km" / "500 m", in the current locale.
    static QString formatDistance(double meters);
    /// A round length (1, 2 or 5 × 10^n metres) not longer than maxMeters.
    static double niceLength(double maxMeters);
    /// Loads the decorations' font. The first text a process measures makes Qt read the
    /// system's font list (fontconfig, ~10 ms); a canvas does it when it is made rather than
    /// in the middle of a planner's first zoom.
    static void prepareFont();

private:
    static QFont decorationFont(int pixelSize, bool bold = false);
};

}
