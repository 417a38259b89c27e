// Field packages against either kind of office project: the same round trip runs once on a
// GeoPackage and once on a real PostgreSQL/PostGIS server (a throw-away cluster): check-out,
// edits on two laptops while the office edits too, check-in with merges and conflicts, the
// review, a second check-in that changes nothing, and, on the server, a desktop whose stale
// save is refused, a package checked out before the office moved to the server, and the CLI.
#include "CheckIn.h"
#include "DemoProject.h"
#include "FieldChanges.h"
#include "FieldPackage.h"
#include "MasterPlanStore.h"
#include "PostgresDatabase.h"
#include "PostgresTestServer.h"
#include "ProjectValidator.h"
#include "ServerTransfer.h"
#include "SqlConnection.h"
#include "SyncConflicts.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using pilar::test::PostgresTestServer;

namespace {

const QString kKecamatan = QStringLiteral("33.03.05");

Asset newAsset(const QString &code, const QString &name, double lon, double lat)
{
    Asset a;
    a.code = code; a.name = name; a.type = QStringLiteral("wifi"); a.condition = QStringLiteral("baik");
    a.kecamatanCode = kKecamatan; a.geometryWkt = QStringLiteral("POINT (%1 %2)").arg(lon).arg(lat);
    return a;
}

bool hasAsset(MasterPlanStore &store, const QString &code)
{
    const QVector<Asset> assets = store.assets();
    return std::any_of(assets.begin(), assets.end(), [&](const Asset &a) { return a.code == code; });
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) c = char(generator.bounded(256));
    return bytes;
}

}

class TestFieldSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_serverProblem;
    QString m_demo;
    int m_offices = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool onServer() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("server");
    }

    /// A fresh office project holding the demo: a copy of the file, or the demo published to a new database.
    QString newOffice(const QString &name)
    {
        const QString file = path(QStringLiteral("%1-%2.gpkg").arg(name).arg(++m_offices));
        if (!QFile::copy(m_demo, file)) return {};
        if (!onServer()) return file;
        QString why;
        const QString server = m_server.createDatabase(QStringLiteral("%1_%2").arg(name).arg(m_offices), &why);
        const auto pushed = ServerTransfer::push(file, server);
        if (!pushed.ok) qWarning() << why << pushed.error;
        return server;
    }

    static FieldPackage::Result checkout(const QString &office, const QString &out, const QString &officer)
    {
        FieldPackage::Options options;
        options.kecamatanCodes = {kKecamatan};
        options.officer = officer;
        options.laptop = QStringLiteral("laptop-") + officer.toLower();
        options.outPath = out;
        return FieldPackage::checkout(office, options);
    }

    static QString areaAsset(MasterPlanStore &store, int index)
    {
        QVector<Asset> assets = store.assets();
        assets.erase(std::remove_if(assets.begin(), assets.end(), [](const Asset &a) { return a.kecamatanCode != kKecamatan; }), assets.end());
        return assets.value(index).uuid;
    }

    /// Audit entries on `table` written under `name` (on the server Pilar's name sits beside the login).
    static int auditedAs(MasterPlanStore &store, const QString &name, const QString &table)
    {
        const QString column = store.isServer() ? QStringLiteral("client_name") : QStringLiteral("user_name");
        return store.connection().scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE %1 = ?1 AND table_name = ?2").arg(column),
                                         {name, table}).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(m_demo, &error), qPrintable(error));
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

    void fieldRoundTrip()
    {
        const QString office = newOffice(QStringLiteral("kantor"));
        QVERIFY(!office.isEmpty());
        QString error;
        MasterPlanStore desk;
        QVERIFY2(desk.open(office, &error), qPrintable(error));
        const QString x = areaAsset(desk, 0), y = areaAsset(desk, 1), z = areaAsset(desk, 2);
        QVERIFY(!z.isEmpty());

        // Two laptops take the kecamatan; the office knows both are out.
        const QString packageA = path(QStringLiteral("paket ani %1.gpkg").arg(m_offices));
        const QString packageB = path(QStringLiteral("paket budi %1.gpkg").arg(m_offices));
        auto r = checkout(office, packageA, QStringLiteral("Ani"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.rows.value(QStringLiteral("mp_assets")) > 0);
        QVERIFY(r.rows.value(QStringLiteral("mp_assets")) < desk.assets().size());   // the area only
        r = checkout(office, packageB, QStringLiteral("Budi"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(desk.connection().scalar(QStringLiteral("SELECT count(*) FROM pilar_sync_packages")).toInt(), 2);
        QVERIFY(FieldPackage::isPackage(packageA));
        // The package opens as an ordinary project with its map.
        QVERIFY(ProjectValidator::validate(packageA).ok());

        const QByteArray photo = randomBytes(200 * 1024, 7);
        // Ani: inspects X with a photo, moves and renames Y, adds a WiFi point.
        {
            MasterPlanStore a;
            QVERIFY(a.open(packageA, &error));
            Inspection inspection;
            inspection.assetUuid = x; inspection.inspectedAt = QDateTime(QDate(2023, 3, 14), QTime(9, 30), Qt::UTC);
            inspection.officer = QStringLiteral("Ani"); inspection.condition = QStringLiteral("rusak_ringan");
            inspection.positionSource = QStringLiteral("gps"); inspection.hasPosition = true;
            inspection.longitude = 109.35; inspection.latitude = -7.33;
            inspection.photos << InspectionPhoto{QString(), QStringLiteral("antena.jpg"), 0, photo};
            QVERIFY2(a.saveInspection(inspection, &error), qPrintable(error));
            Asset ya = *a.asset(y);
            ya.name = QStringLiteral("Nama dari Ani");
            ya.geometryWkt = QStringLiteral("POINT (109.3512345678 -7.3312345678)");
            QVERIFY2(a.save(ya, &error), qPrintable(error));
            Asset added = newAsset(QStringLiteral("WIFI-ANI-1"), QStringLiteral("WiFi Balai Desa (Ani)"), 109.36, -7.32);
            QVERIFY2(a.save(added, &error), qPrintable(error));
        }
        // Budi: a note on X (another field of the row Ani inspected), a new name for Z (the office renames it too).
        {
            MasterPlanStore b;
            QVERIFY(b.open(packageB, &error));
            Asset xb = *b.asset(x);
            xb.notes = QStringLiteral("Tiang perlu dicat");
            QVERIFY(b.save(xb, &error));
            Asset zb = *b.asset(z);
            zb.name = QStringLiteral("Nama dari Budi");
            QVERIFY(b.save(zb, &error));
        }
        // Meanwhile a planner in the office renames Z.
        Asset zOffice = *desk.asset(z);
        zOffice.name = QStringLiteral("Nama dari kantor");
        QVERIFY2(desk.save(zOffice, &error), qPrintable(error));
        // And another desktop has X open, read before the check-in.
        MasterPlanStore stale;
        QVERIFY2(stale.open(office, &error), qPrintable(error));
        Asset xStale = *stale.asset(x);

        auto in = CheckIn::apply(office, packageA, QStringLiteral("kantor"));
        QVERIFY2(in.ok, qPrintable(in.error));
        QCOMPARE(in.conflicts, 0);
        QCOMPARE(in.inserted, 3);    // the asset, the inspection and its photo
        QCOMPARE(in.updated, 2);     // Y, and X's condition from the inspection
        in = CheckIn::apply(office, packageB, QStringLiteral("kantor"));
        QVERIFY2(in.ok, qPrintable(in.error));
        QCOMPARE(in.conflicts, 1);   // Z's name
        QCOMPARE(in.updated, 1);     // X's note

        MasterPlanStore after;
        QVERIFY2(after.open(office, &error), qPrintable(error));
        const Asset xAfter = *after.asset(x);
        QCOMPARE(xAfter.notes, QStringLiteral("Tiang perlu dicat"));
        QCOMPARE(xAfter.condition, QStringLiteral("rusak_ringan"));   // the inspection's
        const Asset yAfter = *after.asset(y);
        QCOMPARE(yAfter.name, QStringLiteral("Nama dari Ani"));
        QCOMPARE(yAfter.geometryWkt, QStringLiteral("POINT (109.3512345678 -7.3312345678)"));
        QCOMPARE(after.asset(z)->name, QStringLiteral("Nama dari kantor"));   // nothing overwritten unseen
        const auto inspections = after.inspections(x);
        QCOMPARE(inspections.size(), 1);
        QCOMPARE(after.inspectionPhoto(inspections.first().photos.first().uuid), photo);
        QVERIFY(hasAsset(after, QStringLiteral("WIFI-ANI-1")));
        // The audit log names the officer and the laptop for every merged change.
        QVERIFY(auditedAs(after, QStringLiteral("Ani (laptop-ani)"), QStringLiteral("mp_assets")) >= 2);
        QVERIFY(auditedAs(after, QStringLiteral("Budi (laptop-budi)"), QStringLiteral("mp_assets")) >= 1);
        if (after.isServer()) {
            // The desktop that read X before the check-in: its save is refused, the field's note stands.
            xStale.notes = QStringLiteral("catatan lama");
            QVERIFY(!stale.save(xStale, &error));
            QVERIFY2(error.contains(QLatin1String("Tiang perlu dicat")), qPrintable(error));
            QCOMPARE(after.asset(x)->notes, QStringLiteral("Tiang perlu dicat"));
        }

        // The review: both names side by side, with the row's label and place.
        const auto conflicts = SyncConflicts::list(after.connection());
        QCOMPARE(conflicts.size(), 1);
        const SyncConflict c = conflicts.first();
        QCOMPARE(c.rowUuid, z);
        QCOMPARE(c.column, QStringLiteral("name"));
        QCOMPARE(c.officeValue.toString(), QStringLiteral("Nama dari kantor"));
        QCOMPARE(c.fieldValue.toString(), QStringLiteral("Nama dari Budi"));
        QCOMPARE(c.officer, QStringLiteral("Budi"));
        QVERIFY(c.hasLocation && c.location.x() > 109 && c.location.x() < 110);
        QVERIFY2(SyncConflicts::resolve(after.connection(), c.uuid, SyncConflicts::Take::Field, QVariant(), QStringLiteral("kepala bidang"), &error),
                 qPrintable(error));
        QCOMPARE(after.asset(z)->name, QStringLiteral("Nama dari Budi"));
        QVERIFY(!SyncConflicts::resolve(after.connection(), c.uuid, SyncConflicts::Take::Office, QVariant(), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QCOMPARE(SyncConflicts::list(after.connection()).size(), 0);
        QCOMPARE(auditedAs(after, QStringLiteral("kepala bidang"), QStringLiteral("pilar_sync_conflicts")), 1);

        // The same changes again change nothing; a refreshed package carries the merged state.
        const auto again = CheckIn::apply(office, packageB, QStringLiteral("kantor"));
        QVERIFY2(again.ok && again.alreadyCheckedIn, qPrintable(again.error));
        FieldPackage::Options refresh;
        refresh.refreshPackage = packageA;
        refresh.outPath = packageA;
        const auto refreshed = FieldPackage::checkout(office, refresh);
        QVERIFY2(refreshed.ok, qPrintable(refreshed.error));
        MasterPlanStore a2;
        QVERIFY(a2.open(packageA, &error));
        QCOMPARE(a2.asset(z)->name, QStringLiteral("Nama dari Budi"));
        QCOMPARE(a2.asset(x)->notes, QStringLiteral("Tiang perlu dicat"));
    }

    void aForeignOrTamperedPackageIsRefused()
    {
        const QString office = newOffice(QStringLiteral("asing"));
        const QString other = newOffice(QStringLiteral("lain"));
        const QString package = path(QStringLiteral("paket-lain-%1.gpkg").arg(m_offices));
        auto r = checkout(other, package, QStringLiteral("Citra"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        {
            MasterPlanStore c;
            QVERIFY(c.open(package, &error));
            Asset added = newAsset(QStringLiteral("WIFI-C"), QStringLiteral("WiFi"), 109.36, -7.32);
            QVERIFY(c.save(added, &error));
        }
        // Copies of the demo share its project id: the package is refused by its signature, made
        // with the other office's key.
        const auto in = CheckIn::apply(office, package, QStringLiteral("kantor"));
        QVERIFY(!in.ok);
        QVERIFY2(in.error.contains(QLatin1String("Nothing was changed")) || in.error.contains(QLatin1String("nothing was changed")), qPrintable(in.error));
        MasterPlanStore store;
        QVERIFY(store.open(office, &error));
        QVERIFY(!hasAsset(store, QStringLiteral("WIFI-C")));
    }

    void aPackageOutWhenTheOfficeMovesChecksInOnTheServer()
    {
        if (!onServer()) QSKIP("the office moves from its file to the server");
        const QString file = path(QStringLiteral("pindah.gpkg"));
        QVERIFY(QFile::copy(m_demo, file));
        const QString package = path(QStringLiteral("paket-sebelum-pindah.gpkg"));
        auto r = checkout(file, package, QStringLiteral("Dewi"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        {
            MasterPlanStore d;
            QVERIFY(d.open(package, &error));
            Asset added = newAsset(QStringLiteral("CCTV-DEWI"), QStringLiteral("CCTV Alun-alun"), 109.37, -7.31);
            QVERIFY(d.save(added, &error));
        }
        const QString server = m_server.createDatabase(QStringLiteral("pindah"), &error);
        const auto pushed = ServerTransfer::push(file, server);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        const auto in = CheckIn::apply(server, package, QStringLiteral("kantor"));
        QVERIFY2(in.ok, qPrintable(in.error));
        QCOMPARE(in.inserted, 1);
        MasterPlanStore store;
        QVERIFY(store.open(server, &error));
        QVERIFY(hasAsset(store, QStringLiteral("CCTV-DEWI")));
        // And a copy pulled from the server keeps the packages' record.
        const QString copy = path(QStringLiteral("salinan-pindah.gpkg"));
        QVERIFY(ServerTransfer::pull(server, copy).ok);
        MasterPlanStore local;
        QVERIFY(local.open(copy, &error));
        QCOMPARE(local.connection().scalar(QStringLiteral("SELECT count(*) FROM pilar_sync_checkins")).toInt(), 1);
        QVERIFY(ProjectValidator::validate(copy).ok());
    }

    void anEditorsLoginChecksOutAndIn()
    {
        if (!onServer()) QSKIP("logins and their roles are the server's");
        const QString office = newOffice(QStringLiteral("peran"));
        const QString database = office.section(QStringLiteral("dbname="), 1).section(QLatin1Char(' '), 0, 0);
        QString why;
        QVERIFY2(m_server.createLoginRole(QStringLiteral("rina"), {QStringLiteral("pilar_editor")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        QVERIFY2(m_server.createLoginRole(QStringLiteral("tamu"), {QStringLiteral("pilar_viewer")}, &why) || why.contains(QLatin1String("exists")), qPrintable(why));
        const QString asRina = m_server.connection(database, QStringLiteral("rina"));
        const QString package = path(QStringLiteral("paket-rina.gpkg"));
        auto r = checkout(asRina, package, QStringLiteral("Rina"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        {
            MasterPlanStore laptop;
            QVERIFY(laptop.open(package, &error));
            Asset added = newAsset(QStringLiteral("WIFI-RINA"), QStringLiteral("WiFi Kantor Desa"), 109.36, -7.32);
            QVERIFY(laptop.save(added, &error));
        }
        const auto in = CheckIn::apply(asRina, package, QStringLiteral("rina"));
        QVERIFY2(in.ok, qPrintable(in.error));
        QCOMPARE(in.inserted, 1);
        // The server's log names her login, with the officer and laptop beside it.
        PostgresDatabase owner;
        QVERIFY(owner.open(office));
        QCOMPARE(owner.scalar(QStringLiteral("SELECT user_name || ' / ' || client_name FROM mp_audit_log WHERE table_name = 'mp_assets' "
                                             "ORDER BY fid DESC LIMIT 1")).toString(), QStringLiteral("rina / Rina (laptop-rina)"));
        // A viewer may neither check in nor take the signing key.
        const auto refused = CheckIn::apply(m_server.connection(database, QStringLiteral("tamu")), package, QStringLiteral("tamu"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QLatin1String("viewer")), qPrintable(refused.error));
        r = checkout(m_server.connection(database, QStringLiteral("tamu")), path(QStringLiteral("paket-tamu.gpkg")), QStringLiteral("Tamu"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("viewer")), qPrintable(r.error));
        QVERIFY(!QFile::exists(path(QStringLiteral("paket-tamu.gpkg"))));
    }

    void cliChecksOutAndInOnTheServer()
    {
        if (!onServer()) QSKIP("tst_field covers the CLI on a file");
        const QString office = newOffice(QStringLiteral("cli"));
        auto cli = [](const QStringList &args, QString *output) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral(PILAR_CLI_PATH), args);
            process.waitForFinished(120000);
            *output = QString::fromUtf8(process.readAll());
            return process.exitCode();
        };
        const QString package = path(QStringLiteral("paket-cli.gpkg"));
        QString output;
        QCOMPARE(cli({QStringLiteral("checkout"), office, QStringLiteral("--kecamatan"), kKecamatan, QStringLiteral("--officer"), QStringLiteral("Eko"),
                      QStringLiteral("--out"), package}, &output), 0);
        QString error;
        QString z;
        {
            MasterPlanStore e;
            QVERIFY2(e.open(package, &error), qPrintable(error));
            z = areaAsset(e, 0);
            Asset asset = *e.asset(z);
            asset.name = QStringLiteral("Nama dari Eko");
            QVERIFY(e.save(asset, &error));
            MasterPlanStore desk;
            QVERIFY(desk.open(office, &error));
            Asset mine = *desk.asset(z);
            mine.name = QStringLiteral("Nama dari kantor");
            QVERIFY(desk.save(mine, &error));
        }
        QCOMPARE(cli({QStringLiteral("checkin"), office, package}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("1 conflict")), qPrintable(output));
        QCOMPARE(cli({QStringLiteral("conflicts"), office}, &output), 0);
        QVERIFY2(output.contains(QLatin1String("Nama dari Eko")) && output.contains(QLatin1String("Nama dari kantor")), qPrintable(output));
        MasterPlanStore store;
        QVERIFY(store.open(office, &error));
        const QString id = SyncConflicts::list(store.connection()).first().uuid;
        QCOMPARE(cli({QStringLiteral("conflicts"), office, QStringLiteral("--resolve"), id.left(8), QStringLiteral("--take"), QStringLiteral("field")}, &output), 0);
        QCOMPARE(store.asset(z)->name, QStringLiteral("Nama dari Eko"));
    }
};

QTEST_GUILESS_MAIN(TestFieldSync)
#include "tst_fieldsync.moc"
