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
    /// The premultiplied colour of a feature drawn as one pixel: a filled polygon's fill,
    /// otherwise its outline or line colour.
    QRgb dotColor(GeometryKind kind) const
    {
        const QColor c = kind == GeometryKind::Polygon && m_brush.style() != Qt::NoBrush ? m_brush.color() : m_pen.color();
        return qPremultiply(c.rgba());
    }
    /// A small legend patch for the given geometry kind (0 point, 1 line, 2 polygon).
    void drawPreview(QPainter &painter, const QRectF &rect, int kind) const;

private:
    Symbol m_symbol;
    double m_pixelsPerMm;
    QPen m_pen;
    QBrush m_brush;
};

}
