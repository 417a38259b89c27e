// The field workflow through the main window on the offscreen platform: check out from the
// office, open the package on the "laptop" (banner, changes to send), inspect assets with a
// GPS position and a click on the map, export the change file, and check it in at the office
// where the conflict waits in the review panel.
#include "CheckoutDialog.h"
#include "ConflictsPanel.h"
#include "CoordinateTransform.h"
#include "DemoProject.h"
#include "FieldActions.h"
#include "FieldChanges.h"
#include "FieldModeBanner.h"
#include "GpsReceiver.h"
#include "InspectionDialog.h"
#include "MainWindow.h"
#include "MasterPlanController.h"
#include "MasterPlanStore.h"
#include "PendingChangesPanel.h"
#include "Project.h"
#include "ProjectSession.h"
#include "SyncConflicts.h"
#include "TestData.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace pilar;

namespace {

QByteArray nmea(const QByteArray &body)
{
    char sum = 0;
    for (char c : body) sum ^= c;
    return '$' + body + '*' + QByteArray::number(uchar(sum), 16).rightJustified(2, '0').toUpper() + "\r\n";
}

}

class TestFieldGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_office, m_package, m_changes, m_assetUuid, m_assetCode;

    FieldActions *field() const { return m_window->fieldActions(); }
    Project *project() const { return m_window->session()->project(); }

    void open(const QString &path)
    {
        QSignalSpy changed(m_window->session(), &ProjectSession::projectChanged);
        m_window->openProject(path);
        QVERIFY(changed.wait(20000));
        QCOMPARE(project()->filePath(), path);
    }

    static void saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PILAR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) w->grab().save(dir + QLatin1Char('/') + name);
    }

    int waitForPending(int atLeast)
    {
        PendingChangesPanel *pending = field()->pending();
        for (int i = 0; i < 100 && (pending->isReading() || pending->pendingCount() < atLeast); ++i) QTest::qWait(50);
        return pending->pendingCount();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PilarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PilarFieldGuiTest"));
        m_office = m_dir.filePath(QStringLiteral("kantor.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(m_office, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void checksOutFromTheOffice()
    {
        open(m_office);
        QVERIFY(!field()->isFieldMode());
        QVERIFY(!field()->banner()->isVisible());
        MasterPlanStore &store = m_window->masterPlan()->store();
        CheckoutDialog dialog(m_office, store.kecamatanNames(), m_window.get());
        FieldPackage::Options options;
        options.kecamatanCodes = {QStringLiteral("33.03.05")};
        options.officer = QStringLiteral("Rina Lestari");
        options.laptop = QStringLiteral("laptop-lapangan-2");
        m_package = m_dir.filePath(QStringLiteral("paket rina.gpkg"));
        options.outPath = m_package;
        dialog.setOptions(options);
        QCOMPARE(dialog.options().kecamatanCodes, options.kecamatanCodes);
        saveScreenshot(&dialog, QStringLiteral("checkout-dialog.png"));
        const FieldPackage::Result result = dialog.run();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFile::exists(m_package));
        // An asset standing alone (no other within ~300 m), so a click beside it means it.
        auto lonLat = [](const Asset &a) {
            const QStringList xy = a.geometryWkt.mid(a.geometryWkt.indexOf(QLatin1Char('(')) + 1).chopped(1).split(QLatin1Char(' '));
            return QPointF(xy.value(0).toDouble(), xy.value(1).toDouble());
        };
        const auto assets = m_window->masterPlan()->assets();
        for (const Asset &a : assets) {
            if (a.kecamatanCode != QLatin1String("33.03.05") || !a.geometryWkt.startsWith(QLatin1String("POINT"))) continue;
            const bool alone = std::none_of(assets.begin(), assets.end(), [&](const Asset &b) {
                if (b.uuid == a.uuid || !b.geometryWkt.startsWith(QLatin1String("POINT"))) return false;
                const QPointF d = lonLat(a) - lonLat(b);
                return std::hypot(d.x(), d.y()) < 0.003;
            });
            if (alone) { m_assetUuid = a.uuid; m_assetCode = a.code; break; }
        }
        QVERIFY(!m_assetUuid.isEmpty());
    }

    void fieldModeShowsWhatWillGoBack()
    {
        open(m_package);
        QVERIFY(field()->isFieldMode());
        QVERIFY(field()->banner()->isVisible());
        QVERIFY2(field()->banner()->text().contains(QStringLiteral("Rina Lestari")), qPrintable(field()->banner()->text()));
        QVERIFY(field()->banner()->text().contains(QStringLiteral("laptop-lapangan-2")));
        QCOMPARE(waitForPending(0), 0);
        // An edit in the field appears in the list of changes to send.
        auto asset = m_window->masterPlan()->store().asset(m_assetUuid);
        asset->notes = QStringLiteral("Catatan dari lapangan");
        QString error;
        QVERIFY2(m_window->masterPlan()->saveAsset(*asset, &error), qPrintable(error));
        QCOMPARE(waitForPending(1), 1);
        QTreeWidget *list = field()->pending()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("asset changed"));
        QCOMPARE(list->topLevelItem(0)->text(1), m_assetCode);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("notes"));
        QVERIFY(field()->banner()->text().contains(QStringLiteral("1 change")));
        field()->pendingDock()->show();
        QTest::qWait(100);
        saveScreenshot(m_window.get(), QStringLiteral("field-mode.png"));
    }

    void inspectsWithAGpsPosition()
    {
        // A GPS receiver replayed from its NMEA log: the officer stands near Kutasari's office.
        QByteArray log;
        for (int s = 0; s < 5; ++s)
            log += nmea(QByteArray("GPRMC,0300") + QByteArray::number(10 + s) + ".00,A,0720.1234,S,10918.5678,E,0.0,0.0,141123,,,A");
        const QString logPath = m_dir.filePath(QStringLiteral("gps.nmea"));
        QVERIFY(test::TestData::writeText(logPath, log));
        qputenv("PILAR_NMEA_SOURCE", logPath.toUtf8());
        const auto asset = m_window->masterPlan()->store().asset(m_assetUuid);
        InspectionDialog dialog(*asset, QStringLiteral("Rina Lestari"));
        QSignalSpy position(dialog.gps(), &GpsReceiver::positionReceived);
        const auto buttons = dialog.findChildren<QPushButton *>();
        const auto gpsButton = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QLatin1String("From GPS"); });
        QVERIFY(gpsButton != buttons.end());
        QTest::mouseClick(*gpsButton, Qt::LeftButton);
        QVERIFY2(position.count() > 0 || position.wait(10000), qPrintable(dialog.positionLabel()->text()));
        qunsetenv("PILAR_NMEA_SOURCE");
        const Inspection inspection = dialog.inspection();
        QCOMPARE(inspection.positionSource, QStringLiteral("gps"));
        QVERIFY(qAbs(inspection.latitude - (-(7 + 20.1234 / 60))) < 1e-6);
        QVERIFY(qAbs(inspection.longitude - (109 + 18.5678 / 60)) < 1e-6);
        QVERIFY(dialog.positionLabel()->text().contains(QStringLiteral("GPS")));
        saveScreenshot(&dialog, QStringLiteral("inspection.png"));
        Inspection saved = inspection;
        saved.condition = QStringLiteral("rusak_berat");
        saved.photos << InspectionPhoto{QString(), QStringLiteral("tiang.jpg"), 0, QByteArray(2048, 'x')};
        QString error;
        QVERIFY2(m_window->masterPlan()->store().saveInspection(saved, &error), qPrintable(error));
        QCOMPARE(m_window->masterPlan()->store().asset(m_assetUuid)->condition, QStringLiteral("rusak_berat"));
    }

    void inspectsByClickingOnTheMap()
    {
        // Zoom to the asset, choose Inspect Asset on the Map, click beside it: the form opens with that place.
        const auto asset = m_window->masterPlan()->store().asset(m_assetUuid);
        const QString wkt = asset->geometryWkt;
        const QStringList xy = wkt.mid(wkt.indexOf(QLatin1Char('(')) + 1).chopped(1).split(QLatin1Char(' '));
        double x = xy[0].toDouble(), y = xy[1].toDouble();
        CoordinateTransform(Crs::fromEpsg(4326), project()->crs()).transformPoint(x, y);
        m_window->canvas()->setExtent(Extent(x - 500, y - 500, x + 500, y + 500));
        const QPoint pixel = m_window->canvas()->mapSettings().mapToPixel().toPixel(x, y).toPoint() + QPoint(6, 4);
        bool formOpened = false;
        QTimer::singleShot(300, this, [&] {
            if (auto *d = qobject_cast<InspectionDialog *>(QApplication::activeModalWidget())) {
                formOpened = d->inspection().positionSource == QLatin1String("map") && d->inspection().assetUuid == m_assetUuid;
                d->accept();
            }
        });
        field()->inspectAssetOnMap();
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, pixel);
        QVERIFY(formOpened);
        const QVector<Inspection> inspections = m_window->masterPlan()->store().inspections(m_assetUuid);
        QCOMPARE(inspections.size(), 2);
        const auto byMap = std::find_if(inspections.begin(), inspections.end(), [](const Inspection &i) { return i.positionSource == QLatin1String("map"); });
        QVERIFY(byMap != inspections.end());
        QVERIFY(qAbs(byMap->longitude - 109) < 1);
    }

    void exportsTheChangeFile()
    {
        QVERIFY(waitForPending(4) >= 4);   // the note, two inspections, a photo, the condition
        m_changes = m_dir.filePath(QStringLiteral("rina.pilarchanges"));
        field()->exportChanges(m_changes);
        QString error;
        const auto changes = FieldChanges::readFile(m_changes, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->origin().officer, QStringLiteral("Rina Lestari"));
        QVERIFY(changes->pending().size() >= 4);
    }

    void checksInAtTheOfficeAndReviewsTheConflict()
    {
        // Meanwhile the office changed the same asset's note.
        {
            MasterPlanStore office;
            QString error;
            QVERIFY(office.open(m_office, &error));
            auto asset = office.asset(m_assetUuid);
            asset->notes = QStringLiteral("Catatan dari kantor");
            QVERIFY(office.save(*asset, &error));
        }
        open(m_office);
        QVERIFY(!field()->isFieldMode());
        QVERIFY(!field()->banner()->isVisible());
        field()->checkIn(m_changes);
        QVERIFY(field()->conflictsDock()->isVisible());
        ConflictsPanel *panel = field()->conflicts();
        QCOMPARE(panel->openCount(), 1);
        QTreeWidget *list = panel->list();
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("notes"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Catatan dari kantor"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Catatan dari lapangan"));
        QVERIFY(list->topLevelItem(0)->text(5).contains(QStringLiteral("Rina Lestari")));
        // The rest merged: the condition found and both inspections with the photo.
        MasterPlanController *plan = m_window->masterPlan();
        QCOMPARE(plan->store().asset(m_assetUuid)->condition, QStringLiteral("rusak_berat"));
        QCOMPARE(plan->store().inspections(m_assetUuid).size(), 2);
        saveScreenshot(m_window.get(), QStringLiteral("conflicts.png"));
        // Show on Map moves the view to the asset; taking the field's value resolves it.
        const Extent before = m_window->canvas()->extent();
        const auto buttons = panel->findChildren<QPushButton *>();
        const auto locate = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QLatin1String("Show on Map"); });
        QVERIFY((*locate)->isEnabled());
        QTest::mouseClick(*locate, Qt::LeftButton);
        QVERIFY(m_window->canvas()->extent().width() < before.width());
        QVERIFY(panel->resolveSelected(int(SyncConflicts::Take::Field)));
        QCOMPARE(panel->openCount(), 0);
        QCOMPARE(plan->store().asset(m_assetUuid)->notes, QStringLiteral("Catatan dari lapangan"));

        // The package goes back to the field with the office's merged plan.
        field()->refreshPackage(m_package);
        QString error;
        const auto fresh = FieldChanges::fromPackage(m_package, &error);
        QVERIFY2(fresh && fresh->isEmpty(), qPrintable(error));
        MasterPlanStore package;
        QVERIFY(package.open(m_package, &error));
        QCOMPARE(package.asset(m_assetUuid)->notes, QStringLiteral("Catatan dari lapangan"));
    }

    void cleanupTestCase()
    {
        if (project()) project()->setModified(false);
        m_window.reset();
    }
};

QTEST_MAIN(TestFieldGui)
#include "tst_fieldgui.moc"
