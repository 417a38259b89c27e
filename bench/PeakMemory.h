#pragma once

#include <QByteArray>
#include <QFile>

namespace pilar::bench {

/// The process's peak resident memory since start or the last resetPeak(), in MiB (Linux).
inline long peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

/// Starts a new peak measurement (writing 5 to clear_refs resets VmHWM).
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly)) f.write("5");
}

}
