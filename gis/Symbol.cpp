#include "Symbol.h"

#include <algorithm>

namespace pilar {

QJsonObject Symbol::toJson() const
{
    return {{QStringLiteral("fill"), fillColor.name(QColor::HexArgb)},
            {QStringLiteral("stroke"), strokeColor.name(QColor::HexArgb)},
            {QStringLiteral("strokeWidthMm"), strokeWidthMm},
            {QStringLiteral("marker"), int(markerShape)},
            {QStringLiteral("markerSizeMm"), markerSizeMm}};
}

Symbol Symbol::fromJson(const QJsonObject &json)
{
    Symbol s;
    if (json.contains(QStringLiteral("fill"))) s.fillColor = QColor(json.value(QStringLiteral("fill")).toString());
    if (json.contains(QStringLiteral("stroke"))) s.strokeColor = QColor(json.value(QStringLiteral("stroke")).toString());
    // A hand-edited or damaged project may hold any number: keep it to sizes a map can draw.
    s.strokeWidthMm = std::clamp(json.value(QStringLiteral("strokeWidthMm")).toDouble(s.strokeWidthMm), 0.0, MaxWidthMm);
    const int marker = json.value(QStringLiteral("marker")).toInt(0);
    s.markerShape = (marker >= 0 && marker <= int(MarkerShape::Star)) ? MarkerShape(marker) : MarkerShape::Circle;
    s.markerSizeMm = std::clamp(json.value(QStringLiteral("markerSizeMm")).toDouble(s.markerSizeMm), 0.0, MaxWidthMm);
    return s;
}

}
