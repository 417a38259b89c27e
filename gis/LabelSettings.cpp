#include "LabelSettings.h"

#include <algorithm>

namespace pilar {

QJsonObject LabelSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("field"), field},
            {QStringLiteral("font"), fontFamily},
            {QStringLiteral("sizePt"), fontSizePt},
            {QStringLiteral("bold"), bold},
            {QStringLiteral("color"), color.name(QColor::HexArgb)},
            {QStringLiteral("halo"), halo},
            {QStringLiteral("haloColor"), haloColor.name(QColor::HexArgb)},
            {QStringLiteral("haloWidthMm"), haloWidthMm}};
}

LabelSettings LabelSettings::fromJson(const QJsonObject &json)
{
    LabelSettings l;
    l.enabled = json.value(QStringLiteral("enabled")).toBool(false);
    l.field = json.value(QStringLiteral("field")).toString();
    l.fontFamily = json.value(QStringLiteral("font")).toString(l.fontFamily);
    // A hand-edited or damaged project may hold any number: keep it to sizes a map can draw.
    l.fontSizePt = std::clamp(json.value(QStringLiteral("sizePt")).toDouble(l.fontSizePt), MinSizePt, MaxSizePt);
    l.bold = json.value(QStringLiteral("bold")).toBool(false);
    if (json.contains(QStringLiteral("color"))) l.color = QColor(json.value(QStringLiteral("color")).toString());
    l.halo = json.value(QStringLiteral("halo")).toBool(true);
    if (json.contains(QStringLiteral("haloColor"))) l.haloColor = QColor(json.value(QStringLiteral("haloColor")).toString());
    l.haloWidthMm = std::clamp(json.value(QStringLiteral("haloWidthMm")).toDouble(l.haloWidthMm), 0.0, MaxHaloWidthMm);
    return l;
}

}
