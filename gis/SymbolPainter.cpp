#include "SymbolPainter.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace pilar {

SymbolPainter::SymbolPainter(const Symbol &symbol, double pixelsPerMm)
    : m_symbol(symbol), m_pixelsPerMm(pixelsPerMm)
{
    const double width = symbol.strokeWidthMm * pixelsPerMm;
    m_pen = symbol.strokeColor.alpha() == 0 || width <= 0 ? QPen(Qt::NoPen) : QPen(symbol.strokeColor, std::max(width, 0.5));
    m_pen.setJoinStyle(Qt::RoundJoin);
    m_pen.setCapStyle(Qt::RoundCap);
    m_brush = symbol.fillColor.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(symbol.fillColor);
    const QColor line = m_pen.style() != Qt::NoPen ? m_pen.color() : QColor(Qt::transparent);
    m_lineDot = qPremultiply(line.rgba());
    m_polygonDot = m_pen.style() != Qt::NoPen || m_brush.style() == Qt::NoBrush ? m_lineDot : qPremultiply(m_brush.color().rgba());
}

void SymbolPainter::drawMarker(QPainter &painter, const QPointF &c) const
{
    const double r = m_symbol.markerSizeMm * m_pixelsPerMm / 2;
    painter.setPen(m_pen);
    painter.setBrush(m_brush);
    switch (m_symbol.markerShape) {
    case MarkerShape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case MarkerShape::Square:
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case MarkerShape::Triangle:
        painter.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r * 0.8),
                                       QPointF(c.x() - r, c.y() + r * 0.8)}));
        break;
    case MarkerShape::Diamond:
        painter.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                                       QPointF(c.x() - r, c.y())}));
        break;
    case MarkerShape::Cross: {
        QPen p(m_symbol.strokeColor, std::max(1.0, m_symbol.strokeWidthMm * m_pixelsPerMm * 2));
        painter.setPen(p);
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r));
        break;
    }
    case MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r : r * 0.45;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        painter.drawPolygon(star);
        break;
    }
    }
}

void SymbolPainter::drawPreview(QPainter &painter, const QRectF &rect, int kind) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (kind == 0) {
        drawMarker(painter, rect.center());
    } else if (kind == 1) {
        painter.setPen(m_pen.style() == Qt::NoPen ? QPen(m_symbol.strokeColor, 1) : m_pen);
        painter.drawLine(QPointF(rect.left() + 2, rect.bottom() - 3), QPointF(rect.right() - 2, rect.top() + 3));
    } else {
        painter.setPen(m_pen);
        painter.setBrush(m_brush);
        painter.drawRect(rect.adjusted(2, 2, -2, -2));
    }
    painter.restore();
}

}
