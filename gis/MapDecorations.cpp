#include "MapDecorations.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pilar {

double MapDecorations::niceLength(double maxMeters)
{
    if (!(maxMeters > 0) || !std::isfinite(maxMeters))
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMeters) return step * magnitude;
    return magnitude;
}

QString MapDecorations::formatDistance(double meters)
{
    const QLocale locale;
    if (meters >= 1000)
        return QCoreApplication::translate("pilar::MapDecorations", "%1 km").arg(locale.toString(meters / 1000, 'g', 4));
    return QCoreApplication::translate("pilar::MapDecorations", "%1 m").arg(locale.toString(meters, 'g', 4));
}

QFont MapDecorations::decorationFont(int pixelSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(bold);
    font.setPixelSize(pixelSize);
    return font;
}

void MapDecorations::prepareFont()
{
    (void)QFontMetricsF(decorationFont(12)).height();
}

QRectF MapDecorations::drawScaleBar(QPainter &painter, const MapSettings &settings, const QPointF &origin)
{
    const double pxPerMm = settings.pixelsPerMm();
    const double metersPerPixel = settings.mapUnitsPerPixel() * settings.metersPerMapUnit();
    if (!(metersPerPixel > 0))
        return {};
    const double maxPx = std::min(settings.outputSize.width() * 0.25, 60 * pxPerMm);
    const double length = niceLength(maxPx * metersPerPixel);
    const double barPx = length / metersPerPixel;
    const double barH = 1.5 * pxPerMm;
    const QFont font = decorationFont(std::max(8, int(2.8 * pxPerMm)));
    const QFontMetricsF fm(font);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(origin.x() - 1 * pxPerMm, origin.y() - barH - fm.height() - 2 * pxPerMm,
                     barPx + fm.horizontalAdvance(formatDistance(length)) + 3 * pxPerMm, barH + fm.height() + 3 * pxPerMm);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRoundedRect(box, 1 * pxPerMm, 1 * pxPerMm);
    const int segments = 4;
    for (int i = 0; i < segments; ++i) {
        painter.setBrush(i % 2 ? Qt::white : Qt::black);
        painter.setPen(QPen(Qt::black, std::max(1.0, 0.2 * pxPerMm)));
        painter.drawRect(QRectF(origin.x() + i * barPx / segments, origin.y() - barH, barPx / segments, barH));
    }
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double textY = origin.y() - barH - 0.8 * pxPerMm - fm.descent();
    painter.drawText(QPointF(origin.x() - fm.horizontalAdvance(QStringLiteral("0")) / 2, textY), QStringLiteral("0"));
    const QString label = formatDistance(length);
    painter.drawText(QPointF(origin.x() + barPx - fm.horizontalAdvance(label) / 2, textY), label);
    painter.restore();
    return box;
}

void MapDecorations::drawNorthArrow(QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double w = rect.width(), h = rect.height();
    const QPointF top(rect.center().x(), rect.top() + h * 0.28);
    const QPointF left(rect.left() + w * 0.15, rect.bottom() + h * 0.05);
    const QPointF right(rect.right() - w * 0.15, rect.bottom() + h * 0.05);
    const QPointF mid(rect.center().x(), rect.top() + h * 0.75);
    QPainterPath leftHalf, rightHalf;
    leftHalf.moveTo(top); leftHalf.lineTo(left); leftHalf.lineTo(mid); leftHalf.closeSubpath();
    rightHalf.moveTo(top); rightHalf.lineTo(right); rightHalf.lineTo(mid); rightHalf.closeSubpath();
    painter.setPen(QPen(Qt::black, std::max(1.0, w / 30)));
    painter.setBrush(Qt::black);
    painter.drawPath(leftHalf);
    painter.setBrush(Qt::white);
    painter.drawPath(rightHalf);
    painter.setFont(decorationFont(std::max(8, int(h * 0.26)), true));
    painter.drawText(QRectF(rect.left(), rect.top(), w, h * 0.28), Qt::AlignCenter,
                     QCoreApplication::translate("pilar::MapDecorations", "N", "north arrow letter"));
    painter.restore();
}

void MapDecorations::drawDefault(QPainter &painter, const MapSettings &settings)
{
    const double pxPerMm = settings.pixelsPerMm();
    drawScaleBar(painter, settings, QPointF(5 * pxPerMm, settings.outputSize.height() - 5 * pxPerMm));
    const double size = 12 * pxPerMm;
    drawNorthArrow(painter, QRectF(settings.outputSize.width() - size - 4 * pxPerMm, 4 * pxPerMm, size * 0.7, size));
}

}
