#pragma once

#include <QColor>
#include <QJsonObject>

namespace pilar {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Cross, Star };

/// How one class of features is drawn. Sizes are in millimetres so a symbol looks
/// the same on screen, in a PNG and on paper.
struct Symbol
{
    static constexpr double MaxWidthMm = 100.0;

    QColor fillColor = QColor(166, 206, 227);
    QColor strokeColor = QColor(31, 95, 139);
    double strokeWidthMm = 0.26;
    MarkerShape markerShape = MarkerShape::Circle;
    double markerSizeMm = 2.5;

    QJsonObject toJson() const;
    static Symbol fromJson(const QJsonObject &json);
    bool operator==(const Symbol &) const = default;
};

}
