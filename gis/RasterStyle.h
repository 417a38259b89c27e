#pragma once

#include <QJsonObject>
#include <QString>

namespace pilar {

enum class RasterMode { Rgb, Palette, SingleBandRamp };

/// How a raster's bands become colours.
struct RasterStyle
{
    RasterMode mode = RasterMode::SingleBandRamp;
    int band = 1;                              ///< for SingleBandRamp and Palette
    double minimum = 0;
    double maximum = 255;
    QString ramp = QStringLiteral("Terrain");

    QJsonObject toJson() const;
    static RasterStyle fromJson(const QJsonObject &json, const RasterStyle &defaults);
    bool operator==(const RasterStyle &) const = default;
};

}
