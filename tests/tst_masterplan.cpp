// The master plan store: schema round trip, validation, audit log, UUIDs across copies,
// migration from the first project format, and the sample plan of the demo.
#include "AttachmentPath.h"
#include "DemoProject.h"
#include "Feedback.h"
#include "MasterPlanExport.h"
#include "MasterPlanImport.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "SqliteDatabase.h"
#include "TestData.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;

class TestMasterPlan : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newProject(const QString &name)
    {
        Project project;
        project.setTitle(name);
        const QString path = m_dir.filePath(name + QStringLiteral(".gpkg"));
        QString error;
        if (!ProjectFile::save(project, path, &error)) qWarning() << error;
        return path;
    }

    static Programme validProgramme(MasterPlanStore &store, const QString &code)
    {
        Programme p;
        p.code = code;
        p.name = QStringLiteral("WiFi publik di balai desa");
        p.pillarUuid = store.pillars().at(3).uuid; // Smart Society
        p.stageUuid = store.stages().first().uuid; // Tahapan Dasar 2019–2021
        p.status = QStringLiteral("ditambahkan");
        p.opdUuid = store.opds().first().uuid;
        p.partnerUuids = {store.partners().first().uuid};
        p.funding = QStringLiteral("apbd_kab");
        p.budget = 1800000000;
        p.startYear = 2019;
        p.endYear = 2021;
        p.horizon = QStringLiteral("medium");
        p.kecamatanCodes = {QStringLiteral("33.03.05"), QStringLiteral("33.03.04")};
        p.geometryWkt = QStringLiteral("POINT (109.3634 -7.3886)");
        p.description = QStringLiteral("Akses internet gratis di balai desa.");
        return p;
    }

    // The assets in a project, as the asset list shows them; -1 when it cannot be opened.
    static int assetCount(const QString &project)
    {
        MasterPlanStore store;
        return store.open(project, nullptr) ? int(store.assets().size()) : -1;
    }

private slots:
    void newProjectHasTheDefaultLists()
    {
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(newProject(QStringLiteral("baru")), &error), qPrintable(error));
        const auto pillars = store.pillars();
        QCOMPARE(pillars.size(), 6);
        QCOMPARE(pillars.first().nameEn, QStringLiteral("Smart Governance"));
        QCOMPARE(pillars.first().nameId, QStringLiteral("Tata kelola pemerintahan"));
        QCOMPARE(store.subElements().size(), 18);
        const auto stages = store.stages();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.last().lastYear, 2023);
        QVERIFY(store.opds().size() >= 8);
        const auto partners = store.partners();
        QVERIFY(std::any_of(partners.begin(), partners.end(), [](const Partner &p) { return p.code == QLatin1String("BNI"); }));
    }

    void programmeRoundTrip()
    {
        const QString path = newProject(QStringLiteral("rencana"));
        {
            MasterPlanStore store;
            QVERIFY(store.open(path, nullptr));
            Programme p = validProgramme(store, QStringLiteral("SOC-01"));
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            QVERIFY(!p.uuid.isEmpty());
        }
        MasterPlanStore reopened;
        QVERIFY(reopened.open(path, nullptr));
        const auto all = reopened.programmes();
        QCOMPARE(all.size(), 1);
        const Programme expected = validProgramme(reopened, QStringLiteral("SOC-01"));
        const Programme &got = all.first();
        QCOMPARE(got.name, expected.name);
        QCOMPARE(got.pillarUuid, expected.pillarUuid);
        QCOMPARE(got.partnerUuids, expected.partnerUuids);
        QCOMPARE(got.budget, expected.budget);
        QCOMPARE(got.kecamatanCodes, expected.kecamatanCodes);
        QCOMPARE(got.geometryWkt, expected.geometryWkt);
        QCOMPARE(got.status, QStringLiteral("ditambahkan"));
    }

    void activitiesTravelWithTheirProgramme()
    {
        MasterPlanStore store;
        QVERIFY(store.open(newProject(QStringLiteral("kegiatan")), nullptr));
        Programme p = validProgramme(store, QStringLiteral("SOC-02"));
        p.activities = {{QString(), QString(), QStringLiteral("Survei lokasi"), 2019, 2019, 150000000, QString()},
                        {QString(), QString(), QStringLiteral("Pemasangan tahap 1"), 2020, 2021, 1650000000, QString()}};
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        auto saved = store.programme(p.uuid);
        QCOMPARE(saved->activities.size(), 2);
        QCOMPARE(saved->activities.at(1).name, QStringLiteral("Pemasangan tahap 1"));
        const QString keptUuid = saved->activities.at(0).uuid;
        saved->activities.removeLast();
        saved->activities.first().budget = 200000000;
        QVERIFY(store.save(*saved, &error));
        saved = store.programme(p.uuid);
        QCOMPARE(saved->activities.size(), 1);
        QCOMPARE(saved->activities.first().uuid, keptUuid); // the same row, updated
        QCOMPARE(saved->activities.first().budget, 200000000);
        // An activity outside the programme's years is refused.
        saved->activities.first().endYear = 2025;
        QVERIFY(store.validate(*saved).join(QLatin1Char(' ')).contains(QStringLiteral("outside the programme's years")));
    }

    void validationExplainsEachProblem()
    {
        MasterPlanStore store;
        QVERIFY(store.open(newProject(QStringLiteral("validasi")), nullptr));
        Programme p = validProgramme(store, QStringLiteral("GOV-01"));
        QVERIFY(store.validate(p).isEmpty());
        QString error;
        QVERIFY(store.save(p, &error));

        Programme bad = validProgramme(store, QStringLiteral("GOV-01")); // duplicate code
        bad.startYear = 2022;                                             // outside Tahapan Dasar
        bad.endYear = 2023;
        bad.budget = -5;
        bad.status = QStringLiteral("baru");
        bad.geometryWkt = QStringLiteral("POINT (106.8 -6.2)");           // Jakarta
        const QStringList problems = store.validate(bad);
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("GOV-01")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("2022–2023")) && all.contains(QStringLiteral("Tahapan Dasar")));
        QVERIFY(all.contains(QStringLiteral("negative")));
        QVERIFY(all.contains(QStringLiteral("diperkuat")));
        QVERIFY(all.contains(QStringLiteral("outside Kabupaten Purbalingga")));
        QVERIFY(!store.save(bad, &error));
        QCOMPARE(store.programmes().size(), 1); // nothing half-saved

        Asset a;
        a.code = QStringLiteral("CCTV-001");
        a.name = QStringLiteral("CCTV Alun-alun");
        a.type = QStringLiteral("cctv");
        a.condition = QStringLiteral("baik");
        a.geometryWkt = QStringLiteral("POLYGON ((109.3 -7.3, 109.4 -7.3, 109.4 -7.4, 109.3 -7.3))");
        QVERIFY(store.validate(a).join(QLatin1Char(' ')).contains(QStringLiteral("point or a line")));
        a.geometryWkt = QStringLiteral("POINT (109.3634 -7.3886)");
        a.condition = QStringLiteral("rusak parah");
        QVERIFY(store.validate(a).join(QLatin1Char(' ')).contains(QStringLiteral("rusak parah")));
        a.condition = QStringLiteral("rusak_ringan");
        a.installDate = QDate(2021, 3, 15);
        QVERIFY2(store.save(a, &error), qPrintable(error));
        QCOMPARE(store.assets().first().installDate, QDate(2021, 3, 15));
    }

    void auditLogRecordsEveryEdit()
    {
        MasterPlanStore store;
        QVERIFY(store.open(newProject(QStringLiteral("audit")), nullptr));
        store.setUserName(QStringLiteral("budi.santoso"));
        Programme p = validProgramme(store, QStringLiteral("LIV-01"));
        QString error;
        QVERIFY(store.save(p, &error));
        p.budget = 2000000000;
        QVERIFY(store.save(p, &error));
        QVERIFY(store.removeProgramme(p.uuid, &error));
        const auto log = store.auditLog(10);
        // Newest first: delete, update, insert of the programme (partner rows in between).
        auto entries = [&](const QString &action) {
            QVector<AuditEntry> out;
            for (const auto &e : log) if (e.table == QLatin1String("mp_programmes") && e.action == action) out << e;
            return out;
        };
        QCOMPARE(entries(QStringLiteral("insert")).size(), 1);
        QCOMPARE(entries(QStringLiteral("update")).size(), 1);
        QCOMPARE(entries(QStringLiteral("delete")).size(), 1);
        const AuditEntry update = entries(QStringLiteral("update")).first();
        QCOMPARE(update.userName, QStringLiteral("budi.santoso"));
        QCOMPARE(update.rowUuid, p.uuid);
        QCOMPARE(QJsonDocument::fromJson(update.oldValues.toUtf8()).object().value(QStringLiteral("budget")).toInteger(), 1800000000);
        QCOMPARE(QJsonDocument::fromJson(update.newValues.toUtf8()).object().value(QStringLiteral("budget")).toInteger(), 2000000000);
        QVERIFY(!update.time.isEmpty());
    }

    void uuidsNeverCollideAcrossCopies()
    {
        const QString office = newProject(QStringLiteral("kantor"));
        const QString laptop = m_dir.filePath(QStringLiteral("laptop.gpkg"));
        QVERIFY(QFile::copy(office, laptop));
        MasterPlanStore a, b;
        QVERIFY(a.open(office, nullptr) && b.open(laptop, nullptr));
        Programme pa = validProgramme(a, QStringLiteral("A-01")), pb = validProgramme(b, QStringLiteral("B-01"));
        QString error;
        QVERIFY(a.save(pa, &error) && b.save(pb, &error));
        QVERIFY(pa.uuid != pb.uuid);
        // The laptop's row goes into the office copy without clashing.
        pb.uuid.clear();
        Programme carried = b.programmes().first();
        QVERIFY2(a.save(carried, &error), qPrintable(error));
        QCOMPARE(a.programmes().size(), 2);
        QVERIFY(a.programme(carried.uuid).has_value());
    }

    void upgradesAProjectOfTheFirstFormat()
    {
        // Make a version-1 project: no master plan tables, schema_version 1.
        const QString path = newProject(QStringLiteral("lama"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(path));
            for (const QString &t : MasterPlanSchema::tables()) {
                QVERIFY(db.exec(QStringLiteral("DROP TABLE %1").arg(t)));
                QVERIFY(db.exec(QStringLiteral("DELETE FROM gpkg_contents WHERE table_name = ?1"), {t}));
            }
            QVERIFY(db.exec(QStringLiteral("DELETE FROM gpkg_geometry_columns WHERE table_name LIKE 'mp_%'")));
            QVERIFY(db.exec(QStringLiteral("UPDATE pilar_project SET value = '1' WHERE key = 'schema_version'")));
        }
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("backup-v1")), qPrintable(loaded.warnings.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("lama.backup-v1.gpkg"))));
        SqliteDatabase db;
        QVERIFY(db.open(path, true));
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'schema_version'")).toInt(), ProjectFile::kSchemaVersion);
        MasterPlanStore store;
        QVERIFY(store.open(path, nullptr));
        QCOMPARE(store.pillars().size(), 6);
    }

    void upgradesAVersion4ProjectToKeepMissingReferenceConflicts()
    {
        // Version 4 refused a conflict about a row deleted in the office; version 5 keeps it.
        const QString path = newProject(QStringLiteral("versi4"));
        const QString v4Check = QStringLiteral("'deleted_in_field','duplicate_code'))");
        {
            SqliteDatabase db;
            QVERIFY(db.open(path));
            const int cookie = db.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
            QVERIFY(db.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY(db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE name = 'pilar_sync_conflicts'"),
                            {QStringLiteral("'deleted_in_field','duplicate_code','missing_reference'))"), v4Check}));
            QVERIFY(db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)));
            QVERIFY(db.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
            QVERIFY(db.exec(QStringLiteral("UPDATE pilar_project SET value = '4' WHERE key = 'schema_version'")));
        }
        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("versi4.backup-v4.gpkg"))));
        SqliteDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO pilar_sync_conflicts(uuid, package_uuid, checkin_uuid, table_name, row_uuid, kind, created_at) "
                                       "VALUES ('c1', 'p1', 'k1', 'mp_assets', 'r1', 'missing_reference', '2026-11-30T00:00:00Z')")));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'schema_version'")).toInt(), ProjectFile::kSchemaVersion);
    }

    void importIsAllOrNothingWithAReasonPerRow()
    {
        const QString project = newProject(QStringLiteral("impor"));
        // Excel on Indonesian Windows: semicolons, decimal commas, Windows-1252, labels not codes.
        const QString csv = m_dir.filePath(QStringLiteral("aset kantor.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = QByteArrayLiteral("kode;nama;jenis;kondisi;lintang;bujur;pemilik;tanggal pasang\n"
                                            "CCTV-01;CCTV Terminal Bus;CCTV;Baik;-7,3921;109,3590;DINHUB;2021-03-15\n"
                                            "WIFI-01;WiFi Alun-alun \x96 Timur;Hotspot;Rusak Ringan;-7,3886;109,3634;DINKOMINFO;2020\n");
        f.write(text);
        f.close();
        MasterPlanImport::Options options;
        options.projectPath = project;
        options.what = MasterPlanImport::What::Assets;
        options.sourcePath = csv;
        auto result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.toText()));
        QCOMPARE(result.inserted, 2);
        MasterPlanStore store;
        QVERIFY(store.open(project, nullptr));
        const auto assets = store.assets();
        QCOMPARE(assets.size(), 2);
        const Asset wifi = assets.at(1);
        QCOMPARE(wifi.name, QStringLiteral("WiFi Alun-alun – Timur")); // the en dash survived Windows-1252
        QCOMPARE(wifi.type, QStringLiteral("wifi"));
        QCOMPARE(wifi.condition, QStringLiteral("rusak_ringan"));
        QCOMPARE(wifi.installDate, QDate(2020, 1, 1));
        QCOMPARE(wifi.geometryWkt, QStringLiteral("POINT (109.3634 -7.3886)"));
        QCOMPARE(assets.at(0).installDate, QDate(2021, 3, 15));

        // One good row and four bad ones: nothing is kept, each bad row is explained.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kode;nama;jenis;kondisi;lintang;bujur;pemilik\n"
                "CCTV-02;CCTV Pasar;cctv;baik;-7,39;109,36;DINKOMINFO\n"
                "X-01;Menara Jakarta;BTS;baik;-6,2;106,8;DINKOMINFO\n"
                "CCTV-02;Ganda;cctv;baik;-7,39;109,36;DINKOMINFO\n"
                "S-01;Sensor;sensor;jelek;-7,39;109,36;DINAS ENTAH\n"
                "S-02;Sensor 2;pompa;baik;abc;109,36;DINKOMINFO\n");
        f.close();
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.rejected.size(), 4);
        QCOMPARE(result.rejected[0].row, 2);
        QVERIFY(result.rejected[0].message.contains(QStringLiteral("outside")));
        QVERIFY(result.rejected[1].message.contains(QStringLiteral("row 1")));
        QVERIFY(result.rejected[2].message.contains(QStringLiteral("DINAS ENTAH")) && result.rejected[2].message.contains(QStringLiteral("jelek")));
        QVERIFY(result.rejected[3].message.contains(QStringLiteral("pompa")));
        QCOMPARE(store.assets().size(), 2); // unchanged

        // A missing required column is reported before any row is read.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kode,nama\nA,B\n");
        f.close();
        result = MasterPlanImport::run(options);
        QVERIFY(result.error.contains(QStringLiteral("type")));
    }

    void attachmentsNeverLeaveTheirFolder()
    {
        // Names and ids as a hostile or broken package could carry them.
        const QString folder = m_dir.filePath(QStringLiteral("lampiran"));
        const QList<std::pair<QString, QString>> cases = {
            {QStringLiteral("0b6f-uuid"), QStringLiteral("../../etc/passwd")}, {QStringLiteral("../../home"), QStringLiteral("laporan.pdf")},
            {QStringLiteral("x"), QStringLiteral("..")}, {QStringLiteral("x"), QString()}, {QStringLiteral("x"), QStringLiteral("C:\\Windows\\win.ini")},
            {QStringLiteral("/abs"), QStringLiteral("/tmp/evil")}, {QStringLiteral("x"), QStringLiteral(".bashrc")},
            {QStringLiteral("x"), QStringLiteral("berita\nacara.pdf")}};
        for (const auto &[id, name] : cases) {
            const QString path = AttachmentPath::inFolder(folder, id, name);
            QVERIFY2(path.startsWith(folder + QLatin1Char('/')), qPrintable(path));
            QVERIFY2(QDir::cleanPath(path) == path && !path.contains(QLatin1String("/..")) && !path.contains(QLatin1Char('\\')), qPrintable(path));
            QCOMPARE(path.count(QLatin1Char('/')), folder.count(QLatin1Char('/')) + 2);   // folder/row/file, nothing deeper
            QVERIFY2(!QFileInfo(path).fileName().startsWith(QLatin1Char('.')) && !QFileInfo(path).fileName().isEmpty(), qPrintable(path));
        }
        QCOMPARE(AttachmentPath::inFolder(folder, QStringLiteral("ab-12"), QStringLiteral("BA realisasi Q2.pdf")),
                 folder + QStringLiteral("/ab-12/BA realisasi Q2.pdf"));   // an ordinary name stays as it was
    }

    void spreadsheetsFromOtherAgencies()
    {
        using pilar::test::TestData;
        const QString project = newProject(QStringLiteral("lembar"));
        MasterPlanImport::Options options;
        options.projectPath = project;
        options.what = MasterPlanImport::What::Assets;
        // Formulas: the value Excel last calculated is what the planner saw, and what is imported.
        const QString formulas = m_dir.filePath(QStringLiteral("aset rumus.xlsx"));
        QVERIFY(TestData::writeXlsx(formulas, {{QStringLiteral("kode"), QStringLiteral("nama"), QStringLiteral("jenis"), QStringLiteral("lintang"), QStringLiteral("bujur")},
                                               {QStringLiteral("WIFI-10"), QStringLiteral("WiFi Balai Desa"), QStringLiteral("wifi"),
                                                QStringLiteral("=-7.4+0.01|-7.39"), QStringLiteral("=109.3+0.06|109.36")}}));
        options.sourcePath = formulas;
        auto result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.error + result.toText()));
        QCOMPARE(result.inserted, 1);
        {
            MasterPlanStore store;
            QVERIFY(store.open(project, nullptr));
            QCOMPARE(store.assets().first().geometryWkt, QStringLiteral("POINT (109.36 -7.39)"));
        }
        // A formula never calculated (saved by a script, not Excel) gives no name: that row is refused, nothing is kept.
        const QString uncalculated = m_dir.filePath(QStringLiteral("aset belum dihitung.xlsx"));
        QVERIFY(TestData::writeXlsx(uncalculated, {{QStringLiteral("kode"), QStringLiteral("nama"), QStringLiteral("jenis"), QStringLiteral("lintang"), QStringLiteral("bujur")},
                                                   {QStringLiteral("WIFI-11"), QStringLiteral("WiFi Pasar"), QStringLiteral("wifi"), QStringLiteral("-7.38"), QStringLiteral("109.35")},
                                                   {QStringLiteral("WIFI-12"), QStringLiteral("=CONCAT(\"WiFi \",A3)|"), QStringLiteral("wifi"), QStringLiteral("-7.37"), QStringLiteral("109.34")}}));
        options.sourcePath = uncalculated;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QVERIFY2(result.rejected.size() == 1, qPrintable(result.toText()));
        QCOMPARE(result.rejected.first().code, QStringLiteral("WIFI-12"));
        QVERIFY2(result.rejected.first().message.contains(QLatin1String("name")), qPrintable(result.rejected.first().message));
        QCOMPARE(assetCount(project), 1);
        // A merged title row above the header: the message names the file and says what to do.
        const QString titled = m_dir.filePath(QStringLiteral("daftar aset – judul.xlsx"));
        QVERIFY(TestData::writeXlsx(titled, {{QStringLiteral("DAFTAR ASET TIK DINKOMINFO 2023")},
                                             {QStringLiteral("kode"), QStringLiteral("nama"), QStringLiteral("jenis")},
                                             {QStringLiteral("CCTV-10"), QStringLiteral("CCTV Pasar"), QStringLiteral("cctv")}},
                                    {QStringLiteral("A1:C1")}));
        options.sourcePath = titled;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("daftar aset – judul.xlsx")) && result.error.contains(QLatin1String("title rows")), qPrintable(result.error));
        QCOMPARE(assetCount(project), 1);
        // An empty sheet, and a workbook cut short on its way (a USB stick pulled out).
        const QString empty = m_dir.filePath(QStringLiteral("kosong.xlsx"));
        QVERIFY(TestData::writeXlsx(empty, {}));
        options.sourcePath = empty;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("kosong.xlsx")), qPrintable(result.error));
        const QString cut = m_dir.filePath(QStringLiteral("terpotong.xlsx"));
        {
            QFile whole(formulas), part(cut);
            QVERIFY(whole.open(QIODevice::ReadOnly) && part.open(QIODevice::WriteOnly));
            part.write(whole.readAll().left(int(whole.size() / 2)));
        }
        options.sourcePath = cut;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("terpotong.xlsx")), qPrintable(result.error));
        QCOMPARE(assetCount(project), 1);
    }

    void sheetWithTwoLongitudeColumns()
    {
        // "x" (a column number) beside "lon": GDAL 3.6 crashed on such a sheet when asked to
        // make points from it. The preview shows every column, the import takes lon/lat.
        const QString sheet = m_dir.filePath(QStringLiteral("aset dua bujur.csv"));
        QVERIFY(pilar::test::TestData::writeText(sheet, "kode,nama,jenis,x,lon,lat\nHS-9,Hotspot alun-alun,wifi,3,109.3631,-7.3887\n"));
        QStringList columns;
        QList<QStringList> rows;
        QString error;
        QVERIFY2(MasterPlanImport::preview(sheet, QString(), 10, columns, rows, &error), qPrintable(error));
        QCOMPARE(columns.mid(3), (QStringList{QStringLiteral("x"), QStringLiteral("lon"), QStringLiteral("lat")}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().at(4), QStringLiteral("109.3631"));

        MasterPlanImport::Options options;
        options.projectPath = newProject(QStringLiteral("dua bujur"));
        options.what = MasterPlanImport::What::Assets;
        options.sourcePath = sheet;
        const auto result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.error + result.toText()));
        QCOMPARE(result.inserted, 1);
        MasterPlanStore store;
        QVERIFY2(store.open(options.projectPath, &error), qPrintable(error));
        const auto assets = store.assets();
        QCOMPARE(assets.size(), 1);
        QVERIFY2(assets.front().geometryWkt.contains(QStringLiteral("109.3631")) && assets.front().geometryWkt.contains(QStringLiteral("-7.3887")),
                 qPrintable(assets.front().geometryWkt));
    }

    void sheetsOfAMillionRows()
    {
        using pilar::test::TestData;
        const QString project = newProject(QStringLiteral("sejuta"));
        MasterPlanImport::Options options;
        options.projectPath = project;
        options.what = MasterPlanImport::What::Assets;
        const QStringList header = {QStringLiteral("kode"), QStringLiteral("nama"), QStringLiteral("jenis"), QStringLiteral("lintang"), QStringLiteral("bujur")};

        // A sheet formatted down to Excel's last row (1,048,576) with three assets on top: the
        // three are imported, the empty rows skipped and counted.
        const QString formatted = m_dir.filePath(QStringLiteral("aset diformat sampai bawah.xlsx"));
        QVERIFY(TestData::writeXlsx(formatted, 1048576, [&](int r) {
            if (r == 0) return header;
            if (r <= 3) return QStringList{QStringLiteral("HS-%1").arg(r), QStringLiteral("Hotspot %1").arg(r), QStringLiteral("wifi"),
                                           QStringLiteral("-7.3%1").arg(r), QStringLiteral("109.3%1").arg(r)};
            return QStringList{QStringLiteral("~"), QStringLiteral("~")};
        }));
        options.sourcePath = formatted;
        auto result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.error + result.toText()));
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.blankRows, 1048572);
        QVERIFY2(result.toText().contains(QStringLiteral("1048572 empty row(s) skipped")), qPrintable(result.toText()));
        QCOMPARE(assetCount(project), 3);

        // A million rows none of which can be used (an unknown asset type): the message lists the
        // first thousand and counts the rest, nothing is imported, and the project is as it was.
        const QString million = m_dir.filePath(QStringLiteral("sejuta pompa.xlsx"));
        QVERIFY(TestData::writeXlsx(million, 1000001, [&](int r) {
            if (r == 0) return header;
            return QStringList{QStringLiteral("P-%1").arg(r), QStringLiteral("Pompa %1").arg(r), QStringLiteral("pompa air"),
                               QStringLiteral("-7.39"), QStringLiteral("109.36")};
        }));
        options.sourcePath = million;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QCOMPARE(result.rejectedRows, 1000000);
        QCOMPARE(int(result.rejected.size()), MasterPlanImport::Result::kReportedRows);
        QCOMPARE(result.rejected.last().row, 1000);
        const QString text = result.toText();
        QVERIFY2(text.count(QLatin1Char('\n')) < 1010, qPrintable(text.left(300)));
        QVERIFY2(text.startsWith(QStringLiteral("Nothing was imported: 1000000 row(s) cannot be used.")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(QStringLiteral("and 999000 more row(s)")), qPrintable(text.right(300)));
        QCOMPARE(result.toJson().value(QStringLiteral("rejected_rows")).toInt(), 1000000);
        QCOMPARE(assetCount(project), 3);

        // Cancelled part way through, the import stops and keeps nothing.
        const QString canceled = newProject(QStringLiteral("batal"));
        options.projectPath = canceled;
        options.sourcePath = formatted;
        Feedback feedback([&feedback](double percent, const QString &) { if (percent > 10) feedback.cancel(); });
        result = MasterPlanImport::run(options, &feedback);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("Canceled."));
        QCOMPARE(assetCount(canceled), 0);
        QVERIFY(ProjectValidator::validate(canceled).ok());
        QVERIFY(ProjectValidator::validate(project).ok());
    }

    void exportThenImportRoundTrip()
    {
        const QString demo = m_dir.filePath(QStringLiteral("sumber.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(demo, &error), qPrintable(error));
        const QString target = newProject(QStringLiteral("tujuan"));
        for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("geojson")}) {
            const QString programmes = m_dir.filePath(QStringLiteral("program.") + suffix);
            const QString assets = m_dir.filePath(QStringLiteral("aset.") + suffix);
            QCOMPARE(MasterPlanExport::run(demo, MasterPlanExport::What::Programmes, programmes, &error), 24);
            QVERIFY(MasterPlanExport::run(demo, MasterPlanExport::What::Assets, assets, &error) > 150);
            MasterPlanImport::Options options;
            options.projectPath = target;
            options.what = MasterPlanImport::What::Programmes;
            options.sourcePath = programmes;
            auto result = MasterPlanImport::run(options);
            QVERIFY2(result.ok, qPrintable(suffix + QLatin1Char(' ') + result.toText()));
            options.what = MasterPlanImport::What::Assets;
            options.sourcePath = assets;
            result = MasterPlanImport::run(options);
            QVERIFY2(result.ok, qPrintable(suffix + QLatin1Char(' ') + result.toText()));
        }
        MasterPlanStore source, copy;
        QVERIFY(source.open(demo, nullptr) && copy.open(target, nullptr));
        const auto a = source.programmes(), b = copy.programmes();
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].code, a[i].code);
            QCOMPARE(b[i].budget, a[i].budget);
            QCOMPARE(b[i].kecamatanCodes, a[i].kecamatanCodes);
            QCOMPARE(b[i].partnerUuids.size(), a[i].partnerUuids.size());
            QCOMPARE(b[i].geometryWkt.isEmpty(), a[i].geometryWkt.isEmpty());
        }
        const auto assetsA = source.assets(), assetsB = copy.assets();
        QCOMPARE(assetsB.size(), assetsA.size());
        QCOMPARE(assetsB.last().type, assetsA.last().type);
        QCOMPARE(assetsB.first().geometryWkt, assetsA.first().geometryWkt);
    }

    void demoCarriesALabelledSamplePlanThatGdalReads()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        MasterPlanStore store;
        QVERIFY(store.open(path, nullptr));
        const auto programmes = store.programmes();
        QVERIFY(programmes.size() >= 20 && programmes.size() <= 40);
        QSet<QString> pillars, stages;
        for (const auto &p : programmes) {
            pillars.insert(p.pillarUuid);
            stages.insert(p.stageUuid);
            QVERIFY(p.sample);
            QVERIFY(p.description.contains(QStringLiteral("SAMPLE")));
            QVERIFY2(store.validate(p).isEmpty(), qPrintable(p.code + QLatin1Char(' ') + store.validate(p).join(QLatin1Char(' '))));
        }
        QCOMPARE(pillars.size(), 6);
        QCOMPARE(stages.size(), 2);
        const auto assets = store.assets();
        QVERIFY2(assets.size() >= 150 && assets.size() <= 300, qPrintable(QString::number(assets.size())));
        QVERIFY(std::all_of(assets.begin(), assets.end(), [](const Asset &a) { return a.sample; }));

        // GDAL (so QGIS and ogrinfo) sees the programmes and assets as ordinary layers.
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayerByName("mp_assets");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(assets.size()));
        int points = 0, lines = 0;
        for (auto &f : *layer) {
            const OGRGeometry *g = f->GetGeometryRef();
            if (!g) continue;
            const auto type = wkbFlatten(g->getGeometryType());
            points += type == wkbPoint;
            lines += type == wkbLineString;
            OGREnvelope e;
            g->getEnvelope(&e);
            QVERIFY(e.MinX > 109.1 && e.MaxX < 109.7 && e.MinY > -7.6 && e.MaxY < -7.1);
        }
        QVERIFY(points > 100);
        QCOMPARE(lines, 17); // the fibre routes from town to the 17 other kecamatan
        // And the demo shows them, named as samples.
        auto loaded = ProjectFile::load(path);
        QVERIFY(loaded.project);
        QStringList names;
        for (const auto &l : loaded.project->layers()) names << l->name();
        QVERIFY2(names.contains(QStringLiteral("ICT assets (sample)")), qPrintable(names.join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(TestMasterPlan)
#include "tst_masterplan.moc"
