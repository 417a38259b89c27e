#include "ColorRamp.h"

#include <algorithm>
#include <cmath>

namespace pilar {

namespace {
struct Ramp { const char *name; QVector<QColor> stops; };

const QVector<Ramp> &ramps()
{
    static const QVector<Ramp> all = {
        {"Viridis", {QColor(68, 1, 84), QColor(59, 82, 139), QColor(33, 145, 140), QColor(94, 201, 98), QColor(253, 231, 37)}},
        {"YlOrRd", {QColor(255, 255, 178), QColor(254, 204, 92), QColor(253, 141, 60), QColor(240, 59, 32), QColor(189, 0, 38)}},
        {"Blues", {QColor(239, 243, 255), QColor(189, 215, 231), QColor(107, 174, 214), QColor(49, 130, 189), QColor(8, 81, 156)}},
        {"Greens", {QColor(237, 248, 233), QColor(186, 228, 179), QColor(116, 196, 118), QColor(49, 163, 84), QColor(0, 109, 44)}},
        {"RdYlGn", {QColor(215, 25, 28), QColor(253, 174, 97), QColor(255, 255, 191), QColor(166, 217, 106), QColor(26, 150, 65)}},
        {"Terrain", {QColor(0, 97, 71), QColor(86, 171, 83), QColor(231, 218, 140), QColor(167, 118, 76), QColor(255, 255, 255)}},
        {"Greys", {QColor(0, 0, 0), QColor(255, 255, 255)}},
    };
    return all;
}
}

QStringList ColorRamp::names()
{
    QStringList out;
    for (const auto &r : ramps()) out << QString::fromLatin1(r.name);
    return out;
}

QColor ColorRamp::color(const QString &name, double t)
{
    const Ramp *ramp = &ramps().front();
    for (const auto &r : ramps())
        if (name == QLatin1String(r.name)) ramp = &r;
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const int n = ramp->stops.size() - 1;
    const double pos = t * n;
    const int i = std::min(int(pos), n - 1);
    const double f = pos - i;
    const QColor a = ramp->stops[i], b = ramp->stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QVector<QColor> ColorRamp::qualitative(int n)
{
    static const QVector<QColor> base = {
        QColor(141, 211, 199), QColor(255, 255, 179), QColor(190, 186, 218), QColor(251, 128, 114),
        QColor(128, 177, 211), QColor(253, 180, 98),  QColor(179, 222, 105), QColor(252, 205, 229),
        QColor(217, 217, 217), QColor(188, 128, 189), QColor(204, 235, 197), QColor(255, 237, 111)};
    QVector<QColor> out;
    for (int i = 0; i < n; ++i) {
        QColor c = base[i % base.size()];
        if (i >= base.size()) // beyond the base palette, rotate the hue to stay distinct
            c = QColor::fromHsv((c.hue() + 37 * (i / base.size())) % 360, c.saturation(), c.value());
        out << c;
    }
    return out;
}

}
