#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

/// Coordinates as people read them: decimal degrees, degrees-minutes-seconds with the
/// hemisphere, and projected metres, all in the current locale.
class CoordinateFormat
{
    Q_DECLARE_TR_FUNCTIONS(pilar::CoordinateFormat)

public:
    /// "7°23′18,96″ S  109°21′48,24″ E" (hemisphere letters translated: S/U/T/B in Indonesian).
    static QString dms(double lon, double lat);
    /// "-7,388600, 109,363400" — latitude first, as GPS receivers and maps show it.
    /// A graticule label in degrees and minutes: "109°20′ E", "7°25′ S" (translated hemispheres).
    static QString degreesMinutes(double value, bool latitude);
    static QString decimalDegrees(double lon, double lat, int decimals = 6);
    /// "319.365,61  9.182.960,56" for metres, or decimal degrees for geographic CRSs.
    static QString mapCoordinates(double x, double y, bool geographic);
};

}
