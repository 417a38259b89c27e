#pragma once

#include <QMetaType>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace pilar {

/// An axis-aligned rectangle in map units, y pointing up (unlike QRectF's screen convention).
/// A default-constructed Extent is empty and grows with include().
struct Extent
{
    double xMin = std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity();
    double xMax = -std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();

    Extent() = default;
    Extent(double x0, double y0, double x1, double y1)
        : xMin(std::min(x0, x1)), yMin(std::min(y0, y1)), xMax(std::max(x0, x1)), yMax(std::max(y0, y1)) {}

    bool isValid() const { return xMin <= xMax && yMin <= yMax; }
    bool isEmptyArea() const { return !isValid() || width() <= 0 || height() <= 0; }
    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    double centerX() const { return (xMin + xMax) / 2; }
    double centerY() const { return (yMin + yMax) / 2; }

    void include(double x, double y)
    {
        xMin = std::min(xMin, x); yMin = std::min(yMin, y);
        xMax = std::max(xMax, x); yMax = std::max(yMax, y);
    }
    void include(const Extent &o)
    {
        if (!o.isValid()) return;
        include(o.xMin, o.yMin); include(o.xMax, o.yMax);
    }
    bool intersects(const Extent &o) const
    {
        return xMin <= o.xMax && o.xMin <= xMax && yMin <= o.yMax && o.yMin <= yMax;
    }
    bool contains(double x, double y) const { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }
    bool contains(const Extent &o) const
    {
        return isValid() && o.isValid() && o.xMin >= xMin && o.xMax <= xMax && o.yMin >= yMin && o.yMax <= yMax;
    }

    /// Grown by a fraction of its size on every side (0.05 = 5 %); a point grows to a small box.
    Extent buffered(double fraction) const
    {
        double dx = width() * fraction, dy = height() * fraction;
        if (dx <= 0) dx = std::max(1e-6, std::abs(xMin) * 1e-4);
        if (dy <= 0) dy = std::max(1e-6, std::abs(yMin) * 1e-4);
        return {xMin - dx, yMin - dy, xMax + dx, yMax + dy};
    }
    Extent scaled(double factor, double cx, double cy) const
    {
        return {cx + (xMin - cx) * factor, cy + (yMin - cy) * factor,
                cx + (xMax - cx) * factor, cy + (yMax - cy) * factor};
    }
    bool operator==(const Extent &o) const = default;

    QString toString(int precision = 6) const
    {
        return QStringLiteral("%1,%2,%3,%4").arg(xMin, 0, 'f', precision).arg(yMin, 0, 'f', precision)
            .arg(xMax, 0, 'f', precision).arg(yMax, 0, 'f', precision);
    }
    /// Parses "xmin,ymin,xmax,ymax"; returns an invalid Extent on bad input.
    static Extent fromString(const QString &text)
    {
        const auto parts = text.split(QLatin1Char(','));
        if (parts.size() != 4) return {};
        double v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = parts[i].trimmed().toDouble(&ok);
            if (!ok) return {};
        }
        if (v[0] >= v[2] || v[1] >= v[3]) return {};
        return {v[0], v[1], v[2], v[3]};
    }
};

}

Q_DECLARE_METATYPE(pilar::Extent)
