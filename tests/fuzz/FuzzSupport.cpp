#include "FuzzSupport.h"

#include "GdalSupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace pilar::fuzz {

namespace {
QTemporaryDir *g_scratch = nullptr;

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}
}

void start(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QTemporaryDir runtime;
        runtime.setAutoRemove(false);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    static QGuiApplication app(*argc, *argv);
    qInstallMessageHandler(quiet);
    gdal::ensureInitialized();
    g_scratch = new QTemporaryDir;
}

QString scratchPath(const QString &name)
{
    return g_scratch->filePath(name);
}

QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = scratchPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

}
