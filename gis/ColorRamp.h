#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pilar {

/// Named colour ramps (ColorBrewer-like stops) for graduated styles and single-band
/// rasters, plus a qualitative palette for categories.
class ColorRamp
{
public:
    static QStringList names();
    /// Colour at t in [0, 1] along the named ramp; unknown names use "Viridis".
    static QColor color(const QString &name, double t);
    /// n distinct colours for categories, pleasant on a light map.
    static QVector<QColor> qualitative(int n);
};

}
