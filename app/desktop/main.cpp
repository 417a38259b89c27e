#include "DemoProject.h"
#include "MapCanvas.h"
#include "Project.h"
#include "MainWindow.h"
#include "ProjectFile.h"
#include "Translations.h"
#include "FieldActions.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    parser.addOption({QStringLiteral("welcome"), QCoreApplication::translate("main", "Show the welcome screen.")});
    parser.addPositionalArgument(QStringLiteral("FILES"), QCoreApplication::translate("main", "A project to open, or map data to add."),
                                 QStringLiteral("[FILES...]"));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("lastProject")).toString();
    // The welcome screen comes first (its language choice applies to the window built after it):
    // on the very first start, on request, or while the planner keeps it.
    const bool welcome = parser.isSet(QStringLiteral("welcome"))
                         || (files.isEmpty() && !parser.isSet(QStringLiteral("demo")) && (last.isEmpty() || pilar::WelcomeDialog::showAtStart()));
    int choice = -1;
    QString chosenPath;
    if (welcome) {
        pilar::WelcomeDialog dialog(pilar::MainWindow::recentProjects());
        dialog.exec();
        choice = int(dialog.choice());
        chosenPath = dialog.path();
    }
    pilar::MainWindow window;
    window.show();
    if (qEnvironmentVariableIsSet("PILAR_EXIT_AFTER_FIRST_FRAME")) {
        // Start-up benchmark (bench/map.sh): the time to the first drawn map, then quit.
        QObject::connect(window.canvas(), &pilar::MapCanvas::renderFinished, &app, [&sinceStart, &window] {
            const pilar::Project *project = window.canvas()->project();
            if (!project || project->layers().empty()) return; // the empty window before the project opens
            fprintf(stdout, "{\"first_frame_ms\":%lld}\n", sinceStart.elapsed());
            fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    if (window.offerRecovery()) {
        // The changes a crash left behind are being restored; nothing else opens.
    } else if (welcome) {
        window.applyWelcomeChoice(choice, chosenPath);
    } else if (parser.isSet(QStringLiteral("demo"))) {
        window.openDemoProject();
    } else if (files.size() == 1 && files.first().endsWith(QLatin1String(".pilarchanges"))) {
        // A field change file double-clicked: check it in to the office project last open.
        if (!last.isEmpty() && QFileInfo::exists(last)) window.openProject(last);
        window.fieldActions()->offerCheckIn(files.first());
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
