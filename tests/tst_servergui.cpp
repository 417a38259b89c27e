// Two desktops on one server project, as planners use them: two main windows open the same
// PostgreSQL project (published from the demo); an edit in one appears in the other without a
// reload, a stale edit in the second is refused with both versions shown, undo keeps working
// on the server, and a field laptop checks out and in while both windows are open.
#include "CheckoutDialog.h"
#include "ConflictsPanel.h"
#include "DemoProject.h"
#include "FieldActions.h"
#include "FieldPackage.h"
#include "MainWindow.h"
#include "MasterPlanController.h"
#include "MessageBar.h"
#include "PostgresTestServer.h"
#include "Project.h"
#include "ProjectSession.h"
#include "MasterPlanActions.h"
#include "PasswordKeyring.h"
#include "SaveConflictDialog.h"
#include "PostgresDatabase.h"
#include "ServerConnectionDialog.h"
#include "ServerTransfer.h"
#include "SyncConflicts.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pilar;

class TestServerGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    pilar::test::PostgresTestServer m_server;
    QString m_connection;
    std::unique_ptr<MainWindow> m_first, m_second;

    static void open(MainWindow &window, const QString &path)
    {
        QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
        window.openProject(path);
        QVERIFY(changed.wait(30000));
        QVERIFY(window.session()->project());
        QCOMPARE(window.session()->project()->filePath(), path);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PilarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PilarServerGuiTest"));
        QString why;
        if (!m_server.start(&why)) QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + why));
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY2(DemoProject::create(demo, &why), qPrintable(why));
        m_connection = m_server.createDatabase(QStringLiteral("kantor"), &why);
        QVERIFY2(!m_connection.isEmpty(), qPrintable(why));
        const auto pushed = ServerTransfer::push(demo, m_connection);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        m_first = std::make_unique<MainWindow>();
        m_second = std::make_unique<MainWindow>();
        m_first->show();
        m_second->show();
    }

    void connectionDialogBuildsTheConnection()
    {
        ServerConnectionDialog dialog;
        dialog.setConnection(QStringLiteral("PG:host=server.kominfo port=5433 dbname='master plan' user=sari"));
        const auto fields = dialog.findChildren<QLineEdit *>();
        QLineEdit *password = nullptr;
        for (QLineEdit *f : fields) if (f->echoMode() == QLineEdit::Password) password = f;
        QVERIFY(password);
        password->setText(QStringLiteral("ra hasia'"));
        QCOMPARE(dialog.connection(), QStringLiteral("PG:host=server.kominfo port=5433 dbname='master plan' user=sari password='ra hasia\\''"));
    }

    void bothWindowsOpenTheServerProject()
    {
        open(*m_first, m_connection);
        open(*m_second, m_connection);
        QVERIFY(m_first->masterPlan()->isAvailable());
        QVERIFY(m_first->masterPlan()->store().isServer());
        QVERIFY(m_first->windowTitle().contains(QLatin1String("dbname=kantor")));
        QVERIFY(!m_first->windowTitle().contains(QLatin1String("password")));
        QCOMPARE(m_first->session()->project()->layers().size(), m_second->session()->project()->layers().size());
        QVERIFY(m_first->session()->project()->layers().size() >= 5);
        QVERIFY(!m_first->masterPlan()->programmes().isEmpty());
    }

    void anEditAppearsInTheOtherWindow()
    {
        MasterPlanController *first = m_first->masterPlan(), *second = m_second->masterPlan();
        QSignalSpy othersChanged(second, &MasterPlanController::othersChanged);
        QSignalSpy ownChanged(first, &MasterPlanController::othersChanged);
        Programme p = first->programmes().first();
        p.name = QStringLiteral("Ruang rapat digital bersama");
        QString error;
        QVERIFY2(first->saveProgramme(p, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(othersChanged.count() >= 1, 10000);
        const auto seen = std::find_if(second->programmes().begin(), second->programmes().end(), [&](const Programme &x) { return x.uuid == p.uuid; });
        QVERIFY(seen != second->programmes().end());
        QCOMPARE(seen->name, p.name);
        QCOMPARE(ownChanged.count(), 0);   // a window is not told of its own edits
    }

    void aStaleEditIsRefusedWithBothVersions()
    {
        MasterPlanController *first = m_first->masterPlan(), *second = m_second->masterPlan();
        Programme stale = second->programmes().first();
        // The first planner saves; before the second window hears of it, the second saves too.
        Programme theirs = first->programmes().first();
        QCOMPARE(theirs.uuid, stale.uuid);
        theirs.budget += 1000000;
        QString error;
        QVERIFY2(first->saveProgramme(theirs, &error), qPrintable(error));
        stale.description = QStringLiteral("Dari jendela kedua");
        QSignalSpy conflicts(second, &MasterPlanController::saveConflicted);
        second->saveProgramme(stale, &error);
        QTRY_VERIFY_WITH_TIMEOUT(!conflicts.isEmpty(), 5000);
        // The second planner sees both versions side by side, field by field.
        SaveConflictDialog *dialog = m_second->masterPlanActions()->saveConflictDialog();
        QVERIFY(dialog && dialog->isVisible());
        QStringList rows;
        for (int i = 0; i < dialog->table()->rowCount(); ++i)
            rows << QStringLiteral("%1|%2|%3").arg(dialog->table()->item(i, 0)->text(), dialog->table()->item(i, 1)->text(),
                                                   dialog->table()->item(i, 2)->text());
        QVERIFY2(rows.contains(QStringLiteral("Budget|%1|%2").arg(theirs.budget).arg(stale.budget)), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.contains(QStringLiteral("Description|%1|Dari jendela kedua").arg(theirs.description)), qPrintable(rows.join(QLatin1Char('\n'))));
        dialog->grab().save(m_dir.filePath(QStringLiteral("save-conflict.png")));
        if (qEnvironmentVariableIsSet("PILAR_SCREENSHOTS")) dialog->grab().save(qEnvironmentVariable("PILAR_SCREENSHOTS") + QStringLiteral("/save-conflict.png"));
        // Keeping theirs writes nothing: the first planner's budget stands.
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(second->programmes().first().budget == theirs.budget, 10000);
        QCOMPARE(second->store().programme(stale.uuid)->description, theirs.description);

        // Once more, and this time the second planner saves hers over theirs: nothing of hers is lost either.
        Programme mine = second->store().programme(stale.uuid).value();
        theirs = *first->store().programme(stale.uuid);
        theirs.name = QStringLiteral("Nama dari jendela pertama");
        QVERIFY2(first->saveProgramme(theirs, &error), qPrintable(error));
        mine.description = QStringLiteral("Punya saya");
        conflicts.clear();
        second->saveProgramme(mine, &error);
        QTRY_VERIFY_WITH_TIMEOUT(!conflicts.isEmpty(), 5000);
        dialog = m_second->masterPlanActions()->saveConflictDialog();
        QVERIFY(dialog);
        dialog->accept();
        QCOMPARE(second->store().programme(stale.uuid)->description, QStringLiteral("Punya saya"));
        QTRY_COMPARE_WITH_TIMEOUT(first->store().programme(stale.uuid)->description, QStringLiteral("Punya saya"), 10000);
    }

    void undoWorksOnTheServer()
    {
        MasterPlanController *first = m_first->masterPlan();
        QTest::qWait(500);   // let the other window's notifications settle
        Programme p = first->programmes().at(1);
        const QString before = p.name;
        p.name = QStringLiteral("Nama baru");
        QString error;
        QSignalSpy errors(first, &MasterPlanController::errorOccurred);
        QVERIFY2(first->saveProgramme(p, &error), qPrintable(error));
        first->undoStack()->undo();
        QCOMPARE(first->store().programme(p.uuid)->name, before);
        first->undoStack()->redo();
        QCOMPARE(first->store().programme(p.uuid)->name, QStringLiteral("Nama baru"));
        QCOMPARE(errors.count(), 0);
        const QList<AuditEntry> log = first->store().auditLog(20);
        QVERIFY(std::count_if(log.begin(), log.end(), [&](const AuditEntry &e) { return e.rowUuid == p.uuid && e.action == QLatin1String("update"); }) >= 3);
    }

    void aFieldLaptopWorksOnTheSameServerProject()
    {
        MasterPlanController *first = m_first->masterPlan(), *second = m_second->masterPlan();
        // The first planner checks out a kecamatan for a field officer, from the server project.
        CheckoutDialog dialog(m_connection, first->store().kecamatanNames(), m_first.get());
        FieldPackage::Options options;
        options.kecamatanCodes = {QStringLiteral("33.03.05")};
        options.officer = QStringLiteral("Rina Lestari");
        options.laptop = QStringLiteral("laptop-lapangan-2");
        const QString package = m_dir.filePath(QStringLiteral("paket rina.gpkg"));
        options.outPath = package;
        dialog.setOptions(options);
        const FieldPackage::Result out = dialog.run();
        QVERIFY2(out.ok, qPrintable(out.error));
        QString error;
        Asset inField;
        {
            MasterPlanStore laptop;
            QVERIFY2(laptop.open(package, &error), qPrintable(error));
            inField = laptop.assets().first();
            inField.notes = QStringLiteral("Catatan dari lapangan");
            inField.condition = QStringLiteral("rusak_berat");
            QVERIFY(laptop.save(inField, &error));
        }
        // Meanwhile the second planner writes a note on the same asset.
        Asset inOffice = *second->store().asset(inField.uuid);
        inOffice.notes = QStringLiteral("Catatan dari kantor");
        QVERIFY2(second->store().save(inOffice, &error), qPrintable(error));
        // Check-in in the first window: the condition merges, the notes wait for review.
        m_first->fieldActions()->checkIn(package);
        ConflictsPanel *panel = m_first->fieldActions()->conflicts();
        QCOMPARE(panel->openCount(), 1);
        QCOMPARE(panel->list()->topLevelItem(0)->text(2), QStringLiteral("Catatan dari kantor"));
        QCOMPARE(panel->list()->topLevelItem(0)->text(3), QStringLiteral("Catatan dari lapangan"));
        QCOMPARE(first->store().asset(inField.uuid)->condition, QStringLiteral("rusak_berat"));
        // The second window hears of the merged change without a reload.
        QTRY_VERIFY_WITH_TIMEOUT(second->assets().end() != std::find_if(second->assets().begin(), second->assets().end(), [&](const Asset &a) {
                                     return a.uuid == inField.uuid && a.condition == QLatin1String("rusak_berat"); }), 10000);
        QVERIFY(panel->resolveSelected(int(SyncConflicts::Take::Field)));
        QCOMPARE(panel->openCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(second->store().asset(inField.uuid)->notes, QStringLiteral("Catatan dari lapangan"), 10000);
    }

    void passwordIsKeptInTheKeyring()
    {
        if (!PasswordKeyring::isAvailable()) QSKIP("this Pilar was built without QtKeychain");
        // Is there a keyring to keep it in? (CTest's tst_keyring runs this with a real one.)
        QString probe;
        bool answered = false;
        PasswordKeyring::write(QStringLiteral("PG:host=probe dbname=probe"), QStringLiteral("x"), this,
                               [&](const QString &error) { probe = error; answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        if (!probe.isEmpty()) QSKIP(qPrintable(QStringLiteral("no system keyring here: ") + probe));

        const QString secret = QStringLiteral("rahasia kantor 'ke-12'");
        const QString server = QStringLiteral("PG:host=server.dinkominfo.local port=5433 dbname=masterplan user=sari");
        auto stored = [this, &server] {
            QString password;
            bool done = false;
            PasswordKeyring::read(server, this, [&](const QString &p, const QString &) { password = p; done = true; });
            for (int waited = 0; !done && waited < 10000; waited += 20) QTest::qWait(20);
            return password;
        };
        {
            ServerConnectionDialog dialog;
            dialog.setConnection(server);
            const auto fields = dialog.findChildren<QLineEdit *>();
            QLineEdit *password = *std::find_if(fields.begin(), fields.end(), [](QLineEdit *e) { return e->echoMode() == QLineEdit::Password; });
            password->setText(secret);
            dialog.setRemembersPassword(true);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(), secret, 10000);
        // Next time (the last server is remembered, without its password) the keyring fills it in.
        ServerConnectionDialog again;
        QTRY_VERIFY_WITH_TIMEOUT(again.connection().contains(QStringLiteral("password=")), 10000);
        QVERIFY(again.remembersPassword());
        if (qEnvironmentVariableIsSet("PILAR_SCREENSHOTS")) again.grab().save(qEnvironmentVariable("PILAR_SCREENSHOTS") + QStringLiteral("/server-keyring.png"));
        QCOMPARE(PostgresDatabase::withoutPassword(again.connection()), server);
        // Nothing of Pilar's own holds it: not the settings, not the recent list.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("rahasia"));
        // Unticked, it is forgotten.
        again.setRemembersPassword(false);
        again.accept();
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
    }

    void cleanupTestCase()
    {
        m_first.reset();
        m_second.reset();
    }
};

QTEST_MAIN(TestServerGui)
#include "tst_servergui.moc"
