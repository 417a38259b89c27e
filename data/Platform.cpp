#include "Platform.h"

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace pilar {

void Platform::prepareHeadless()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifndef Q_OS_WIN
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toUtf8() + "/pilar-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
#endif
}

bool Platform::isTerminal(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

QStringList Platform::gpsDeviceCandidates()
{
#ifdef Q_OS_WIN
    // USB GPS receivers show up as virtual COM ports.
    return {QStringLiteral("\\\\.\\COM3"), QStringLiteral("\\\\.\\COM4"), QStringLiteral("\\\\.\\COM5")};
#else
    return {QStringLiteral("/dev/ttyACM0"), QStringLiteral("/dev/ttyUSB0")};
#endif
}

}
