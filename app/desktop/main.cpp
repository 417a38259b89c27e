#include "DemoProject.h"
#include "MainWindow.h"
#include "ProjectFile.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationName(QStringLiteral("Pilar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILAR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pilar/icons/pilar.svg")));
    pilar::Translations::install(app, pilar::Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Pilar — smart-city planning GIS for Kabupaten Purbalingga"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("main", "Open the embedded Purbalingga demo project.")});
    parser.addPositionalArgument(QStringLiteral("FILES"), QCoreApplication::translate("main", "A project to open, or map data to add."),
                                 QStringLiteral("[FILES...]"));
    parser.process(app);

    pilar::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("lastProject")).toString();
    if (parser.isSet(QStringLiteral("demo"))) {
        window.openDemoProject();
    } else if (files.size() == 1 && pilar::ProjectFile::isProjectFile(files.first())) {
        window.openProject(files.first());
    } else if (!files.isEmpty()) {
        window.addLayers(files);
    } else if (!last.isEmpty() && QFileInfo(last) == QFileInfo(pilar::DemoProject::defaultPath())) {
        window.openDemoProject(); // through the demo's own check, which renews a demo from an older Pilar
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openProject(last);
    } else {
        window.openDemoProject(); // the first start shows the regency
    }
    return app.exec();
}
