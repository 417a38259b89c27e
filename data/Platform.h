#pragma once

#include <QStringList>

#include <cstdio>

namespace pilar {

/// The one place for calls that differ between operating systems (Linux and Windows).
/// Everything else in Pilar goes through Qt, GDAL, PROJ and SQLite, which are portable.
class Platform
{
public:
    /// True when `stream` is a terminal a person reads (progress lines are for people, not scripts).
    static bool isTerminal(std::FILE *stream);
    /// Where a GPS receiver's serial device usually appears when plugged in.
    static QStringList gpsDeviceCandidates();
    /// For a program without a window (pilar-cli): Qt's offscreen platform, and on Linux a
    /// private runtime folder when the session has none (Qt warns on every start without one).
    static void prepareHeadless();
};

}
