// pilar-guide-shots: takes the user guide's screenshots from the real application, so they
// never go stale. Run by tools/guide-screenshots.sh (under Xvfb when there is one, else on
// the offscreen platform) for each language:  pilar-guide-shots OUT_DIR
// Every picture is checked before it is written: a blank or one-colour grab fails the run.
#include "CheckoutDialog.h"
#include "ConflictsPanel.h"
#include "CrsSelectionDialog.h"
#include "DashboardDock.h"
#include "DemoProject.h"
#include "FieldActions.h"
#include "FieldChanges.h"
#include "InspectionDialog.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MasterPlanController.h"
#include "MasterPlanStore.h"
#include "PendingChangesPanel.h"
#include "ProgrammeDialog.h"
#include "Project.h"
#include "ProjectSession.h"
#include "RealisationDialog.h"
#include "ReportDialog.h"
#include "SaveConflictDialog.h"
#include "ServerConnectionDialog.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pilar;

namespace {

QString g_out;
int g_failures = 0;

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Saves a grab as a small palette PNG after checking it shows something.
void shot(QWidget *widget, const QString &name)
{
    widget->show();
    wait(150);
    QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    if (image.isNull() || colours.size() < 40) {
        std::fprintf(stderr, "pilar-guide-shots: %s looks blank (%d colours)\n", qPrintable(name), int(colours.size()));
        ++g_failures;
        return;
    }
    image = image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    if (!image.save(g_out + QLatin1Char('/') + name)) {
        std::fprintf(stderr, "pilar-guide-shots: cannot write %s\n", qPrintable(name));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(name));
}

bool open(MainWindow &window, const QString &path)
{
    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    window.openProject(path);
    return changed.wait(30000);
}

void waitForMap(MainWindow &window)
{
    QSignalSpy rendered(window.canvas(), &MapCanvas::renderFinished);
    window.canvas()->refresh();
    rendered.wait(20000);
}

}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: pilar-guide-shots OUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PilarGuide"));
    QCoreApplication::setApplicationName(QStringLiteral("PilarGuide"));
    Translations::install(app, Translations::configuredLanguage());
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("masterplan-kabupaten.gpkg"));
    QString error;
    if (!DemoProject::create(office, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // 1. The welcome screen.
    {
        WelcomeDialog welcome({office});
        welcome.resize(760, 520);
        shot(&welcome, QStringLiteral("welcome.png"));
    }
    MainWindow window;
    window.resize(1400, 880);
    window.show();
    if (!open(window, office)) return 1;
    waitForMap(window);

    // 2. The map with its layers.
    shot(&window, QStringLiteral("main-window.png"));
    // 3. The CRS chooser.
    {
        CrsSelectionDialog crs(&window);
        crs.setCrs(window.session()->project()->crs());
        shot(&crs, QStringLiteral("crs-dialog.png"));
    }
    MasterPlanController *plan = window.masterPlan();
    // 4. A programme's form.
    {
        Programme programme = plan->programmes().value(0);
        for (const Programme &p : plan->programmes())
            if (p.budget > programme.budget) programme = p;
        ProgrammeDialog form(plan, programme, &window);
        shot(&form, QStringLiteral("programme-dialog.png"));
    }
    // 5. Entering a realisation.
    {
        RealisationDialog entry(plan, &window);
        const auto indicators = plan->store().indicators();
        if (!indicators.isEmpty()) entry.setIndicator(indicators.first().uuid);
        entry.setValues(QDate(2023, 9, 30), 42, QStringLiteral("Laporan e-Monev TW III 2023"));
        shot(&entry, QStringLiteral("realisation-dialog.png"));
    }
    // 6. The dashboard.
    if (auto *dashboard = window.findChild<DashboardDock *>()) {
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->widget() == dashboard || static_cast<QWidget *>(dock) == static_cast<QWidget *>(dashboard)) { dock->show(); dock->raise(); }
        wait(300);
        shot(&window, QStringLiteral("dashboard.png"));
    }
    // 7. Reports and the atlas.
    {
        ReportDialog reports(plan, &window);
        shot(&reports, QStringLiteral("report-dialog.png"));
    }
    // 8. Field work: check-out, the package on the laptop, an inspection.
    const QString package = dir.filePath(QStringLiteral("paket-lapangan-kutasari.gpkg"));
    {
        CheckoutDialog checkout(office, plan->store().kecamatanNames(), &window);
        FieldPackage::Options options;
        options.kecamatanCodes = {QStringLiteral("33.03.07")};
        options.officer = QStringLiteral("Rina Lestari");
        options.laptop = QStringLiteral("laptop-lapangan-2");
        options.outPath = package;
        checkout.setOptions(options);
        shot(&checkout, QStringLiteral("checkout-dialog.png"));
        if (!checkout.run().ok) return 1;
    }
    if (!open(window, package)) return 1;
    QString assetUuid;
    for (const Asset &a : plan->assets())
        if (a.geometryWkt.startsWith(QLatin1String("POINT"))) { assetUuid = a.uuid; break; }
    if (auto asset = plan->store().asset(assetUuid)) {
        asset->notes = QStringLiteral("Tiang miring, perlu diperbaiki");
        plan->saveAsset(*asset, &error);
        InspectionDialog inspection(*asset, QStringLiteral("Rina Lestari"), &window);
        inspection.setPickedPosition(109.3212, -7.3398);
        shot(&inspection, QStringLiteral("inspection.png"));
    }
    for (int i = 0; i < 100 && (window.fieldActions()->pending()->isReading() || window.fieldActions()->pending()->pendingCount() < 1); ++i) wait(50);
    window.fieldActions()->pendingDock()->show();
    waitForMap(window);
    shot(&window, QStringLiteral("field-mode.png"));
    const QString changes = dir.filePath(QStringLiteral("rina.pilarchanges"));
    window.fieldActions()->exportChanges(changes);
    // 9. Back at the office: the same note was changed there too.
    {
        MasterPlanStore store;
        store.open(office, &error);
        if (auto asset = store.asset(assetUuid)) {
            asset->notes = QStringLiteral("Sudah diganti oleh vendor");
            store.save(*asset, &error);
        }
    }
    if (!open(window, office)) return 1;
    window.fieldActions()->pendingDock()->hide();
    window.fieldActions()->checkIn(changes);
    waitForMap(window);
    shot(&window, QStringLiteral("conflicts.png"));
    // 10. The office server: connecting, and a save someone else made first.
    {
        ServerConnectionDialog connect(&window);
        connect.setConnection(QStringLiteral("PG:host=server.dinkominfo.local port=5432 dbname=masterplan user=sari"));
        shot(&connect, QStringLiteral("server-connection.png"));
    }
    if (!plan->programmes().isEmpty()) {
        Programme theirs = plan->programmes().first(), mine = theirs;
        theirs.budget += 250000000;
        mine.description = QStringLiteral("Ditambah 10 titik WiFi di balai desa");
        const auto differences = plan->store().differences(theirs, mine);
        SaveConflictDialog conflict(QCoreApplication::translate("pilar::MasterPlanActions", "Programme %1").arg(theirs.code),
                                    QStringLiteral("sari (2023-06-30 10:15)"), differences, &window);
        shot(&conflict, QStringLiteral("save-conflict.png"));
    }
    window.session()->project()->setModified(false);
    return g_failures == 0 ? 0 : 1;
}
