#include "RasterStyle.h"

namespace pilar {

QJsonObject RasterStyle::toJson() const
{
    static const char *modes[] = {"rgb", "palette", "ramp"};
    return {{QStringLiteral("mode"), QLatin1String(modes[int(mode)])},
            {QStringLiteral("band"), band},
            {QStringLiteral("min"), minimum},
            {QStringLiteral("max"), maximum},
            {QStringLiteral("ramp"), ramp}};
}

RasterStyle RasterStyle::fromJson(const QJsonObject &json, const RasterStyle &defaults)
{
    RasterStyle s = defaults;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("rgb")) s.mode = RasterMode::Rgb;
    else if (mode == QLatin1String("palette")) s.mode = RasterMode::Palette;
    else if (mode == QLatin1String("ramp")) s.mode = RasterMode::SingleBandRamp;
    s.band = json.value(QStringLiteral("band")).toInt(s.band);
    s.minimum = json.value(QStringLiteral("min")).toDouble(s.minimum);
    s.maximum = json.value(QStringLiteral("max")).toDouble(s.maximum);
    s.ramp = json.value(QStringLiteral("ramp")).toString(s.ramp);
    return s;
}

}
