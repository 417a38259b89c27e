// Field packages on real GeoPackages: check-out, edits on three "laptops", check-in in every
// order, conflicts and their review, refusals of bad packages, and a check-in killed midway.
#include "CheckIn.h"
#include "DemoProject.h"
#include "FieldChanges.h"
#include "FieldPackage.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "SqliteDatabase.h"
#include "SyncConflicts.h"
#include "SyncSchema.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pilar;

namespace {

const QString kKecamatan = QStringLiteral("33.03.05");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The plan's content, whatever the row order or fids: equal exactly when every synced row is.
QByteArray planDigest(const QString &path)
{
    SqliteDatabase db;   // read-write, as Pilar opens it: a killed writer's journal is rolled back first
    if (!db.open(path)) return {};
    bool ok = false;
    const QByteArray digest = SyncSchema::digest(db, QString(), QByteArrayLiteral("test"), &ok);
    return ok ? digest : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) c = char(generator.bounded(256));
    return bytes;
}

Asset newAsset(const QString &code, const QString &name, double lon, double lat)
{
    Asset a;
    a.code = code; a.name = name; a.type = QStringLiteral("wifi"); a.condition = QStringLiteral("baik");
    a.kecamatanCode = kKecamatan; a.geometryWkt = QStringLiteral("POINT (%1 %2)").arg(lon).arg(lat);
    return a;
}

}

class TestField : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_office;              // the demo, edited in the office after check-out
    QStringList m_packages;        // three laptops' packages, edited in the field
    QString m_x, m_y, m_z, m_w, m_v; // the assets the scenario touches
    QByteArray m_photo, m_scan;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString assetUuid(MasterPlanStore &store, int index)
    {
        QVector<Asset> assets = store.assets();
        assets.erase(std::remove_if(assets.begin(), assets.end(), [](const Asset &a) { return a.kecamatanCode != kKecamatan; }), assets.end());
        return assets.value(index).uuid;
    }

    FieldPackage::Result checkout(const QString &office, const QString &out, const QString &officer)
    {
        FieldPackage::Options options;
        options.kecamatanCodes = {kKecamatan};
        options.officer = officer;
        options.laptop = QStringLiteral("laptop-") + officer.toLower();
        options.outPath = out;
        return FieldPackage::checkout(office, options);
    }

    // Decides every open conflict the same way whatever the order: the larger of the two values,
    // the field's deletion, the field's row brought back, a fresh code for a duplicate.
    void resolveAll(const QString &office)
    {
        SqliteDatabase db;
        QVERIFY(db.open(office));
        for (const SyncConflict &c : SyncConflicts::list(db)) {
            QString error;
            bool ok = false;
            switch (c.kind) {
            case SyncConflict::Kind::EditedBoth: {
                const QString a = c.officeValue.toString(), b = c.fieldValue.toString();
                ok = SyncConflicts::resolve(db, c.uuid, SyncConflicts::Take::Edited, std::max(a, b), QStringLiteral("reviewer"), &error);
                break;
            }
            case SyncConflict::Kind::DuplicateCode:
                ok = SyncConflicts::resolve(db, c.uuid, SyncConflicts::Take::Edited, QVariant(c.fieldValue.toString() + QStringLiteral("-2")),
                                            QStringLiteral("reviewer"), &error);
                break;
            default:
                ok = SyncConflicts::resolve(db, c.uuid, SyncConflicts::Take::Field, QVariant(), QStringLiteral("reviewer"), &error);
            }
            QVERIFY2(ok, qPrintable(error));
        }
        QCOMPARE(SyncConflicts::list(db).size(), 0);
    }

    // The open conflicts as a planner sees them: which row and field, and the two values either way round.
    QStringList conflictSummary(const QString &office)
    {
        SqliteDatabase db;
        db.open(office, true);
        QStringList out;
        for (const SyncConflict &c : SyncConflicts::list(db)) {
            QStringList values{SyncConflicts::displayValue(c.officeValue, c.column), SyncConflicts::displayValue(c.fieldValue, c.column)};
            if (c.kind == SyncConflict::Kind::EditedBoth) values.sort();
            out << QStringLiteral("%1 %2 %3 %4 %5").arg(c.table, c.rowUuid, c.column, SyncConflicts::kindKey(c.kind), values.join(QLatin1Char('|')));
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_office = path(QStringLiteral("kantor dinas.gpkg"));   // a space, as on real desktops
        QString error;
        QVERIFY2(DemoProject::create(m_office, &error), qPrintable(error));
        m_photo = randomBytes(300 * 1024, 1);
        m_scan = randomBytes(120 * 1024, 2);
    }

    void checkoutHoldsTheArea()
    {
        const QString package = path(QStringLiteral("paket kutasari.gpkg"));
        const auto result = checkout(m_office, package, QStringLiteral("Budi"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.rows.value(QStringLiteral("mp_assets")) > 5);
        QCOMPARE(result.origin.officer, QStringLiteral("Budi"));

        // Only the area's assets, every pillar and stage, and no office history travel.
        MasterPlanStore store;
        QString error;
        QVERIFY2(store.open(package, &error), qPrintable(error));
        for (const Asset &a : store.assets()) QVERIFY2(a.kecamatanCode == kKecamatan || a.desaCode.startsWith(kKecamatan), qPrintable(a.code));
        MasterPlanStore office;
        QVERIFY(office.open(m_office, &error));
        QCOMPARE(store.pillars().size(), office.pillars().size());
        QCOMPARE(store.stages().size(), office.stages().size());
        QVERIFY(store.programmes().size() < office.programmes().size());
        for (const Realisation &r : store.realisations()) QVERIFY(r.kecamatanCode.isEmpty() || r.kecamatanCode == kKecamatan);
        QCOMPARE(store.database().scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log")).toInt(), 0);

        // It opens as an ordinary project with its map, knows where it came from, and has nothing to send yet.
        const auto loaded = ProjectFile::load(package);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QVERIFY(loaded.project->layers().size() >= 4);
        const auto origin = FieldChanges::packageOrigin(package);
        QVERIFY(origin.has_value());
        QCOMPARE(origin->kecamatanCodes, QStringList{kKecamatan});
        QCOMPARE(origin->laptop, QStringLiteral("laptop-budi"));
        const auto changes = FieldChanges::fromPackage(package, &error);
        QVERIFY2(changes, qPrintable(error));
        QVERIFY(changes->isEmpty());
        QVERIFY(!FieldPackage::isPackage(m_office));
        // Every reference inside the package holds (an asset's programme travels with it).
        const auto report = ProjectValidator::validate(package);
        QVERIFY2(report.ok(), qPrintable(report.toText()));
        // The office lists the package as out.
        QCOMPARE(office.database().scalar(QStringLiteral("SELECT officer FROM pilar_sync_packages WHERE uuid = ?1"), {origin->packageId}).toString(),
                 QStringLiteral("Budi"));
    }

    void checkoutRefusesBadRequests()
    {
        FieldPackage::Options options;
        options.kecamatanCodes = {QStringLiteral("33.03.99")};
        options.outPath = path(QStringLiteral("x.gpkg"));
        auto r = FieldPackage::checkout(m_office, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("33.03.99")), qPrintable(r.error));
        QVERIFY(!QFile::exists(options.outPath));
        options.kecamatanCodes = {kKecamatan};
        r = FieldPackage::checkout(path(QStringLiteral("paket kutasari.gpkg")), options);
        QVERIFY2(r.error.contains(QStringLiteral("field package")), qPrintable(r.error));
        options.outPath = path(QStringLiteral("no such folder/x.gpkg"));
        r = FieldPackage::checkout(m_office, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("x.gpkg")), qPrintable(r.error));
    }

    void layersOutsideTheProjectTravelInside()
    {
        // A road layer and an elevation raster kept beside the office project, not inside it.
        const QString office = path(QStringLiteral("office-layers.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        std::vector<test::TestFeature> roads;
        for (int i = 0; i < 40; ++i)   // west to east across the regency: only some cross Purbalingga
            roads.push_back({QStringLiteral("LINESTRING (%1 -7.39, %2 -7.39)").arg(109.10 + i * 0.015).arg(109.11 + i * 0.015), {QString::number(i)}});
        QVERIFY(test::TestData::writeVector(path(QStringLiteral("jalan.geojson")), QStringLiteral("GeoJSON"), QStringLiteral("jalan"), 4326,
                                            {QStringLiteral("id:int")}, roads));
        QVERIFY(test::TestData::writeRaster(path(QStringLiteral("dem.tif")), 4326, 400, 300, 1, 109.0, -7.1, 0.002,
                                            [](int, int x, int y) { return (x + y) % 250; }));
        {
            SqliteDatabase db;
            QVERIFY(db.open(office));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO pilar_layers(layer_id, position, name, kind, source, source_layer, visible, opacity) VALUES "
                                           "('roads', 10, 'Jalan', 'vector', 'jalan.geojson', 'jalan', 1, 1), "
                                           "('dem', 11, 'DEM', 'raster', 'dem.tif', NULL, 1, 1)")));
        }
        const QString package = path(QStringLiteral("paket-lapisan.gpkg"));
        const auto result = checkout(office, package, QStringLiteral("Fajar"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        // Moved away from the files beside the office project, the package still has both layers.
        const QString moved = path(QStringLiteral("laptop/paket-lapisan.gpkg"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("laptop"))));
        QVERIFY(QFile::rename(package, moved));
        const auto loaded = ProjectFile::load(moved);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
        QStringList names;
        for (const auto &layer : loaded.project->layers()) names << layer->name();
        QVERIFY(names.contains(QStringLiteral("Jalan")) && names.contains(QStringLiteral("DEM")));
        SqliteDatabase db;
        QVERIFY(db.open(moved, true));
        const int roadsInPackage = db.scalar(QStringLiteral("SELECT count(*) FROM field_layer_1")).toInt();
        QVERIFY2(roadsInPackage > 0 && roadsInPackage < 40, qPrintable(QString::number(roadsInPackage)));   // clipped to the area
        QCOMPARE(db.scalar(QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'field_layer_2'")).toString(), QStringLiteral("tiles"));
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM pilar_layers WHERE coalesce(source, '') <> ''")).toInt() == 0);
    }

    void threeLaptopsEditInTheField()
    {
        for (const QString &officer : {QStringLiteral("Ani"), QStringLiteral("Budi"), QStringLiteral("Citra")}) {
            const QString package = path(QStringLiteral("paket-%1.gpkg").arg(officer));
            const auto r = checkout(m_office, package, officer);
            QVERIFY2(r.ok, qPrintable(r.error));
            m_packages << package;
        }
        QString error;
        {
            MasterPlanStore office;
            QVERIFY(office.open(m_office, &error));
            m_x = assetUuid(office, 0); m_y = assetUuid(office, 1); m_z = assetUuid(office, 2); m_w = assetUuid(office, 3); m_v = assetUuid(office, 4);
            QVERIFY(!m_v.isEmpty());
        }
        // Laptop A: inspects X (condition + photo), renames V, adds a WiFi point.
        {
            MasterPlanStore a;
            QVERIFY(a.open(m_packages[0], &error));
            a.setUserName(QStringLiteral("Ani"));
            Inspection inspection;
            inspection.assetUuid = m_x; inspection.inspectedAt = QDateTime(QDate(2023, 3, 14), QTime(9, 30), Qt::UTC);
            inspection.officer = QStringLiteral("Ani"); inspection.condition = QStringLiteral("rusak_ringan");
            inspection.note = QStringLiteral("Antena miring"); inspection.positionSource = QStringLiteral("gps");
            inspection.hasPosition = true; inspection.longitude = 109.35; inspection.latitude = -7.33;
            inspection.photos << InspectionPhoto{QString(), QStringLiteral("antena.jpg"), 0, m_photo};
            QVERIFY2(a.saveInspection(inspection, &error), qPrintable(error));
            Asset v = *a.asset(m_v);
            v.name = QStringLiteral("Nama dari Ani");
            QVERIFY2(a.save(v, &error), qPrintable(error));
            Asset added = newAsset(QStringLiteral("WIFI-ANI-1"), QStringLiteral("WiFi Balai Desa (Ani)"), 109.36, -7.32);
            QVERIFY2(a.save(added, &error), qPrintable(error));
        }
        // Laptop B: notes on X (another field of the same row), renames Y (the office does too),
        // renames V differently from A, adds an asset and a realisation with a scanned report.
        {
            MasterPlanStore b;
            QVERIFY(b.open(m_packages[1], &error));
            Asset x = *b.asset(m_x);
            x.notes = QStringLiteral("Tiang perlu dicat");
            QVERIFY(b.save(x, &error));
            Asset y = *b.asset(m_y);
            y.name = QStringLiteral("Nama dari Budi");
            QVERIFY(b.save(y, &error));
            Asset v = *b.asset(m_v);
            v.name = QStringLiteral("Nama dari Budi untuk V");
            QVERIFY(b.save(v, &error));
            Asset added = newAsset(QStringLiteral("WIFI-BUDI-1"), QStringLiteral("WiFi Pasar (Budi)"), 109.37, -7.31);
            QVERIFY(b.save(added, &error));
            const QVector<Indicator> indicators = b.indicators();
            QVERIFY(!indicators.isEmpty());
            Realisation r = Realisation::of(indicators.first().uuid, 42, QDate(2023, 6, 30), kKecamatan, QStringLiteral("BA lapangan"), QStringLiteral("Budi"));
            r.attachmentName = QStringLiteral("berita-acara.pdf");
            r.attachment = m_scan;
            QVERIFY2(b.saveRealisation(r, &error), qPrintable(error));
        }
        // Laptop C: deletes Z (the office edits it), edits W (the office deletes it), adds an asset.
        {
            MasterPlanStore c;
            QVERIFY(c.open(m_packages[2], &error));
            QVERIFY(c.removeAsset(m_z, &error));
            Asset w = *c.asset(m_w);
            w.notes = QStringLiteral("Masih berfungsi");
            QVERIFY(c.save(w, &error));
            Asset added = newAsset(QStringLiteral("CCTV-CITRA-1"), QStringLiteral("CCTV Simpang (Citra)"), 109.38, -7.30);
            added.type = QStringLiteral("cctv");
            QVERIFY(c.save(added, &error));
        }
        // Meanwhile the office renames Y, adds a note to Z and deletes W.
        {
            MasterPlanStore office;
            QVERIFY(office.open(m_office, &error));
            Asset y = *office.asset(m_y);
            y.name = QStringLiteral("Nama dari kantor");
            QVERIFY(office.save(y, &error));
            Asset z = *office.asset(m_z);
            z.notes = QStringLiteral("Diganti baru oleh kantor");
            QVERIFY(office.save(z, &error));
            QVERIFY(office.removeAsset(m_w, &error));
        }
        // Each package lists what it will send back.
        const auto a = FieldChanges::fromPackage(m_packages[0], &error);
        QVERIFY2(a, qPrintable(error));
        const auto pending = a->pending();
        QSet<QString> labels;
        for (const PendingChange &p : pending) labels << p.table + QLatin1Char(' ') + p.label;
        QVERIFY2(labels.contains(QStringLiteral("mp_assets WIFI-ANI-1")), qPrintable(QStringList(labels.values()).join(QLatin1Char(','))));
        QVERIFY(labels.contains(QStringLiteral("mp_inspection_photos antena.jpg")));
    }

    // A conflict keeps both rows as JSON: whole numbers come back as integers, others as they were,
    // including numbers too large for 64 bits.
    void conflictRowsKeepTheirNumbers()
    {
        const QVariantMap row = SyncConflicts::rowFromJson(
            QStringLiteral(R"({"jumlah":3,"besar":1e300,"anggaran":2.5,"negatif":-9007199254740992})"));
        QCOMPARE(row.value(QStringLiteral("jumlah")).typeId(), int(QMetaType::LongLong));
        QCOMPARE(row.value(QStringLiteral("jumlah")).toLongLong(), 3);
        QCOMPARE(row.value(QStringLiteral("besar")).toDouble(), 1e300);
        QCOMPARE(row.value(QStringLiteral("anggaran")).toDouble(), 2.5);
        QCOMPARE(row.value(QStringLiteral("negatif")).toLongLong(), -9007199254740992LL);
    }

    void checkInMergesAndKeepsConflicts()
    {
        const QString office = path(QStringLiteral("office-ABC.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        QString error;
        const auto a = CheckIn::apply(office, m_packages[0], QStringLiteral("kantor"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.conflicts, 0);
        QCOMPARE(a.origin.officer, QStringLiteral("Ani"));
        const auto b = CheckIn::apply(office, m_packages[1], QStringLiteral("kantor"));
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.conflicts, 2);   // Y's name against the office, V's name against Ani's
        const auto c = CheckIn::apply(office, m_packages[2], QStringLiteral("kantor"));
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.conflicts, 2);   // Z deleted but edited, W edited but deleted

        MasterPlanStore store;
        QVERIFY(store.open(office, &error));
        // Different fields of X merged: Ani's condition, Budi's note.
        const Asset x = *store.asset(m_x);
        QCOMPARE(x.condition, QStringLiteral("rusak_ringan"));
        QCOMPARE(x.notes, QStringLiteral("Tiang perlu dicat"));
        // Nothing overwritten silently: the office's Y name stays until someone decides.
        QCOMPARE(store.asset(m_y)->name, QStringLiteral("Nama dari kantor"));
        QVERIFY(store.asset(m_z).has_value());
        QVERIFY(!store.asset(m_w).has_value());
        // New rows from all three laptops.
        QSet<QString> codes;
        for (const Asset &asset : store.assets()) codes << asset.code;
        QVERIFY(codes.contains(QStringLiteral("WIFI-ANI-1")) && codes.contains(QStringLiteral("WIFI-BUDI-1")) && codes.contains(QStringLiteral("CCTV-CITRA-1")));
        // Attachments arrive byte for byte.
        const QVector<Inspection> inspections = store.inspections(m_x);
        QCOMPARE(inspections.size(), 1);
        QCOMPARE(inspections.first().photos.size(), 1);
        QCOMPARE(store.inspectionPhoto(inspections.first().photos.first().uuid), m_photo);
        QCOMPARE(inspections.first().officer, QStringLiteral("Ani"));
        QVERIFY(qAbs(inspections.first().longitude - 109.35) < 1e-9);
        QString scanUuid;
        for (const Realisation &r : store.realisations())
            if (r.attachmentName == QLatin1String("berita-acara.pdf")) scanUuid = r.uuid;
        QVERIFY(!scanUuid.isEmpty());
        QCOMPARE(store.realisationAttachment(scanUuid), m_scan);
        // The audit log names the field officer and the laptop.
        QVERIFY(store.database().scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE user_name = 'Ani (laptop-ani)' AND table_name = 'mp_assets'")).toInt() >= 2);

        // The review: both values side by side, with the row's name and place.
        SqliteDatabase &db = store.database();
        const auto conflicts = SyncConflicts::list(db);
        QCOMPARE(conflicts.size(), 4);
        const auto yConflict = std::find_if(conflicts.begin(), conflicts.end(), [&](const SyncConflict &k) { return k.rowUuid == m_y; });
        QVERIFY(yConflict != conflicts.end());
        QCOMPARE(yConflict->column, QStringLiteral("name"));
        QCOMPARE(yConflict->officeValue.toString(), QStringLiteral("Nama dari kantor"));
        QCOMPARE(yConflict->fieldValue.toString(), QStringLiteral("Nama dari Budi"));
        QCOMPARE(yConflict->officer, QStringLiteral("Budi"));
        QVERIFY(yConflict->hasLocation);
        QVERIFY(yConflict->location.x() > 109 && yConflict->location.x() < 110);

        // Taking the field's value changes the row and is audited; the W row comes back with C's edit.
        QVERIFY2(SyncConflicts::resolve(db, yConflict->uuid, SyncConflicts::Take::Field, QVariant(), QStringLiteral("kepala bidang"), &error), qPrintable(error));
        QCOMPARE(store.asset(m_y)->name, QStringLiteral("Nama dari Budi"));
        QVERIFY(!SyncConflicts::resolve(db, yConflict->uuid, SyncConflicts::Take::Office, QVariant(), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE table_name = 'pilar_sync_conflicts' AND action = 'update' "
                                          "AND user_name = 'kepala bidang'")).toInt(), 1);
        const auto wConflict = std::find_if(conflicts.begin(), conflicts.end(), [&](const SyncConflict &k) { return k.rowUuid == m_w; });
        QCOMPARE(wConflict->kind, SyncConflict::Kind::DeletedInOffice);
        QVERIFY(SyncConflicts::resolve(db, wConflict->uuid, SyncConflicts::Take::Field, QVariant(), QStringLiteral("kepala bidang"), &error));
        QCOMPARE(store.asset(m_w)->notes, QStringLiteral("Masih berfungsi"));
        QVERIFY(ProjectValidator::validate(office).ok());
    }

    void anyOrderGivesTheSameState()
    {
        // All six orders: the same conflicts wait, and the same decisions give the same plan.
        QList<int> order{0, 1, 2};
        QByteArray firstDigest;
        QStringList firstConflicts;
        int run = 0;
        do {
            const QString office = path(QStringLiteral("office-order-%1.gpkg").arg(run++));
            QVERIFY(QFile::copy(m_office, office));
            for (int i : order) {
                const auto r = CheckIn::apply(office, m_packages[i], QStringLiteral("kantor"));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
            const QStringList conflicts = conflictSummary(office);
            QCOMPARE(conflicts.size(), 4);
            resolveAll(office);
            const QByteArray digest = planDigest(office);
            QVERIFY(!digest.isEmpty());
            if (firstDigest.isEmpty()) { firstDigest = digest; firstConflicts = conflicts; }
            QCOMPARE(conflicts, firstConflicts);
            QCOMPARE(digest, firstDigest);
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(run, 6);
    }

    void checkingInTwiceChangesNothing()
    {
        const QString office = path(QStringLiteral("office-twice.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        QVERIFY(CheckIn::apply(office, m_packages[1], QStringLiteral("kantor")).ok);
        const QByteArray after = fileHash(office);
        const auto again = CheckIn::apply(office, m_packages[1], QStringLiteral("kantor"));
        QVERIFY(again.ok);
        QVERIFY(again.alreadyCheckedIn);
        QCOMPARE(fileHash(office), after);
        // Its change file, carried on a USB stick, is the same changes: nothing new either.
        QString error;
        const auto changes = FieldChanges::fromPackage(m_packages[1], &error);
        const QString file = path(QStringLiteral("budi.pilarchanges"));
        QVERIFY2(changes->writeFile(file, &error), qPrintable(error));
        QVERIFY(CheckIn::apply(office, file, QStringLiteral("kantor")).alreadyCheckedIn);
        QCOMPARE(fileHash(office), after);
        // The change file alone brings the same result as the package into a fresh office copy.
        const QString viaFile = path(QStringLiteral("office-via-file.gpkg"));
        QVERIFY(QFile::copy(m_office, viaFile));
        const auto r = CheckIn::apply(viaFile, file, QStringLiteral("kantor"));
        QVERIFY2(r.ok && !r.alreadyCheckedIn, qPrintable(r.error));
        QCOMPARE(planDigest(viaFile), planDigest(office));
    }

    void badPackagesAreRefused()
    {
        const QString office = path(QStringLiteral("office-refusals.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        const QByteArray before = fileHash(office);
        QString error;

        // Tampered: the copy taken at check-out was altered.
        const QString tampered = path(QStringLiteral("tampered.gpkg"));
        QVERIFY(QFile::copy(m_packages[0], tampered));
        {
            SqliteDatabase db;
            QVERIFY(db.open(tampered));
            QVERIFY(db.exec(QStringLiteral("UPDATE pilar_base_mp_assets SET name = 'diubah' WHERE uuid = ?1"), {m_y}));
        }
        auto r = CheckIn::apply(office, tampered, QStringLiteral("kantor"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("tampered.gpkg")) && r.error.contains(QStringLiteral("checksum")), qPrintable(r.error));

        // Truncated on the way (half of the file).
        const QString truncated = path(QStringLiteral("truncated.gpkg"));
        QFile source(m_packages[0]);
        QVERIFY(source.open(QIODevice::ReadOnly));
        test::TestData::writeText(truncated, source.read(source.size() / 2));
        r = CheckIn::apply(office, truncated, QStringLiteral("kantor"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("truncated.gpkg")), qPrintable(r.error));

        // From another project.
        const QString other = path(QStringLiteral("other office.gpkg"));
        QVERIFY(DemoProject::create(other, &error));
        const QString foreign = path(QStringLiteral("foreign.gpkg"));
        QVERIFY(checkout(other, foreign, QStringLiteral("Dewi")).ok);
        r = CheckIn::apply(office, foreign, QStringLiteral("kantor"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("another project")), qPrintable(r.error));

        // A change file with one byte flipped, and one cut short.
        const auto changes = FieldChanges::fromPackage(m_packages[0], &error);
        const QString file = path(QStringLiteral("ani.pilarchanges"));
        QVERIFY(changes->writeFile(file, &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
        test::TestData::writeText(path(QStringLiteral("flipped.pilarchanges")), flipped);
        r = CheckIn::apply(office, path(QStringLiteral("flipped.pilarchanges")), QStringLiteral("kantor"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("flipped.pilarchanges")), qPrintable(r.error));
        test::TestData::writeText(path(QStringLiteral("short.pilarchanges")), bytes.left(bytes.size() - 40));
        r = CheckIn::apply(office, path(QStringLiteral("short.pilarchanges")), QStringLiteral("kantor"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("truncated")), qPrintable(r.error));
        r = CheckIn::apply(office, path(QStringLiteral("nothing here.gpkg")), QStringLiteral("kantor"));
        QVERIFY2(r.error.contains(QStringLiteral("nothing here.gpkg")), qPrintable(r.error));

        // The office project is untouched by all of it, and the good package still checks in.
        QCOMPARE(fileHash(office), before);
        QVERIFY(CheckIn::apply(office, m_packages[0], QStringLiteral("kantor")).ok);
    }

    void referencesToRowsDeletedInTheOffice()
    {
        // The office deletes a programme while the field adds an asset serving it, points an
        // existing asset at it and adds an activity to it: nothing dangles, all of it waits for review.
        const QString office = path(QStringLiteral("office-deleted-programme.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(office, &error), qPrintable(error));
        const QString package = path(QStringLiteral("deleted-programme.gpkg"));
        const auto out = checkout(office, package, QStringLiteral("Sari"));
        QVERIFY2(out.ok, qPrintable(out.error));
        QString programme, newAsset, activity = MasterPlanSchema::newUuid(), pointed;
        {
            MasterPlanStore field;
            QVERIFY(field.open(package, &error));
            QVector<Asset> assets = field.assets();
            const auto served = std::find_if(assets.begin(), assets.end(), [](const Asset &a) { return !a.programmeUuid.isEmpty(); });
            QVERIFY(served != assets.end());
            programme = served->programmeUuid;
            Asset added = *served;
            added.uuid.clear();
            added.code = QStringLiteral("CCTV-BARU-01");
            QVERIFY2(field.save(added, &error), qPrintable(error));
            newAsset = added.uuid;
            const auto other = std::find_if(assets.begin(), assets.end(), [&](const Asset &a) { return a.programmeUuid != programme; });
            QVERIFY(other != assets.end());
            Asset repointed = *other;
            repointed.programmeUuid = programme;
            repointed.name += QStringLiteral(" (dipindah)");
            QVERIFY2(field.save(repointed, &error), qPrintable(error));
            pointed = repointed.uuid;
            QVERIFY(field.database().exec(QStringLiteral("INSERT INTO mp_activities(uuid, programme_uuid, name, budget) VALUES (?1, ?2, 'Survei lokasi', 0)"),
                                          {activity, programme}));
        }
        {
            MasterPlanStore store;
            QVERIFY(store.open(office, &error));
            QVERIFY2(store.removeProgramme(programme, &error), qPrintable(error));
        }
        const auto result = CheckIn::apply(office, package, QStringLiteral("kantor"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conflicts, 3);
        const auto report = ProjectValidator::validate(office);
        QVERIFY2(report.ok(), qPrintable(report.toText()));   // no row points at the deleted programme

        MasterPlanStore store;
        QVERIFY(store.open(office, &error));
        QVERIFY(store.asset(newAsset).has_value());               // the new asset is in, without the programme
        QVERIFY(store.asset(newAsset)->programmeUuid.isEmpty());
        QVERIFY(store.asset(pointed)->name.endsWith(QStringLiteral("(dipindah)")));   // its other change merged
        QVERIFY(store.asset(pointed)->programmeUuid != programme);
        QCOMPARE(store.database().scalar(QStringLiteral("SELECT count(*) FROM mp_activities WHERE uuid = ?1"), {activity}).toInt(), 0);

        SqliteDatabase &db = store.database();
        const auto conflicts = SyncConflicts::list(db);
        QCOMPARE(conflicts.size(), 3);
        for (const SyncConflict &c : conflicts) {
            QCOMPARE(c.kind, SyncConflict::Kind::MissingReference);
            QCOMPARE(c.fieldValue.toString(), programme);
            // Taking the field's value would point at nothing again: refused, with the reason.
            QVERIFY(!SyncConflicts::resolve(db, c.uuid, SyncConflicts::Take::Field, QVariant(), QStringLiteral("kantor"), &error));
            QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
        }
        // Another programme that exists can be chosen instead: the activity is added under it.
        const QString other = store.programmes().front().uuid;
        const auto act = std::find_if(conflicts.begin(), conflicts.end(), [&](const SyncConflict &c) { return c.table == QLatin1String("mp_activities"); });
        QVERIFY(act != conflicts.end());
        QVERIFY2(SyncConflicts::resolve(db, act->uuid, SyncConflicts::Take::Edited, other, QStringLiteral("kantor"), &error), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT programme_uuid FROM mp_activities WHERE uuid = ?1"), {activity}).toString(), other);
        QVERIFY(ProjectValidator::validate(office).ok());
    }

    void aRefusedRowUndoesTheWholeCheckIn()
    {
        // Another tool dropped a rule from the package's table and wrote a row the office refuses;
        // the programme edited before it must not come in alone.
        const QString office = path(QStringLiteral("office-refused-row.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(office, &error), qPrintable(error));
        const QString package = path(QStringLiteral("refused-row.gpkg"));
        QVERIFY(checkout(office, package, QStringLiteral("Tono")).ok);
        QString programme;
        {
            SqliteDatabase db;
            QVERIFY(db.open(package));
            programme = db.scalar(QStringLiteral("SELECT uuid FROM mp_programmes LIMIT 1")).toString();
            QVERIFY(db.exec(QStringLiteral("UPDATE mp_programmes SET name = 'Diubah di lapangan' WHERE uuid = ?1"), {programme}));
            const int cookie = db.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
            QVERIFY(db.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY(db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'condition IN', 'condition NOT IN') WHERE name = 'mp_assets'")));
            QVERIFY(db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)));
            QVERIFY(db.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
        }
        {
            SqliteDatabase db;
            QVERIFY(db.open(package));
            QVERIFY2(db.exec(QStringLiteral("INSERT INTO mp_assets(uuid, code, name, type, condition) VALUES (?1, 'AST-HANCUR', 'Menara', 'tower', 'hancur')"),
                             {MasterPlanSchema::newUuid()}), qPrintable(db.lastError()));
        }
        const QByteArray before = fileHash(office);
        const auto result = CheckIn::apply(office, package, QStringLiteral("kantor"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("Nothing was changed")) && result.error.contains(QStringLiteral("mp_assets")),
                 qPrintable(result.error));
        QCOMPARE(fileHash(office), before);
        SqliteDatabase db;
        QVERIFY(db.open(office, true));
        QVERIFY(db.scalar(QStringLiteral("SELECT name FROM mp_programmes WHERE uuid = ?1"), {programme}).toString() != QStringLiteral("Diubah di lapangan"));
    }

    void refreshAfterCheckIn()
    {
        const QString office = path(QStringLiteral("office-refresh.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        const QString package = path(QStringLiteral("refresh.gpkg"));
        QVERIFY(QFile::copy(m_packages[0], package));
        FieldPackage::Options options;
        options.refreshPackage = package;
        options.outPath = package;
        // Changes not yet checked in would be lost: refused.
        auto r = FieldPackage::checkout(office, options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not checked in")), qPrintable(r.error));
        QVERIFY(CheckIn::apply(office, package, QStringLiteral("kantor")).ok);
        r = FieldPackage::checkout(office, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.origin.officer, QStringLiteral("Ani"));
        QString error;
        const auto changes = FieldChanges::fromPackage(package, &error);
        QVERIFY(changes && changes->isEmpty());
        MasterPlanStore store;
        QVERIFY(store.open(package, &error));
        QCOMPARE(store.asset(m_y)->name, QStringLiteral("Nama dari kantor"));   // the office's newer state came along
    }

    void killedCheckInLeavesTheProjectAsBefore()
    {
        // A package with many changes, so a check-in takes long enough to be killed inside it.
        const QString office = path(QStringLiteral("office-kill.gpkg"));
        QVERIFY(QFile::copy(m_office, office));
        const QString package = path(QStringLiteral("big.gpkg"));
        QVERIFY(checkout(office, package, QStringLiteral("Eko")).ok);
        {
            SqliteDatabase db;
            QVERIFY(db.open(package));
            SqliteDatabase::Transaction tx(db);
            for (int i = 0; i < 6000; ++i)
                QVERIFY(db.exec(QStringLiteral("INSERT INTO mp_assets(uuid, code, name, type, kecamatan_code) VALUES (?1, ?2, ?3, 'sensor', ?4)"),
                                {MasterPlanSchema::newUuid(), QStringLiteral("SENSOR-%1").arg(i), QStringLiteral("Sensor %1").arg(i), kKecamatan}));
            QVERIFY(db.exec(QStringLiteral("UPDATE mp_realisations SET source_document = 'diperiksa ulang ' || fid")));
            QVERIFY(tx.commit());
        }
        const QByteArray before = planDigest(office);
        const QString reference = path(QStringLiteral("office-kill-reference.gpkg"));
        QVERIFY(QFile::copy(office, reference));
        QVERIFY(CheckIn::apply(reference, package, QStringLiteral("kantor")).ok);
        const QByteArray after = planDigest(reference);
        QVERIFY(before != after);

        int killedInside = 0;
        for (int delay : {100, 200, 300, 400, 500, 700}) {
            const QString copy = path(QStringLiteral("office-kill-%1.gpkg").arg(delay));
            QVERIFY(QFile::copy(office, copy));
            QProcess cli;
            cli.start(QStringLiteral(PILAR_CLI_PATH), {QStringLiteral("checkin"), copy, package});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(delay);
            const bool wasRunning = cli.state() != QProcess::NotRunning;
            if (wasRunning) {
                cli.kill();   // SIGKILL: no chance to clean up
                QVERIFY(cli.waitForFinished(10000));
            }
            const QByteArray state = planDigest(copy);
            QVERIFY2(state == before || state == after, qPrintable(QStringLiteral("killed after %1 ms: the plan is neither before nor after").arg(delay)));
            if (wasRunning && state == before) ++killedInside;
            const auto report = ProjectValidator::validate(copy);
            QVERIFY2(report.schemaVersion == ProjectFile::kSchemaVersion, qPrintable(report.toText()));
            // The package is untouched and a retry completes.
            const auto retry = CheckIn::apply(copy, package, QStringLiteral("kantor"));
            QVERIFY2(retry.ok, qPrintable(retry.error));
            QCOMPARE(planDigest(copy), after);
        }
        qInfo("%d of 6 kills landed inside the check-in", killedInside);
        QVERIFY2(killedInside > 0, "no kill landed before the check-in finished");
    }
};

QTEST_GUILESS_MAIN(TestField)
#include "tst_field.moc"
