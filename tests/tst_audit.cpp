// The audit log cannot be rewritten: triggers refuse changes and deletions, and a hash chain
// lets `validate` find an entry altered, removed or slipped in behind Pilar's back.
#include "AuditChain.h"
#include "DemoProject.h"
#include "MasterPlanStore.h"
#include "ProjectValidator.h"
#include "ProjectRoles.h"
#include "MasterPlanSchema.h"
#include "TestData.h"
#include "SqliteDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;

class TestAudit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    static QString auditProblem(const QString &path)
    {
        for (const auto &p : ProjectValidator::validate(path).problems)
            if (p.table == QLatin1String("mp_audit_log")) return p.message;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("audit.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(m_project, &error), qPrintable(error));
    }

    void editsAreSealedInTheChain()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        Asset asset = store.assets().first();
        asset.notes = QStringLiteral("diperiksa");
        QVERIFY(store.save(asset, &error));
        SqliteDatabase &db = store.database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE hash IS NULL")).toInt(), 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log")).toInt() > 100);
        QString reason;
        QCOMPARE(AuditChain::firstBroken(db, &reason), qint64(-1));
        QVERIFY2(auditProblem(m_project).isEmpty(), qPrintable(auditProblem(m_project)));
    }

    void entriesCannotBeChangedOrDeleted()
    {
        SqliteDatabase db;
        QVERIFY(db.open(m_project));
        QVERIFY(!db.exec(QStringLiteral("UPDATE mp_audit_log SET user_name = 'orang lain' WHERE fid = 5")));
        QVERIFY2(db.lastError().contains(QStringLiteral("append-only")), qPrintable(db.lastError()));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM mp_audit_log WHERE fid = 5")));
        QVERIFY(db.lastError().contains(QStringLiteral("append-only")));
        QVERIFY(!db.exec(QStringLiteral("UPDATE mp_audit_log SET hash = 'x' WHERE fid = 5")));   // a sealed hash stays
    }

    void writesFromOtherProgramsJoinTheChain()
    {
        {
            // As QGIS or a script would: plain SQL, the triggers record it unsealed.
            SqliteDatabase db;
            QVERIFY(db.open(m_project));
            QVERIFY(db.exec(QStringLiteral("UPDATE mp_assets SET notes = 'dari QGIS' WHERE fid = 1")));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE hash IS NULL")).toInt(), 1);
        }
        QVERIFY(auditProblem(m_project).isEmpty());
        MasterPlanStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));   // Pilar seals it when it opens the project
        QCOMPARE(store.database().scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE hash IS NULL")).toInt(), 0);
    }

    void viewersCannotChangeTheProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("roles.gpkg"));
        QVERIFY(QFile::copy(m_project, project));
        const QString me = MasterPlanSchema::defaultUserName();
        {
            SqliteDatabase db;
            QVERIFY(db.open(project));
            QCOMPARE(ProjectRoles::roleOf(db, QStringLiteral("siapa saja")), ProjectRoles::Role::Administrator);   // no roles yet: open
            QString error;
            QVERIFY2(ProjectRoles::setRole(db, me, QStringLiteral("tamu"), ProjectRoles::Role::Viewer, &error), qPrintable(error));
            QCOMPARE(ProjectRoles::roleOf(db, me), ProjectRoles::Role::Administrator);   // the giver administers
            QCOMPARE(ProjectRoles::roleOf(db, QStringLiteral("orang lain")), ProjectRoles::Role::Viewer);
            QVERIFY(!ProjectRoles::setRole(db, QStringLiteral("tamu"), QStringLiteral("tamu"), ProjectRoles::Role::Editor, &error));
            QVERIFY(error.contains(QStringLiteral("administrator")));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE table_name = 'pilar_roles'")).toInt(), 2);
        }
        // As the viewer: the store refuses every change, whatever asks for it.
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "tamu");
        {
            MasterPlanStore store;
            QString error;
            QVERIFY(store.open(project, &error));
            QVERIFY(!store.canEdit());
            QVERIFY(!store.assets().isEmpty());   // looking is fine
            Asset asset = store.assets().first();
            asset.notes = QStringLiteral("diubah tamu");
            QVERIFY(!store.save(asset, &error));
            QVERIFY2(error.contains(QStringLiteral("viewer")), qPrintable(error));
            QVERIFY(!store.removeAsset(asset.uuid, &error));
            QVERIFY(store.asset(asset.uuid)->notes != QStringLiteral("diubah tamu"));
        }
        QProcess cli;
        QVERIFY(test::TestData::writeText(m_dir.filePath(QStringLiteral("baru.csv")),
                                          "code,name,type,kecamatan_code,longitude,latitude\nTAMU-1,WiFi uji,wifi,33.03.05,109.36,-7.39\n"));
        cli.start(QStringLiteral(PILAR_CLI_PATH), {QStringLiteral("import"), project, QStringLiteral("--assets"), m_dir.filePath(QStringLiteral("baru.csv"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()).contains(QStringLiteral("viewer")));
        qputenv("USER", user);
        MasterPlanStore store;
        QString error;
        QVERIFY(store.open(project, &error));
        QVERIFY(store.canEdit());
    }

    void validateFindsTampering()
    {
        // Someone who knows SQLite drops the triggers and rewrites history.
        const QString changed = m_dir.filePath(QStringLiteral("changed.gpkg"));
        QVERIFY(QFile::copy(m_project, changed));
        {
            SqliteDatabase db;
            QVERIFY(db.open(changed));
            QVERIFY(AuditChain::unprotect(db));
            QVERIFY(db.exec(QStringLiteral("UPDATE mp_audit_log SET user_name = 'bukan saya' WHERE fid = 10")));
        }
        QVERIFY2(auditProblem(changed).contains(QStringLiteral("entry 10 was changed")), qPrintable(auditProblem(changed)));

        const QString removed = m_dir.filePath(QStringLiteral("removed.gpkg"));
        QVERIFY(QFile::copy(m_project, removed));
        {
            SqliteDatabase db;
            QVERIFY(db.open(removed));
            QVERIFY(AuditChain::unprotect(db));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM mp_audit_log WHERE fid = 20")));
        }
        QVERIFY2(auditProblem(removed).contains(QStringLiteral("entry 21 does not follow")), qPrintable(auditProblem(removed)));
        QVERIFY(!ProjectValidator::validate(removed).ok());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
