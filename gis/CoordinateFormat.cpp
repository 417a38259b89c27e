#include "CoordinateFormat.h"

#include <QLocale>

#include <cmath>

namespace pilar {

namespace {
QString dmsPart(double value, const QString &positive, const QString &negative)
{
    const QLocale locale;
    const double a = std::abs(value);
    int degrees = int(a);
    int minutes = int((a - degrees) * 60);
    double seconds = ((a - degrees) * 60 - minutes) * 60;
    if (seconds >= 59.995) { seconds = 0; ++minutes; }
    if (minutes >= 60) { minutes = 0; ++degrees; }
    return QStringLiteral("%1°%2′%3″ %4").arg(degrees).arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(locale.toString(seconds, 'f', 2).rightJustified(5, QLatin1Char('0')), value < 0 ? negative : positive);
}
}

QString CoordinateFormat::dms(double lon, double lat)
{
    return dmsPart(lat, tr("N", "north"), tr("S", "south")) + QStringLiteral("  ") + dmsPart(lon, tr("E", "east"), tr("W", "west"));
}

QString CoordinateFormat::degreesMinutes(double value, bool latitude)
{
    const double a = std::abs(value);
    int degrees = int(a);
    int minutes = int(std::lround((a - degrees) * 60));
    if (minutes == 60) { minutes = 0; ++degrees; }
    const QString hemisphere = latitude ? (value < 0 ? tr("S", "south") : tr("N", "north")) : (value < 0 ? tr("W", "west") : tr("E", "east"));
    return QStringLiteral("%1°%2′ %3").arg(degrees).arg(minutes, 2, 10, QLatin1Char('0')).arg(hemisphere);
}

QString CoordinateFormat::decimalDegrees(double lon, double lat, int decimals)
{
    const QLocale locale;
    return locale.toString(lat, 'f', decimals) + QStringLiteral("; ") + locale.toString(lon, 'f', decimals);
}

QString CoordinateFormat::mapCoordinates(double x, double y, bool geographic)
{
    const QLocale locale;
    if (geographic)
        return locale.toString(x, 'f', 6) + QStringLiteral("; ") + locale.toString(y, 'f', 6);
    return locale.toString(x, 'f', 2) + QStringLiteral("; ") + locale.toString(y, 'f', 2);
}

}
