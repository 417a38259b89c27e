#include "FieldPackage.h"

#include "AuditChain.h"
#include "CoordinateTransform.h"
#include "Crs.h"
#include "Feedback.h"
#include "FieldChanges.h"
#include "GdalSupport.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "ProjectFile.h"
#include "PostgresDatabase.h"
#include "ServerTransfer.h"
#include "SqliteDatabase.h"
#include "SyncOffice.h"
#include "SyncSchema.h"

#include <gdal_utils.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cstdio>

namespace pilar {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

// Tables bigger than this are clipped to the area; smaller ones (the regency's outline,
// its kecamatan) travel whole, so the field map keeps its context.
constexpr int kClipAboveFeatures = 2000;

// The rows of the plan that belong to the area in temp.area: programmes located there,
// regency-wide or served by the area's assets, their details, and the area's assets with
// their inspections.
const char *kKeepAreaSql =
    "DELETE FROM mp_assets WHERE NOT (coalesce(kecamatan_code, '') IN (SELECT code FROM temp.area) "
    "  OR substr(coalesce(desa_code, ''), 1, 8) IN (SELECT code FROM temp.area));"
    "DELETE FROM mp_programmes WHERE coalesce(kecamatan_codes, '') <> '' AND NOT EXISTS (SELECT 1 FROM temp.area a "
    "  WHERE ',' || replace(mp_programmes.kecamatan_codes, ' ', '') || ',' LIKE '%,' || a.code || ',%') "
    "  AND uuid NOT IN (SELECT programme_uuid FROM mp_assets WHERE programme_uuid IS NOT NULL);"
    "DELETE FROM mp_programme_partners WHERE programme_uuid NOT IN (SELECT uuid FROM mp_programmes);"
    "DELETE FROM mp_activities WHERE programme_uuid NOT IN (SELECT uuid FROM mp_programmes);"
    "DELETE FROM mp_budget_realisations WHERE programme_uuid NOT IN (SELECT uuid FROM mp_programmes);"
    "DELETE FROM mp_indicators WHERE programme_uuid NOT IN (SELECT uuid FROM mp_programmes);"
    "DELETE FROM mp_indicator_targets WHERE indicator_uuid NOT IN (SELECT uuid FROM mp_indicators) "
    "  OR (kecamatan_code <> '' AND kecamatan_code NOT IN (SELECT code FROM temp.area));"
    "DELETE FROM mp_realisations WHERE indicator_uuid NOT IN (SELECT uuid FROM mp_indicators) "
    "  OR (kecamatan_code <> '' AND kecamatan_code NOT IN (SELECT code FROM temp.area));"
    "DELETE FROM mp_inspections WHERE asset_uuid NOT IN (SELECT uuid FROM mp_assets);"
    "DELETE FROM mp_inspection_photos WHERE inspection_uuid NOT IN (SELECT uuid FROM mp_inspections);"
    // The office's history and bookkeeping stay in the office.
    "DELETE FROM mp_audit_log; DELETE FROM pilar_sync_packages; DELETE FROM pilar_sync_checkins; "
    "DELETE FROM pilar_sync_conflicts; DELETE FROM pilar_project WHERE key = 'sync_key';";

// The area's extent in EPSG:4326, from the kecamatan boundary table's R-tree.
Extent areaExtent(SqliteDatabase &db, const QStringList &codes)
{
    Extent extent;
    for (const QString &table : {QStringLiteral("kecamatan_from_desa"), QStringLiteral("kecamatan")}) {
        const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
        if (!db.tableExists(rtree)) continue;
        for (const QString &code : codes) {
            QList<QVariantList> rows;
            db.query(QStringLiteral("SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy) FROM %1 r JOIN %2 t ON t.fid = r.id "
                                    "WHERE t.code = ?1").arg(rtree, table), {code}, rows);
            if (rows.isEmpty() || rows[0].value(0).isNull()) continue;
            const auto &r = rows[0];
            extent.include(Extent(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble()));
        }
        if (!extent.isValid()) continue;
        const int srs = db.scalar(QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?1"), {table}).toInt();
        if (srs != 4326 && srs > 0) {
            const CoordinateTransform toWgs84(Crs::fromEpsg(srs), Crs::fromEpsg(4326));
            if (toWgs84.isValid()) extent = toWgs84.transformExtent(extent);
        }
        return extent.buffered(0.05);
    }
    return extent;
}

bool clipLargeTables(SqliteDatabase &db, const Extent &area4326)
{
    QList<QVariantList> tables;
    db.query(QStringLiteral("SELECT g.table_name, g.column_name, g.srs_id FROM gpkg_geometry_columns g "
                            "WHERE g.table_name NOT LIKE 'mp\\_%' ESCAPE '\\'"), {}, tables);
    bool ok = true;
    for (const auto &t : tables) {
        const QString table = t[0].toString(), rtree = QStringLiteral("rtree_%1_%2").arg(table, t[1].toString());
        if (!db.tableExists(rtree) || db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toInt() <= kClipAboveFeatures)
            continue;
        Extent e = area4326;
        const int srs = t[2].toInt();
        if (srs != 4326) {
            const CoordinateTransform fromWgs84(Crs::fromEpsg(4326), Crs::fromEpsg(srs));
            if (!fromWgs84.isValid()) continue;
            e = fromWgs84.transformExtent(e);
        }
        ok = ok && db.exec(QStringLiteral("DELETE FROM \"%1\" WHERE fid IN (SELECT id FROM \"%2\" WHERE maxx < ?1 OR minx > ?3 "
                                          "OR maxy < ?2 OR miny > ?4)").arg(table, rtree),
                           {e.xMin, e.yMin, e.xMax, e.yMax});
    }
    return ok;
}

// Layers the project reads from outside its file are copied into the package, clipped to the area.
QStringList copyExternalLayers(const QString &projectPath, const QString &packagePath, const Extent &area4326, Feedback *feedback)
{
    QStringList warnings;
    QList<QVariantList> layers;
    {
        SqliteDatabase db;
        if (!db.open(packagePath) || !db.query(QStringLiteral("SELECT layer_id, name, kind, source, source_layer FROM pilar_layers "
                                                              "WHERE coalesce(source, '') <> ''"), {}, layers))
            return warnings;
    }
    gdal::ensureInitialized();
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    const QString bbox = QStringLiteral("%1 %2 %3 %4");
    int index = 0;
    for (const auto &l : layers) {
        if (Feedback::canceled(feedback)) break;
        const QString source = projectDir.absoluteFilePath(l[3].toString());
        const QString table = QStringLiteral("field_layer_%1").arg(++index);
        gdal::resetError();
        GDALDatasetH in = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_READONLY | (l[2].toString() == QLatin1String("raster") ? GDAL_OF_RASTER : GDAL_OF_VECTOR),
                                     nullptr, nullptr, nullptr);
        bool ok = in != nullptr;
        if (ok && l[2].toString() == QLatin1String("raster")) {
            const QStringList args = {QStringLiteral("-of"), QStringLiteral("GPKG"), QStringLiteral("-projwin_srs"), QStringLiteral("EPSG:4326"),
                                      QStringLiteral("-projwin"), QString::number(area4326.xMin, 'g', 12), QString::number(area4326.yMax, 'g', 12),
                                      QString::number(area4326.xMax, 'g', 12), QString::number(area4326.yMin, 'g', 12),
                                      QStringLiteral("-co"), QStringLiteral("APPEND_SUBDATASET=YES"), QStringLiteral("-co"),
                                      QStringLiteral("RASTER_TABLE=") + table};
            QList<QByteArray> bytes; QVector<char *> argv;
            for (const QString &a : args) bytes << a.toUtf8();
            for (QByteArray &b : bytes) argv << b.data();
            argv << nullptr;
            GDALTranslateOptions *options = GDALTranslateOptionsNew(argv.data(), nullptr);
            GDALDatasetH out = options ? GDALTranslate(packagePath.toUtf8().constData(), in, options, nullptr) : nullptr;
            GDALTranslateOptionsFree(options);
            ok = out != nullptr;
            if (out) GDALClose(out);
        } else if (ok) {
            QStringList args = {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-update"), QStringLiteral("-nln"), table,
                                QStringLiteral("-spat"), QString::number(area4326.xMin, 'g', 12), QString::number(area4326.yMin, 'g', 12),
                                QString::number(area4326.xMax, 'g', 12), QString::number(area4326.yMax, 'g', 12),
                                QStringLiteral("-spat_srs"), QStringLiteral("EPSG:4326")};
            if (!l[4].toString().isEmpty()) args << l[4].toString();
            QList<QByteArray> bytes; QVector<char *> argv;
            for (const QString &a : args) bytes << a.toUtf8();
            for (QByteArray &b : bytes) argv << b.data();
            argv << nullptr;
            GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
            int usageError = 0;
            GDALDatasetH out = options ? GDALVectorTranslate(packagePath.toUtf8().constData(), nullptr, 1, &in, options, &usageError) : nullptr;
            GDALVectorTranslateOptionsFree(options);
            ok = out != nullptr;
            if (out) GDALClose(out);
        }
        if (in) GDALClose(in);
        SqliteDatabase db;
        if (ok && db.open(packagePath))
            ok = db.exec(QStringLiteral("UPDATE pilar_layers SET source = NULL, source_layer = ?2 WHERE layer_id = ?1"), {l[0], table});
        if (!ok)
            warnings << FieldPackage::tr("The layer %1 (%2) could not be copied into the package: %3")
                            .arg(l[1].toString(), nativePath(source), gdal::lastErrorMessage());
    }
    return warnings;
}

}

bool FieldPackage::isPackage(const QString &path)
{
    return FieldChanges::packageOrigin(path).has_value();
}

FieldPackage::Result FieldPackage::checkout(const QString &projectPath, const Options &input, Feedback *feedback)
{
    Result result;
    Options options = input;
    const bool server = PostgresDatabase::isConnectionString(projectPath);
    const QString projectName = server ? PostgresDatabase::displayName(projectPath) : nativePath(projectPath);
    auto failed = [&](const QString &message) { result.error = message; return result; };
    if (!ProjectFile::isProjectFile(projectPath))
        return failed(tr("%1 is not a Pilar project.").arg(projectName));
    if (!server && isPackage(projectPath))
        return failed(tr("%1 is a field package; check out from the office project.").arg(projectName));

    QString packageId = MasterPlanSchema::newUuid();
    SyncOffice office;
    QString error;
    if (!office.open(projectPath, &error)) return failed(error);
    if (!options.refreshPackage.isEmpty()) {
        const auto changes = FieldChanges::fromPackage(options.refreshPackage, &error);
        if (!changes) return failed(error);
        packageId = changes->origin().packageId;
        if (options.kecamatanCodes.isEmpty()) options.kecamatanCodes = changes->origin().kecamatanCodes;
        if (options.officer.isEmpty()) options.officer = changes->origin().officer;
        if (options.laptop.isEmpty()) options.laptop = changes->origin().laptop;
        if (!changes->isEmpty()
            && office.db().scalar(QStringLiteral("SELECT count(*) FROM pilar_sync_checkins WHERE package_uuid = ?1 AND changes_sha256 = ?2"),
                                  {packageId, changes->contentDigest()}).toInt() == 0)
            return failed(tr("%1 holds changes that were not checked in yet. Check it in first; refreshing would lose them.")
                              .arg(nativePath(options.refreshPackage)));
    }
    if (options.kecamatanCodes.isEmpty()) return failed(tr("Choose at least one kecamatan for the field package."));
    if (options.outPath.isEmpty()) return failed(tr("Say where to write the field package."));
    if (options.officer.trimmed().isEmpty()) options.officer = MasterPlanSchema::defaultUserName();
    if (options.laptop.trimmed().isEmpty()) options.laptop = QSysInfo::machineHostName();

    // On the server a viewer's login may not sign a package (nor check one in): say so before any copying.
    if (server && !office.canEdit(QString()))
        return failed(tr("Your role on %1 is viewer; checking out a field package needs an editor's role.").arg(projectName));
    const int version = office.schemaVersion();
    if (version != ProjectFile::kSchemaVersion)
        return failed(tr("%1 uses project format %2; open it in this Pilar once to upgrade it, then check out.").arg(projectName).arg(version));
    {
        MasterPlanStore store;
        if (!store.open(projectPath, &error)) return failed(error);
        const QStringList known = store.kecamatanCodes();
        QStringList unknown;
        for (const QString &code : std::as_const(options.kecamatanCodes))
            if (!known.contains(code)) unknown << code;
        if (!unknown.isEmpty())
            return failed(tr("Unknown kecamatan code(s) %1; this project has %2.", nullptr, int(unknown.size()))
                              .arg(unknown.join(QStringLiteral(", ")), known.isEmpty() ? tr("no kecamatan boundaries") : known.join(QStringLiteral(", "))));
    }
    QByteArray key;
    {
        SyncOffice::Transaction tx(office);
        key = tx.isActive() ? office.projectKey(true) : QByteArray();
        if (key.isEmpty() || !tx.commit()) return failed(tr("%1 could not be prepared for check-out: %2").arg(projectName, office.db().lastError()));
    }
    Feedback::progress(feedback, 5, tr("Copying the project"));

    const QFileInfo outInfo(options.outPath);
    const QString temporary = outInfo.absolutePath() + QStringLiteral("/.%1.%2.part").arg(outInfo.fileName(), MasterPlanSchema::newUuid());
    auto cleanup = [&](const QString &message) { QFile::remove(temporary); return failed(message); };
    if (server) {
        // The server's plan comes down as a whole project (one consistent picture), then is cut to the area like a file's.
        const auto pulled = ServerTransfer::pull(projectPath, temporary, feedback);
        if (pulled.canceled) { result.canceled = true; return cleanup(tr("Canceled.")); }
        if (!pulled.ok) return cleanup(tr("%1 could not be written: %2").arg(nativePath(options.outPath), pulled.error));
    } else if (!office.db().exec(QStringLiteral("VACUUM INTO ?1"), {temporary})) {
        return cleanup(tr("%1 could not be written: %2").arg(nativePath(options.outPath), office.db().lastError()));
    }
    const QString projectId = office.projectId();
    const QString title = office.db().scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'title'")).toString();
    if (Feedback::canceled(feedback)) { result.canceled = true; return cleanup(tr("Canceled.")); }
    Feedback::progress(feedback, 30, tr("Keeping the chosen area"));

    FieldOrigin origin;
    {
        SqliteDatabase package;
        bool ok = package.open(temporary);
        const Extent area = ok ? areaExtent(package, options.kecamatanCodes) : Extent();
        {
            SqliteDatabase::Transaction tx(package);
            ok = ok && tx.isActive() && MasterPlanSchema::setUserName(package, options.officer)
                 && package.exec(QStringLiteral("CREATE TEMP TABLE area (code TEXT PRIMARY KEY)"));
            for (const QString &code : std::as_const(options.kecamatanCodes))
                ok = ok && package.exec(QStringLiteral("INSERT OR IGNORE INTO temp.area VALUES (?1)"), {code});
            const QString snapshot = QStringLiteral("%1@%2").arg(package.scalar(QStringLiteral("SELECT coalesce(max(fid), 0) FROM mp_audit_log")).toLongLong())
                                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            // The package's log starts empty: its history stays in the office.
            ok = ok && AuditChain::unprotect(package) && package.exec(QString::fromLatin1(kKeepAreaSql)) && AuditChain::protect(package)
                 && (!area.isValid() || clipLargeTables(package, area));
            // The package opens on its own area, not on the whole regency.
            const Crs projectCrs = Crs::fromUserInput(package.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'crs'")).toString());
            if (ok && area.isValid() && projectCrs.isValid()) {
                const CoordinateTransform toProject(Crs::fromEpsg(4326), projectCrs);
                const Extent view = toProject.isValid() ? toProject.transformExtent(area) : Extent();
                if (view.isValid())
                    ok = package.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('view_extent', ?1) "
                                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {view.toString(10)});
            }
            for (const QString &table : SyncSchema::syncedTables())
                ok = ok && package.exec(QStringLiteral("DROP TABLE IF EXISTS %1%2; CREATE TABLE %1%2 AS SELECT %3 FROM %2")
                                            .arg(SyncSchema::basePrefix(), table, MasterPlanSchema::columns(table).join(QLatin1Char(','))));
            origin.packageId = packageId;
            origin.projectId = projectId;
            origin.projectTitle = title;
            origin.snapshot = snapshot;
            origin.kecamatanCodes = options.kecamatanCodes;
            origin.officer = options.officer;
            origin.laptop = options.laptop;
            origin.checkedOutAt = QDateTime::currentDateTimeUtc();
            bool digestOk = false;
            origin.baseDigest = ok ? SyncSchema::digest(package, SyncSchema::basePrefix(), key, &digestOk) : QByteArray();
            ok = ok && digestOk && package.exec(QStringLiteral("CREATE TABLE pilar_field (key TEXT PRIMARY KEY, value TEXT)"));
            const QList<std::pair<QString, QString>> values = {
                {QStringLiteral("package_id"), origin.packageId}, {QStringLiteral("project_id"), origin.projectId},
                {QStringLiteral("project_title"), origin.projectTitle}, {QStringLiteral("snapshot"), origin.snapshot},
                {QStringLiteral("kecamatan_codes"), origin.kecamatanCodes.join(QLatin1Char(','))},
                {QStringLiteral("officer"), origin.officer}, {QStringLiteral("laptop"), origin.laptop},
                {QStringLiteral("checked_out_at"), origin.checkedOutAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("base_digest"), QString::fromLatin1(origin.baseDigest.toHex())},
                {QStringLiteral("sync_key"), QString::fromLatin1(key.toHex())}};
            for (const auto &[k, v] : values)
                ok = ok && package.exec(QStringLiteral("INSERT INTO pilar_field(key, value) VALUES (?1, ?2)"), {k, v});
            ok = ok && tx.commit();
        }
        ok = ok && package.exec(QStringLiteral("VACUUM"));
        for (const QString &table : SyncSchema::syncedTables())
            result.rows.insert(table, package.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
        if (!ok) return cleanup(tr("%1 could not be written: %2").arg(nativePath(options.outPath), package.lastError()));
        Feedback::progress(feedback, 60, tr("Copying the map layers"));
        package.close();
        result.warnings = copyExternalLayers(projectPath, temporary, area, feedback);
    }
    if (Feedback::canceled(feedback)) { result.canceled = true; return cleanup(tr("Canceled.")); }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(outInfo.absoluteFilePath()).constData()) != 0)
        return cleanup(tr("%1 could not be written (the folder refused the file).").arg(nativePath(options.outPath)));

    // The office remembers what went out (for the packages list and refresh).
    office.db().exec(QStringLiteral("INSERT INTO pilar_sync_packages(uuid, officer, laptop, kecamatan_codes, snapshot, checked_out_at, file_name) "
                                    "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(uuid) DO UPDATE SET snapshot = excluded.snapshot, "
                                    "checked_out_at = excluded.checked_out_at, file_name = excluded.file_name"),
                     {origin.packageId, origin.officer, origin.laptop, origin.kecamatanCodes.join(QLatin1Char(',')), origin.snapshot,
                      origin.checkedOutAt.toString(Qt::ISODateWithMs), outInfo.fileName()});
    Feedback::progress(feedback, 100);
    result.ok = true;
    result.origin = origin;
    result.bytes = QFileInfo(options.outPath).size();
    return result;
}

}
