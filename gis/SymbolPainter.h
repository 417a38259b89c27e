#pragma once

#include "Symbol.h"
#include "VectorData.h"

#include <QBrush>
#include <QColor>
#include <QPen>
#include <QPointF>

class QPainter;

namespace pilar {

/// Turns a Symbol into pens and brushes for one device resolution and draws markers.
/// Shared by the map renderer, the legend and the style editor's previews.
class SymbolPainter
{
public:
    SymbolPainter(const Symbol &symbol, double pixelsPerMm);

    QPen pen() const { return m_pen; }
    QBrush brush() const { return m_brush; }
    void drawMarker(QPainter &painter, const QPointF &center) const;
    /// The premultiplied colour of a feature smaller than a pixel, drawn as that pixel:
    /// what full drawing would mostly show there — the outline when there is one (it
    /// covers so small a polygon), else the fill or the line.
    QRgb dotColor(GeometryKind kind) const { return kind == GeometryKind::Polygon ? m_polygonDot : m_lineDot; }
    /// A small legend patch for the given geometry kind (0 point, 1 line, 2 polygon).
    void drawPreview(QPainter &painter, const QRectF &rect, int kind) const;

private:
    Symbol m_symbol;
    double m_pixelsPerMm;
    QPen m_pen;
    QBrush m_brush;
    QRgb m_polygonDot = 0;
    QRgb m_lineDot = 0;
};

}
