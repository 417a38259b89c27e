#pragma once

#include <QColor>
#include <QJsonObject>
#include <QString>

namespace pilar {

/// Labels of a vector layer: text from a field, drawn with a halo so they read on any map.
struct LabelSettings
{
    static constexpr double MinSizePt = 1.0, MaxSizePt = 200.0, MaxHaloWidthMm = 10.0;

    bool enabled = false;
    QString field;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontSizePt = 8.0;
    bool bold = false;
    QColor color = QColor(30, 30, 30);
    bool halo = true;
    QColor haloColor = QColor(255, 255, 255, 220);
    double haloWidthMm = 0.6;

    QJsonObject toJson() const;
    static LabelSettings fromJson(const QJsonObject &json);
    bool operator==(const LabelSettings &) const = default;
};

}
