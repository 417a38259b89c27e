// The master plan store on both back ends: every test runs once on a GeoPackage and once on a
// real PostgreSQL/PostGIS server (a throw-away cluster started for this run). The tests that
// only make sense with several desktops (row versions, roles, LISTEN/NOTIFY, push and pull)
// run on the server alone.
#include "DemoProject.h"
#include "MasterPlanSchema.h"
#include "MasterPlanSnapshot.h"
#include "MasterPlanStore.h"
#include "PostgresDatabase.h"
#include "PostgresTestServer.h"
#include "ProgressReport.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ReportSettings.h"
#include "ServerChangeWatcher.h"
#include "ServerSchema.h"
#include "ServerTransfer.h"
#include "SqliteDatabase.h"
#include "VectorLayer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using pilar::test::PostgresTestServer;

class TestStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_serverProblem;
    int m_databases = 0;

    /// A new project with the default lists on the backend under test.
    QString newProject(const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("gpkg")) {
            Project project;
            project.setTitle(name);
            const QString path = m_dir.filePath(name + QStringLiteral(".gpkg"));
            QString error;
            if (!ProjectFile::save(project, path, &error)) qWarning() << error;
            return path;
        }
        QString why;
        const QString connection = m_server.createDatabase(QStringLiteral("%1_%2").arg(name).arg(++m_databases), &why);
        PostgresDatabase db;
        if (connection.isEmpty() || !db.open(connection) || !db.begin() || !ServerSchema::create(db) || !db.exec(QStringLiteral("COMMIT")))
            qWarning() << why << db.lastError();
        return connection;
    }

    bool onServer() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("server");
    }

    static Programme validProgramme(MasterPlanStore &store, const QString &code)
    {
        Programme p;
        p.code = code;
        p.name = QStringLiteral("WiFi publik di balai desa");
        p.pillarUuid = store.pillars().at(3).uuid;
        p.stageUuid = store.stages().first().uuid;
        p.status = QStringLiteral("ditambahkan");
        p.opdUuid = store.opds().first().uuid;
        p.partnerUuids = {store.partners().first().uuid};
        p.funding = QStringLiteral("apbd_kab");
        p.budget = 18000000000;   // past 2^31 rupiah, as real budgets are
        p.startYear = 2019;
        p.endYear = 2021;
        p.horizon = QStringLiteral("medium");
        p.kecamatanCodes = {QStringLiteral("33.03.05"), QStringLiteral("33.03.04")};
        p.geometryWkt = QStringLiteral("POINT (109.3634 -7.3886)");
        p.description = QStringLiteral("Akses internet gratis di balai desa — “gratis”.");
        p.activities = {Activity{QString(), QString(), QStringLiteral("Survei lokasi"), 2019, 2019, 150000000, QString()},
                        Activity{QString(), QString(), QStringLiteral("Pemasangan"), 2020, 2021, 1650000000, QStringLiteral("dua tahap")}};
        return p;
    }

    static QByteArray progressJson(MasterPlanStore &store)
    {
        const ProgressReport report = ProgressReport::compute(MasterPlanSnapshot::read(store), QDate(2023, 12, 31), ProgressReport::GroupBy::Pillar);
        QJsonObject json = report.toJson();
        json.remove(QStringLiteral("generated"));
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_server.start(&m_serverProblem)) qWarning("The server tests will be skipped: %s", qPrintable(m_serverProblem));
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("gpkg") << QStringLiteral("gpkg");
        QTest::newRow("server") << QStringLiteral("server");
    }

    void init()
    {
        if (onServer() && !m_server.isRunning()) QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + m_serverProblem));
    }

    void passwordsNeverShowNorStay()
    {
        if (onServer()) QSKIP("a check of the connection text, run once");
        // libpq's quoting: a password may hold spaces and escaped quotes; none of it may leak.
        const QString connection = QStringLiteral("PG:host=10.0.0.5 password='zq\\'xw vy' dbname='master plan' user=sari");
        QCOMPARE(PostgresDatabase::withoutPassword(connection), QStringLiteral("PG:host=10.0.0.5 dbname='master plan' user=sari"));
        const QString shown = PostgresDatabase::displayName(connection);
        QVERIFY2(!shown.contains(QLatin1String("zq")) && !shown.contains(QLatin1String("vy")) && shown.contains(QStringLiteral("password=…")), qPrintable(shown));
        QCOMPARE(PostgresDatabase::withoutPassword(QStringLiteral("PG:postgresql://sari:rahasia@server/masterplan")),
                 QStringLiteral("PG:postgresql://sari@server/masterplan"));
    }

    void newProjectHasTheDefaultLists()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("baru")), &error), qPrintable(error));
        QCOMPARE(store.isServer(), onServer());
        const auto pillars = store.pillars();
        QCOMPARE(pillars.size(), 6);
        QCOMPARE(pillars.first().nameEn, QStringLiteral("Smart Governance"));
        QCOMPARE(store.subElements().size(), 18);
        QCOMPARE(store.stages().size(), 2);
        QCOMPARE(store.stages().last().lastYear, 2023);
        QVERIFY(store.opds().size() >= 8);
        const auto partners = store.partners();
        QVERIFY(std::any_of(partners.begin(), partners.end(), [](const Partner &p) { return p.code == QLatin1String("BNI"); }));
        QVERIFY(store.canEdit());
    }

    void programmeRoundTrip()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("rencana")), &error), qPrintable(error));
        Programme p = validProgramme(store, QStringLiteral("SOC-01"));
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(!p.uuid.isEmpty());
        auto back = store.programme(p.uuid);
        QVERIFY(back);
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->budget, qint64(18000000000));
        QCOMPARE(back->kecamatanCodes, p.kecamatanCodes);
        QCOMPARE(back->partnerUuids, p.partnerUuids);
        QCOMPARE(back->description, p.description);
        QCOMPARE(back->geometryWkt, QStringLiteral("POINT (109.3634 -7.3886)"));
        QCOMPARE(back->activities.size(), 2);
        QCOMPARE(back->activities[1].name, QStringLiteral("Pemasangan"));
        QCOMPARE(back->activities[1].budget, qint64(1650000000));

        // Edit: another partner, one activity fewer, a line for a site.
        back->partnerUuids = {store.partners().at(1).uuid, store.partners().at(0).uuid};
        back->activities.removeFirst();
        back->geometryWkt = QStringLiteral("LINESTRING (109.36 -7.38, 109.37 -7.39)");
        back->name = QStringLiteral("WiFi publik desa");
        QVERIFY2(store.save(*back, &error), qPrintable(error));
        auto again = store.programme(p.uuid);
        QCOMPARE(again->name, QStringLiteral("WiFi publik desa"));
        QCOMPARE(again->activities.size(), 1);
        QCOMPARE(QSet<QString>(again->partnerUuids.begin(), again->partnerUuids.end()),
                 QSet<QString>(back->partnerUuids.begin(), back->partnerUuids.end()));
        QVERIFY(again->geometryWkt.startsWith(QLatin1String("LINESTRING")));
        QVERIFY(again->geometryWkt.contains(QLatin1String("109.37 -7.39")));

        QVERIFY2(store.removeProgramme(p.uuid, &error), qPrintable(error));
        QVERIFY(!store.programme(p.uuid));
    }

    void validationExplainsEachProblem()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("periksa")), &error), qPrintable(error));
        Programme first = validProgramme(store, QStringLiteral("GOV-01"));
        QVERIFY2(store.save(first, &error), qPrintable(error));
        Programme second = validProgramme(store, QStringLiteral("GOV-01"));
        second.startYear = 2022;
        second.endYear = 2023;   // outside the basic stage
        QVERIFY(!store.save(second, &error));
        QVERIFY2(error.contains(QLatin1String("GOV-01")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("outside the stage")), qPrintable(error));
        QCOMPARE(store.programmes().size(), 1);
        QVERIFY(!store.removePillar(first.pillarUuid, &error));
        QVERIFY2(error.contains(QLatin1String("still has programmes")), qPrintable(error));
    }

    void auditLogRecordsEveryEdit()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("audit")), &error), qPrintable(error));
        store.setUserName(QStringLiteral("perencana1"));
        Programme p = validProgramme(store, QStringLiteral("ENV-01"));
        QVERIFY2(store.save(p, &error), qPrintable(error));
        p.name = QStringLiteral("Sensor kualitas udara");
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY2(store.removeProgramme(p.uuid, &error), qPrintable(error));
        QStringList actions;
        for (const AuditEntry &e : store.auditLog(100))
            if (e.table == QLatin1String("mp_programmes") && e.rowUuid == p.uuid) actions.prepend(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}));
        const AuditEntry update = [&] {
            for (const AuditEntry &e : store.auditLog(100))
                if (e.action == QLatin1String("update") && e.rowUuid == p.uuid) return e;
            return AuditEntry{};
        }();
        QVERIFY(update.newValues.contains(QLatin1String("Sensor kualitas udara")));
        QVERIFY(update.oldValues.contains(QLatin1String("WiFi publik di balai desa")));
        // A file names the Pilar user; the server names the role that logged in.
        QCOMPARE(update.userName, onServer() ? m_server.superuser() : QStringLiteral("perencana1"));
    }

    void progressDataRoundTrip()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("kemajuan")), &error), qPrintable(error));
        Programme p = validProgramme(store, QStringLiteral("SOC-02"));
        QVERIFY2(store.save(p, &error), qPrintable(error));
        Indicator indicator;
        indicator.programmeUuid = p.uuid;
        indicator.name = QStringLiteral("Titik WiFi aktif");
        indicator.unit = QStringLiteral("titik");
        indicator.targets = {{2021, 100}, {2023, 250}};
        indicator.kecamatanTargets[QStringLiteral("33.03.05")] = {{2023, 40}};
        indicator.weight = 0.75;
        QVERIFY2(store.saveIndicator(indicator, &error), qPrintable(error));
        Realisation r = Realisation::of(indicator.uuid, 120.5, QDate(2022, 6, 30), QStringLiteral("33.03.05"), QStringLiteral("BA-12/2022"),
                                        QStringLiteral("operator"));
        r.attachmentName = QStringLiteral("berita-acara.pdf");
        static const char pdf[] = "%PDF-1.4\n\x00\x01\xff binary";   // bytes no text encoding survives
        r.attachment = QByteArray(pdf, sizeof(pdf) - 1);
        QVERIFY2(store.saveRealisation(r, &error), qPrintable(error));
        // Saved again without the bytes (as read), the attachment stays.
        Realisation edited = store.realisations().first();
        QCOMPARE(edited.attachmentSize, qint64(sizeof(pdf) - 1));
        edited.value = 130;
        QVERIFY2(store.saveRealisation(edited, &error), qPrintable(error));
        QCOMPARE(store.realisationAttachment(r.uuid), r.attachment);
        QCOMPARE(store.realisations().first().value, 130.0);
        const Indicator back = store.indicators().first();
        QCOMPARE(back.targets.value(2023), 250.0);
        QCOMPARE(back.kecamatanTargets.value(QStringLiteral("33.03.05")).value(2023), 40.0);
        QCOMPARE(back.weight, 0.75);
        BudgetRealisation budget{QString(), p.uuid, 2020, 900000000, 850000000};
        QVERIFY2(store.saveBudgetRealisation(budget, &error), qPrintable(error));
        QCOMPARE(store.budgetRealisations().first().realised, qint64(850000000));
        QVERIFY(!store.removeIndicator(indicator.uuid, &error));
        ProgressMath::Thresholds t;
        t.onTrack = 85;
        t.atRisk = 55;
        QVERIFY2(store.setProgressThresholds(t, &error), qPrintable(error));
        QCOMPARE(store.progressThresholds().onTrack, 85.0);
        const QJsonObject report = QJsonDocument::fromJson(progressJson(store)).object();
        QVERIFY(!report.isEmpty());
    }

    void assetsAndInspections()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("aset")), &error), qPrintable(error));
        Asset a;
        a.code = QStringLiteral("CCTV-001");
        a.name = QStringLiteral("CCTV Alun-alun");
        a.type = QStringLiteral("cctv");
        a.condition = QStringLiteral("baik");
        a.installDate = QDate(2021, 3, 1);
        a.geometryWkt = QStringLiteral("POINT (109.3634 -7.3886)");
        QVERIFY2(store.save(a, &error), qPrintable(error));
        Asset duplicate = a;
        duplicate.uuid.clear();
        QVERIFY(!store.save(duplicate, &error));
        QVERIFY(error.contains(QLatin1String("CCTV-001")));
        Inspection i;
        i.assetUuid = a.uuid;
        i.inspectedAt = QDateTime(QDate(2023, 2, 1), QTime(9, 30), Qt::UTC);
        i.officer = QStringLiteral("Budi");
        i.condition = QStringLiteral("rusak_ringan");
        i.hasPosition = true;
        i.longitude = 109.3635;
        i.latitude = -7.3887;
        i.positionSource = QStringLiteral("gps");
        i.photos << InspectionPhoto{QString(), QStringLiteral("foto.jpg"), 0, QByteArray(5000, '\xd8')};
        QVERIFY2(store.saveInspection(i, &error), qPrintable(error));
        const auto inspections = store.inspections(a.uuid);
        QCOMPARE(inspections.size(), 1);
        QVERIFY(inspections.first().hasPosition);
        QCOMPARE(inspections.first().latitude, -7.3887);
        QCOMPARE(inspections.first().photos.first().size, qint64(5000));
        QCOMPARE(store.inspectionPhoto(inspections.first().photos.first().uuid), QByteArray(5000, '\xd8'));
        QCOMPARE(store.asset(a.uuid)->condition, QStringLiteral("rusak_ringan"));   // what the latest visit found
        QVERIFY2(store.removeAsset(a.uuid, &error), qPrintable(error));
        QVERIFY(store.assets().isEmpty());
    }

    // ---- the server alone -------------------------------------------------------------

    void secondSaveSeesTheFirst()
    {
        if (!onServer()) QSKIP("a GeoPackage has one desktop at a time");
        const QString project = newProject(QStringLiteral("bersama"));
        MasterPlanStore first, second;
        QString error;
        QVERIFY2(first.open(project, &error), qPrintable(error));
        QVERIFY2(second.open(project, &error), qPrintable(error));
        Programme p = validProgramme(first, QStringLiteral("ECO-01"));
        QVERIFY2(first.save(p, &error), qPrintable(error));
        Programme mine = *first.programme(p.uuid);
        Programme theirs = *second.programme(p.uuid);
        QCOMPARE(mine.rowVersion, theirs.rowVersion);
        theirs.budget = 2000000000;
        QVERIFY2(second.save(theirs, &error), qPrintable(error));
        mine.name = QStringLiteral("Pasar digital");
        QVERIFY(!first.save(mine, &error));
        // Both versions are shown, and nothing of either is lost.
        QVERIFY2(error.contains(QLatin1String("2000000000")) && error.contains(QLatin1String("18000000000")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Pasar digital")), qPrintable(error));
        QVERIFY(first.conflictingProgramme());
        QCOMPARE(first.conflictingProgramme()->budget, qint64(2000000000));
        QCOMPARE(first.programme(p.uuid)->name, p.name);   // the refused save wrote nothing
        // The planner takes theirs and makes the change again: both edits are in.
        Programme merged = *first.conflictingProgramme();
        merged.name = mine.name;
        QVERIFY2(first.save(merged, &error), qPrintable(error));
        const Programme stored = *second.programme(p.uuid);
        QCOMPARE(stored.name, QStringLiteral("Pasar digital"));
        QCOMPARE(stored.budget, qint64(2000000000));

        // The same for a realised value entered on two desktops.
        Indicator indicator;
        indicator.programmeUuid = p.uuid;
        indicator.name = QStringLiteral("UMKM di pasar digital");
        QVERIFY2(first.saveIndicator(indicator, &error), qPrintable(error));
        Realisation value = Realisation::of(indicator.uuid, 10, QDate(2022, 3, 31), QString(), QString(), QStringLiteral("ani"));
        QVERIFY2(first.saveRealisation(value, &error), qPrintable(error));
        Realisation a = *first.realisation(value.uuid), b = *second.realisation(value.uuid);
        b.value = 12;
        b.enteredBy = QStringLiteral("budi");
        QVERIFY2(second.saveRealisation(b, &error), qPrintable(error));
        a.value = 11;
        QVERIFY(!first.saveRealisation(a, &error));
        QVERIFY2(error.contains(QLatin1String("budi")) && error.contains(QLatin1String("12")) && error.contains(QLatin1String("11")), qPrintable(error));
        QCOMPARE(first.realisation(value.uuid)->value, 12.0);
        a = *first.realisation(value.uuid);
        a.value = 13;
        QVERIFY2(first.saveRealisation(a, &error), qPrintable(error));
        QCOMPARE(second.realisation(value.uuid)->value, 13.0);
    }

    void auditLogIsWrittenByTheServer()
    {
        if (!onServer()) QSKIP("the file's own audit log is tested in tst_audit");
        const QString project = newProject(QStringLiteral("jejak"));
        QString why;
        QVERIFY2(m_server.createLoginRole(QStringLiteral("sari"), {QStringLiteral("pilar_editor")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        QVERIFY2(m_server.createLoginRole(QStringLiteral("tamu"), {QStringLiteral("pilar_viewer")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        const QString database = project.section(QStringLiteral("dbname="), 1).section(QLatin1Char(' '), 0, 0);
        // An editor writing plain SQL (not through Pilar) is still recorded, under her role.
        PostgresDatabase sari;
        QVERIFY2(sari.open(m_server.connection(database, QStringLiteral("sari"))), qPrintable(sari.lastError()));
        QVERIFY2(sari.exec(QStringLiteral("UPDATE mp_opd SET short_name = 'KOMINFO' WHERE code = 'DINKOMINFO'"), {}), qPrintable(sari.lastError()));
        QCOMPARE(sari.scalar(QStringLiteral("SELECT user_name FROM mp_audit_log WHERE table_name = 'mp_opd' ORDER BY fid DESC LIMIT 1")).toString(),
                 QStringLiteral("sari"));
        // Nobody rewrites history: not an editor, not the owner.
        QVERIFY(!sari.exec(QStringLiteral("DELETE FROM mp_audit_log"), {}));
        QVERIFY(!sari.exec(QStringLiteral("INSERT INTO mp_audit_log(table_name, action) VALUES ('mp_opd', 'insert')"), {}));
        PostgresDatabase owner;
        QVERIFY(owner.open(project));
        QVERIFY(!owner.exec(QStringLiteral("UPDATE mp_audit_log SET user_name = 'orang lain'"), {}));
        QVERIFY2(owner.lastError().contains(QLatin1String("audit log")), qPrintable(owner.lastError()));
        QVERIFY(!owner.exec(QStringLiteral("TRUNCATE mp_audit_log"), {}));
        // A viewer reads but cannot change anything, with a message that says why.
        MasterPlanStore viewer;
        QString error;
        QVERIFY2(viewer.open(m_server.connection(database, QStringLiteral("tamu")), &error), qPrintable(error));
        QVERIFY(!viewer.canEdit());
        QCOMPARE(viewer.pillars().size(), 6);
        Opd opd = viewer.opds().first();
        opd.name += QStringLiteral(" (ubah)");
        QVERIFY(!viewer.saveOpd(opd, &error));
        QVERIFY2(error.contains(QLatin1String("role")), qPrintable(error));
        // The key that signs field packages is not the viewer's to read; the project's other settings are.
        QVERIFY(owner.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('sync_key', 'abcd'), ('title', 'Masterplan') "
                                          "ON CONFLICT(key) DO NOTHING"), {}));
        QCOMPARE(viewer.connection().scalar(QStringLiteral("SELECT count(*) FROM pilar_project WHERE key = 'sync_key'")).toInt(), 0);
        QVERIFY(viewer.connection().scalar(QStringLiteral("SELECT count(*) FROM pilar_project WHERE key = 'title'")).toInt() == 1);
        QCOMPARE(sari.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'sync_key'")).toString(), QStringLiteral("abcd"));
    }

    void editorsCanBeKeptToTheirOpd()
    {
        if (!onServer()) QSKIP("row-level security is the server's");
        const QString project = newProject(QStringLiteral("opd"));
        const QString database = project.section(QStringLiteral("dbname="), 1).section(QLatin1Char(' '), 0, 0);
        QString why;
        QVERIFY2(m_server.createLoginRole(QStringLiteral("dinkes_editor"), {QStringLiteral("pilar_editor")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        MasterPlanStore admin;
        QString error;
        QVERIFY2(admin.open(project, &error), qPrintable(error));
        const auto opdByCode = [&](const QString &code) {
            for (const Opd &o : admin.opds()) if (o.code == code) return o.uuid;
            return QString();
        };
        Programme health = validProgramme(admin, QStringLiteral("LIV-01"));
        health.opdUuid = opdByCode(QStringLiteral("DINKES"));
        Programme schools = validProgramme(admin, QStringLiteral("SOC-09"));
        schools.opdUuid = opdByCode(QStringLiteral("DINDIK"));
        QVERIFY2(admin.save(health, &error) && admin.save(schools, &error), qPrintable(error));
        PostgresDatabase db;
        QVERIFY(db.open(project));
        QVERIFY(ServerSchema::allowEditorForOpd(db, QStringLiteral("dinkes_editor"), QStringLiteral("DINKES")));
        QVERIFY2(ServerSchema::restrictEditorsToTheirOpd(db, true), qPrintable(db.lastError()));

        MasterPlanStore editor;
        QVERIFY2(editor.open(m_server.connection(database, QStringLiteral("dinkes_editor")), &error), qPrintable(error));
        QCOMPARE(editor.programmes().size(), 2);   // everyone reads the whole plan
        QVERIFY(db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('sync_key', 'abcd') ON CONFLICT(key) DO NOTHING"), {}));
        QCOMPARE(editor.connection().scalar(QStringLiteral("SELECT count(*) FROM pilar_project WHERE key = 'sync_key'")).toInt(), 1);
        Programme own = *editor.programme(health.uuid);
        own.budget = 5;
        QVERIFY2(editor.save(own, &error), qPrintable(error));
        Programme other = *editor.programme(schools.uuid);
        other.budget = 5;
        QVERIFY(!editor.save(other, &error));
        QVERIFY2(error.contains(QLatin1String("OPD")), qPrintable(error));
        QCOMPARE(admin.programme(schools.uuid)->budget, schools.budget);
        // The programme's details are kept too: a realised value of another OPD's indicator is refused, its own accepted.
        Indicator healthIndicator, schoolIndicator;
        healthIndicator.programmeUuid = health.uuid;
        healthIndicator.name = QStringLiteral("Puskesmas terhubung");
        healthIndicator.unit = QStringLiteral("unit");
        schoolIndicator = healthIndicator;
        schoolIndicator.programmeUuid = schools.uuid;
        schoolIndicator.name = QStringLiteral("Sekolah terhubung");
        QVERIFY2(admin.saveIndicator(healthIndicator, &error) && admin.saveIndicator(schoolIndicator, &error), qPrintable(error));
        Realisation ownValue = Realisation::of(healthIndicator.uuid, 12, QDate(2023, 6, 30), QString(), QStringLiteral("BA"), QStringLiteral("dinkes"));
        QVERIFY2(editor.saveRealisation(ownValue, &error), qPrintable(error));
        Realisation otherValue = Realisation::of(schoolIndicator.uuid, 40, QDate(2023, 6, 30), QString(), QStringLiteral("BA"), QStringLiteral("dinkes"));
        QVERIFY(!editor.saveRealisation(otherValue, &error));
        QCOMPARE(admin.connection().scalar(QStringLiteral("SELECT count(*) FROM mp_realisations WHERE indicator_uuid = ?1"), {schoolIndicator.uuid}).toInt(), 0);
        Programme renamed = *editor.programme(schools.uuid);
        renamed.activities.clear();   // deleting another OPD's activities: refused with the programme
        QVERIFY(!editor.save(renamed, &error));
        QCOMPARE(admin.programme(schools.uuid)->activities.size(), schools.activities.size());
        QVERIFY(ServerSchema::restrictEditorsToTheirOpd(db, false));
        other = *editor.programme(schools.uuid);
        other.budget = 6;
        QVERIFY2(editor.save(other, &error), qPrintable(error));
    }

    void otherDesktopsHearOfEachChange()
    {
        if (!onServer()) QSKIP("LISTEN/NOTIFY is the server's");
        const QString project = newProject(QStringLiteral("kabar"));
        PostgresDatabase listener;
        QVERIFY(listener.open(project));
        QVERIFY(listener.listen(QString::fromLatin1(ServerSchema::kChangesChannel)));
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        Programme p = validProgramme(store, QStringLiteral("BRA-01"));
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QList<PostgresDatabase::Notification> heard;
        QTRY_VERIFY_WITH_TIMEOUT((heard += listener.notifications(), !heard.isEmpty()), 5000);
        QVERIFY(std::any_of(heard.begin(), heard.end(), [&](const auto &n) { return n.payload == QStringLiteral("mp_programmes ") + p.uuid; }));

        // What an open window uses: one signal per burst, for others' changes only.
        ServerChangeWatcher watcher;
        watcher.setQuietPeriod(50);
        QVERIFY2(watcher.watch(project, &error), qPrintable(error));
        watcher.ignoreOwnChangesOf(store.serverProcessId());
        QSignalSpy spy(&watcher, &ServerChangeWatcher::changed);
        p.name = QStringLiteral("Branding desa wisata");
        QVERIFY2(store.save(p, &error), qPrintable(error));   // our own: not reported
        QTest::qWait(400);
        QCOMPARE(spy.count(), 0);
        MasterPlanStore other;
        QVERIFY2(other.open(project, &error), qPrintable(error));
        Asset a;
        a.code = QStringLiteral("WIFI-9");
        a.name = QStringLiteral("WiFi taman kota");
        a.type = QStringLiteral("wifi");
        a.geometryWkt = QStringLiteral("POINT (109.36 -7.39)");
        QVERIFY2(other.save(a, &error), qPrintable(error));
        Programme theirs = *other.programme(p.uuid);
        theirs.budget += 1;
        QVERIFY2(other.save(theirs, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QStringList tables = spy.first().first().toStringList();
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("mp_activities"), QStringLiteral("mp_assets"), QStringLiteral("mp_programmes")}));
    }

    void reportSettingsLiveInTheProject()
    {
        const QString project = newProject(QStringLiteral("kop"));
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        ReportSettings settings = ReportSettings::load(store.connection());
        QCOMPARE(settings.government, QStringLiteral("PEMERINTAH KABUPATEN PURBALINGGA"));
        settings.signerName = QStringLiteral("Drs. Budi Santoso, M.Si.");
        settings.paper = ReportSettings::Paper::F4;
        QVERIFY2(settings.save(store.connection(), &error), qPrintable(error));
        // Another desktop (or the CLI's report) reads the letterhead from the project.
        MasterPlanStore other;
        QVERIFY2(other.open(project, &error), qPrintable(error));
        const ReportSettings again = ReportSettings::load(other.connection());
        QCOMPARE(again.signerName, settings.signerName);
        QVERIFY(again.paper == ReportSettings::Paper::F4);
    }

    void aDroppedConnectionIsReestablished()
    {
        if (!onServer()) QSKIP("a file has no connection to lose");
        const QString project = newProject(QStringLiteral("putus"));
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        store.setUserName(QStringLiteral("perencana2"));
        ServerChangeWatcher watcher;
        watcher.setQuietPeriod(50);
        QVERIFY(watcher.watch(project, &error));
        QSignalSpy heard(&watcher, &ServerChangeWatcher::changed);
        PostgresDatabase admin;
        QVERIFY(admin.open(project));
        const int before = store.serverProcessId();
        // The server restarts every connection but this one (as a restart or a network cut would).
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid()"), {}));
        Programme p = validProgramme(store, QStringLiteral("GOV-77"));
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(store.serverProcessId() != before);
        // The author's name came back with the connection.
        QCOMPARE(admin.scalar(QStringLiteral("SELECT client_name FROM mp_audit_log WHERE row_uuid = ?1"), {p.uuid}).toString(),
                 QStringLiteral("perencana2"));
        // The watcher listens again, and says the views should be refreshed.
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 5000);
        heard.clear();
        MasterPlanStore other;
        QVERIFY2(other.open(project, &error), qPrintable(error));
        Opd opd = other.opds().first();
        opd.shortName = QStringLiteral("KOMINFO");
        QVERIFY2(other.saveOpd(opd, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 5000);
        QVERIFY(heard.last().first().toStringList().contains(QStringLiteral("mp_opd")));
        // Inside a transaction a dropped connection is not hidden: that work is gone, and said so.
        QVERIFY(store.begin());
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(?1)"), {store.serverProcessId()}));
        opd.shortName = QStringLiteral("DISKOMINFO");
        QVERIFY(!store.saveOpd(opd, &error));
        QVERIFY(!error.isEmpty());
        store.rollback();
        QVERIFY2(store.saveOpd(opd, &error), qPrintable(error));
        QCOMPARE(other.opds().first().shortName, QStringLiteral("DISKOMINFO"));
    }

    void pushAndPullKeepTheWholeProject()
    {
        if (!onServer()) QSKIP("push and pull move a project between a file and the server");
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(demo, &error), qPrintable(error));
        const QString server = m_server.createDatabase(QStringLiteral("purbalingga"), &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const ServerTransfer::Result pushed = ServerTransfer::push(demo, server);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY(pushed.rows > 50);
        QVERIFY2(pushed.layers.contains(QStringLiteral("desa")) && pushed.layers.contains(QStringLiteral("kabupaten")), qPrintable(pushed.layers.join(QLatin1Char(','))));
        // Pushing again would overwrite a shared plan: refused.
        const ServerTransfer::Result again = ServerTransfer::push(demo, server);
        QVERIFY(!again.ok);
        QVERIFY2(again.error.contains(QLatin1String("already holds")), qPrintable(again.error));

        MasterPlanStore desktop, office;
        QVERIFY2(desktop.open(demo, &error), qPrintable(error));
        QVERIFY2(office.open(server, &error), qPrintable(error));
        QCOMPARE(office.programmes().size(), desktop.programmes().size());
        QCOMPARE(office.assets().size(), desktop.assets().size());
        QCOMPARE(office.realisations().size(), desktop.realisations().size());
        QCOMPARE(office.kecamatanNames(), desktop.kecamatanNames());
        QCOMPARE(progressJson(office), progressJson(desktop));   // the same numbers from either store

        // The GUI opens the server project as it opens a file: the same map, layers from the server.
        auto onServer = ProjectFile::load(server);
        QVERIFY2(onServer.project, qPrintable(onServer.error));
        if (!onServer.warnings.isEmpty()) qWarning() << onServer.warnings;
        auto onDesktop = ProjectFile::load(demo);
        QCOMPARE(onServer.project->layers().size(), onDesktop.project->layers().size());
        for (size_t i = 0; i < onServer.project->layers().size(); ++i) {
            QCOMPARE(onServer.project->layers()[i]->name(), onDesktop.project->layers()[i]->name());
            QCOMPARE(onServer.project->layers()[i]->sourcePath(), server);
            if (auto v = std::dynamic_pointer_cast<VectorLayer>(onServer.project->layers()[i]))
                QCOMPARE(v->featureCount(), std::dynamic_pointer_cast<VectorLayer>(onDesktop.project->layers()[i])->featureCount());
        }
        onServer.project->setTitle(QStringLiteral("Masterplan bersama"));
        onServer.project->layers().front()->setVisible(false);
        QVERIFY2(ProjectFile::save(*onServer.project, server, &error), qPrintable(error));
        auto reloaded = ProjectFile::load(server);
        QCOMPARE(reloaded.project->title(), QStringLiteral("Masterplan bersama"));
        QVERIFY(!reloaded.project->layers().front()->isVisible());
        QCOMPARE(reloaded.project->layers().size(), onDesktop.project->layers().size());

        const QString copy = m_dir.filePath(QStringLiteral("salinan.gpkg"));
        const ServerTransfer::Result pulled = ServerTransfer::pull(server, copy);
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        MasterPlanStore local;
        QVERIFY2(local.open(copy, &error), qPrintable(error));
        QCOMPARE(progressJson(local), progressJson(desktop));
        QCOMPARE(local.programmes().first().geometryWkt.left(20), desktop.programmes().first().geometryWkt.left(20));
        // The copy opens as a project with the same map.
        const auto loaded = ProjectFile::load(copy);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QCOMPARE(loaded.project->layers().size(), ProjectFile::load(demo).project->layers().size());
        // Its history is the server's: the desktop's, then the publication.
        QVERIFY(local.auditLog(1000000).size() >= desktop.auditLog(1000000).size());
    }

    void cliPushesAndPulls()
    {
        if (!onServer()) QSKIP("the server's commands");
        const QString demo = m_dir.filePath(QStringLiteral("cli-demo.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(demo, &error), qPrintable(error));
        const QString server = m_server.createDatabase(QStringLiteral("cli"), &error);
        auto cli = [](const QStringList &args, QString *output) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral(PILAR_CLI_PATH), args);
            process.waitForFinished(120000);
            *output = QString::fromUtf8(process.readAll());
            return process.exitCode();
        };
        QString output;
        QCOMPARE(cli({QStringLiteral("push"), demo, server}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("desa")), qPrintable(output));
        QCOMPARE(cli({QStringLiteral("progress"), server, QStringLiteral("--format"), QStringLiteral("csv")}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("Smart")) || output.contains(QLatin1String("GOV")), qPrintable(output));
        QCOMPARE(cli({QStringLiteral("validate"), server}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("No problems")), qPrintable(output));
        QString why;
        QVERIFY2(m_server.createLoginRole(QStringLiteral("rina"), {QStringLiteral("pilar_editor")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        QCOMPARE(cli({QStringLiteral("roles"), server}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("rina\teditor")), qPrintable(output));
        const QString copy = m_dir.filePath(QStringLiteral("cli-copy.gpkg"));
        QCOMPARE(cli({QStringLiteral("pull"), server, copy}, &output), 0);
        QCOMPARE(cli({QStringLiteral("validate"), copy}, &output), 0);
        // A server that is not there: a clear message and a non-zero exit, no password shown.
        QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("PG:host=127.0.0.1 port=1 dbname=x password=rahasia connect_timeout=2"),
                     m_dir.filePath(QStringLiteral("none.gpkg"))}, &output), 1);
        QVERIFY2(output.contains(QLatin1String("cannot connect")) && !output.contains(QLatin1String("rahasia")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
