#include "CliApplication.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Headless: drawing labels needs fonts, and the report charts QCustomPlot (a QApplication), never a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Qt warns on every start without one; a private folder of our own keeps stderr for real messages.
        const QByteArray dir = QDir::tempPath().toUtf8() + "/pilar-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILAR_VERSION));
    pilar::Translations::install(app, pilar::Translations::configuredLanguage());
    return pilar::CliApplication().run(QCoreApplication::arguments());
}
