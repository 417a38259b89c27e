#include "ServerTransfer.h"

#include "AuditChain.h"
#include "Feedback.h"
#include "GdalSupport.h"
#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "PostgresDatabase.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ServerSchema.h"
#include "SqliteDatabase.h"
#include "SyncOffice.h"
#include "SyncSchema.h"

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace pilar {

namespace {

const char *kAuditColumns = "time, user_name, table_name, row_uuid, action, old_values, new_values";
const char *kLayerColumns = "layer_id, position, name, kind, source, source_layer, crs, visible, opacity, style";

QString placeholders(int count, const QString &geometryColumn = QString(), const QStringList &columns = {}, bool server = false)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out << (server && !geometryColumn.isEmpty() && columns.value(i - 1) == geometryColumn ? QStringLiteral("ST_GeomFromText(?%1, 4326)").arg(i)
                                                                                                : QStringLiteral("?%1").arg(i));
    return out.join(QStringLiteral(", "));
}

/// The plan's rows from one connection into the other, table by table; geometries travel as WKT.
bool copyPlan(SqlConnection &from, SqlConnection &to, Feedback *feedback, qint64 &rows, QString &error, bool &canceled)
{
    const bool toServer = to.dialect() == SqlConnection::Dialect::Postgres;
    const QStringList tables = MasterPlanSchema::tables();
    qint64 total = 0, done = 0;
    for (const QString &table : tables) total += from.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    for (const QString &table : tables) {
        const QStringList columns = MasterPlanSchema::columns(table);
        const bool features = MasterPlanSchema::isFeatureTable(table);
        QStringList selected = columns;
        if (features && !toServer) selected.replace(columns.indexOf(QStringLiteral("geom")), QStringLiteral("ST_AsBinary(geom)"));
        const QString insert = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                        placeholders(int(columns.size()), features ? QStringLiteral("geom") : QString(), columns, toServer));
        const int geom = features ? int(columns.indexOf(QStringLiteral("geom"))) : -1;
        bool inserted = true;
        const bool read = from.forEachRow(QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(selected.join(QStringLiteral(", ")), table), {},
                                          [&](const QVariantList &row) {
            QVariantList values = row;
            if (geom >= 0 && !values[geom].isNull())
                values[geom] = toServer ? QVariant(GeoPackageGeometry::toWkt(values[geom].toByteArray()))
                                        : QVariant(GeoPackageGeometry::fromWkt(GeoPackageGeometry::wkbToWkt(values[geom].toByteArray())));
            inserted = to.exec(insert, values);
            if (!inserted) return false;
            ++rows;
            if (++done % 500 == 0) {
                Feedback::progress(feedback, 5 + 75.0 * double(done) / double(qMax<qint64>(total, 1)), ServerTransfer::tr("Copying %1…").arg(table));
                if (Feedback::canceled(feedback)) { canceled = true; return false; }
            }
            return true;
        });
        if (canceled) return false;
        if (!read || !inserted) {
            error = inserted ? from.lastError() : to.lastError();
            return false;
        }
    }
    return true;
}

bool copyRows(SqlConnection &from, SqlConnection &to, const QString &table, const QString &columns, const QString &conflict, QString &error)
{
    const int count = int(columns.split(QLatin1Char(',')).size());
    const QString insert = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)%4").arg(table, columns, placeholders(count), conflict);
    bool inserted = true;
    const bool read = from.forEachRow(QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(columns, table), {}, [&](const QVariantList &row) {
        inserted = to.exec(insert, row);
        return inserted;
    });
    if (!read || !inserted) error = inserted ? from.lastError() : to.lastError();
    return read && inserted;
}

/// The field packages out, their check-ins and the conflicts waiting for review travel with
/// the plan, so a package checked out before the office moved to the server checks in there.
bool copySyncTables(SqlConnection &from, SqlConnection &to, QString &error)
{
    const QString packages = QStringLiteral("uuid, officer, laptop, kecamatan_codes, snapshot, checked_out_at, file_name, last_checkin_at");
    const QString checkins = QStringLiteral("uuid, package_uuid, changes_sha256, checked_in_at, officer, laptop, inserted, updated, deleted, conflicts");
    if (!copyRows(from, to, QStringLiteral("pilar_sync_packages"), packages, QString(), error)
        || !copyRows(from, to, QStringLiteral("pilar_sync_checkins"), checkins, QString(), error))
        return false;
    const QStringList columns = {QStringLiteral("uuid"), QStringLiteral("package_uuid"), QStringLiteral("checkin_uuid"), QStringLiteral("table_name"),
                                 QStringLiteral("row_uuid"), QStringLiteral("column_name"), QStringLiteral("kind"), QStringLiteral("base_value"),
                                 QStringLiteral("office_value"), QStringLiteral("field_value"), QStringLiteral("field_row"), QStringLiteral("officer"),
                                 QStringLiteral("laptop"), QStringLiteral("created_at"), QStringLiteral("resolved_at"), QStringLiteral("resolution"),
                                 QStringLiteral("resolved_by"), QStringLiteral("resolved_value")};
    const QList<int> kept = {7, 8, 9, 17};
    SyncOffice source(from), target(to);
    const QString insert = QStringLiteral("INSERT INTO pilar_sync_conflicts(%1) VALUES (%2)")
                               .arg(columns.join(QStringLiteral(", ")), placeholders(int(columns.size())));
    bool inserted = true;
    const bool read = from.forEachRow(QStringLiteral("SELECT %1 FROM pilar_sync_conflicts ORDER BY fid").arg(columns.join(QStringLiteral(", "))), {},
                                      [&](const QVariantList &row) {
        QVariantList values = row;
        for (int i : kept) values[i] = target.encodeKept(source.decodeKept(values[i]));
        inserted = to.exec(insert, values);
        return inserted;
    });
    if (!read || !inserted) error = inserted ? from.lastError() : to.lastError();
    return read && inserted;
}

/// The layers stored inside the GeoPackage that the project's map shows (vector only).
QStringList embeddedLayers(SqliteDatabase &db, QStringList *leftBehind)
{
    QStringList out;
    QList<QVariantList> rows;
    db.query(QStringLiteral("SELECT name, kind, coalesce(source, ''), source_layer FROM pilar_layers ORDER BY position"), {}, rows);
    const QStringList plan = MasterPlanSchema::tables();
    for (const auto &r : rows) {
        // The plan's own tables (programme sites, assets) are on the server already.
        if (plan.contains(r[3].toString()) || r[3].toString().startsWith(QLatin1String("pilar_"))) continue;
        if (r[2].toString().isEmpty() && r[1].toString() == QLatin1String("vector") && !r[3].toString().isEmpty()) out << r[3].toString();
        else if (leftBehind) *leftBehind << r[0].toString();
    }
    out.removeDuplicates();
    return out;
}

bool translateLayers(const QString &source, const QString &target, const QStringList &layers, bool toServer, QString &error)
{
    gdal::ensureInitialized();
    GDALDatasetUniquePtr in(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    GDALDatasetUniquePtr out(GDALDataset::Open(target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!in || !out) {
        error = ServerTransfer::tr("GDAL cannot open %1 for the map layers (%2).")
                    .arg(!in ? PostgresDatabase::displayName(source) : PostgresDatabase::displayName(target), gdal::lastErrorMessage());
        return false;
    }
    for (const QString &layer : layers) {
        QList<QByteArray> args = {"-nln", layer.toUtf8(), "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-overwrite"};
        if (toServer) args << "-lco" << "SPATIAL_INDEX=GIST";
        args << layer.toUtf8();
        std::vector<char *> argv;
        for (QByteArray &a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
        GDALDatasetH source = in.get();
        int usageError = 0;
        gdal::resetError();
        GDALDatasetH result = GDALVectorTranslate(nullptr, out.get(), 1, &source, options, &usageError);
        GDALVectorTranslateOptionsFree(options);
        if (!result || usageError) {
            error = ServerTransfer::tr("The map layer %1 could not be copied (%2).").arg(layer, gdal::lastErrorMessage());
            return false;
        }
    }
    return true;
}

}

ServerTransfer::Result ServerTransfer::push(const QString &projectPath, const QString &connection, Feedback *feedback)
{
    Result result;
    const QString name = QDir::toNativeSeparators(projectPath);
    SqliteDatabase desktop;
    if (!QFileInfo::exists(projectPath) || !desktop.open(projectPath, true) || !desktop.tableExists(QStringLiteral("mp_programmes"))) {
        result.error = QFileInfo::exists(projectPath) ? tr("%1 is not a Pilar project with a master plan.").arg(name) : tr("%1: file not found.").arg(name);
        return result;
    }
    if (desktop.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'schema_version'")).toInt() != ProjectFile::kSchemaVersion) {
        result.error = tr("%1 was saved by another version of Pilar; open and save it in this Pilar first.").arg(name);
        return result;
    }
    PostgresDatabase server;
    if (!server.open(connection)) {
        result.error = server.lastError();
        return result;
    }
    if (server.tableExists(QStringLiteral("mp_programmes"))) {
        result.error = tr("%1 already holds a master plan; push to an empty database, or pull the server's plan instead.")
                           .arg(PostgresDatabase::displayName(connection));
        return result;
    }
    Feedback::progress(feedback, 0, tr("Creating the tables on the server…"));
    const QStringList layers = embeddedLayers(desktop, &result.leftBehind);
    bool ok = server.begin() && ServerSchema::create(server, false);
    // The desktop's history first, so the server's log reads on from it.
    ok = ok && copyRows(desktop, server, QStringLiteral("mp_audit_log"), QLatin1String(kAuditColumns), QString(), result.error);
    ok = ok && server.exec(QStringLiteral("SELECT set_config('pilar.user_name', ?1, true)"), {tr("published from %1").arg(QFileInfo(projectPath).fileName())});
    ok = ok && copyPlan(desktop, server, feedback, result.rows, result.error, result.canceled);
    ok = ok && copyRows(desktop, server, QStringLiteral("pilar_project"), QStringLiteral("key, value"), QString(), result.error);
    ok = ok && copyRows(desktop, server, QStringLiteral("pilar_layers"), QLatin1String(kLayerColumns), QString(), result.error);
    ok = ok && copySyncTables(desktop, server, result.error);
    if (!ok) {
        if (result.error.isEmpty() && !result.canceled) result.error = server.lastError();
        server.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!server.exec(QStringLiteral("COMMIT"))) {
        result.error = server.lastError();
        return result;
    }
    Feedback::progress(feedback, 85, tr("Copying the map layers…"));
    if (!translateLayers(projectPath, connection, layers, true, result.error)) return result;
    for (const QString &layer : layers) server.exec(QStringLiteral("GRANT SELECT ON \"%1\" TO pilar_viewer").arg(QString(layer).remove(QLatin1Char('"'))));
    result.layers = layers;
    Feedback::progress(feedback, 100, tr("Published."));
    result.ok = true;
    return result;
}

ServerTransfer::Result ServerTransfer::pull(const QString &connection, const QString &projectPath, Feedback *feedback)
{
    Result result;
    PostgresDatabase server;
    if (!server.open(connection)) {
        result.error = server.lastError();
        return result;
    }
    if (!server.tableExists(QStringLiteral("mp_programmes"))) {
        result.error = tr("%1 holds no master plan.").arg(PostgresDatabase::displayName(connection));
        return result;
    }
    // One consistent picture of the server, however many edit meanwhile.
    server.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    const QString temp = projectPath + QStringLiteral(".pulling");
    SqliteDatabase::removeFile(temp);
    Project empty;
    if (!ProjectFile::save(empty, temp, &result.error)) return result;
    QList<QVariantList> layerRows;
    server.query(QStringLiteral("SELECT source_layer FROM pilar_layers WHERE coalesce(source, '') = '' AND kind = 'vector' ORDER BY position"), {}, layerRows);
    QStringList layers;
    for (const auto &r : layerRows) {
        const QString layer = r[0].toString();
        if (!layer.isEmpty() && !layers.contains(layer) && !MasterPlanSchema::tables().contains(layer) && !layer.startsWith(QLatin1String("pilar_")))
            layers << layer;
    }
    {
        SqliteDatabase copy;
        bool ok = copy.open(temp);
        SqliteDatabase::Transaction tx(copy);
        // The copy's history is the server's: the empty project's default lists and their log go,
        // and the audit triggers rest while the server's rows come in (they are history already).
        ok = ok && tx.isActive() && AuditChain::unprotect(copy);
        for (const QString &table : MasterPlanSchema::tables())
            ok = ok && copy.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_audit_insert; DROP TRIGGER IF EXISTS %1_audit_update; "
                                                "DROP TRIGGER IF EXISTS %1_audit_delete; DELETE FROM %1;").arg(table));
        ok = ok && copy.exec(QStringLiteral("DELETE FROM mp_audit_log; DELETE FROM pilar_layers; DELETE FROM pilar_project WHERE key <> 'schema_version';"
                                            "DROP TRIGGER IF EXISTS pilar_sync_conflicts_audit_insert; DROP TRIGGER IF EXISTS pilar_sync_conflicts_audit_update; "
                                            "DROP TRIGGER IF EXISTS pilar_sync_conflicts_audit_delete;"));
        ok = ok && copyRows(server, copy, QStringLiteral("mp_audit_log"), QLatin1String(kAuditColumns), QString(), result.error);
        ok = ok && copyPlan(server, copy, feedback, result.rows, result.error, result.canceled);
        ok = ok && copyRows(server, copy, QStringLiteral("pilar_project"), QStringLiteral("key, value"), QStringLiteral(" ON CONFLICT(key) DO NOTHING"), result.error);
        ok = ok && copyRows(server, copy, QStringLiteral("pilar_layers"), QLatin1String(kLayerColumns), QString(), result.error);
        ok = ok && copySyncTables(server, copy, result.error) && SyncSchema::create(copy);
        for (const QString &table : MasterPlanSchema::tables())
            ok = ok && MasterPlanSchema::createAuditTriggers(copy, table, MasterPlanSchema::columns(table));
        ok = ok && AuditChain::protect(copy) && AuditChain::seal(copy) && tx.commit();
        if (!ok) {
            if (result.error.isEmpty() && !result.canceled) result.error = copy.lastError();
            copy.close();
            SqliteDatabase::removeFile(temp);
            return result;
        }
    }
    server.exec(QStringLiteral("COMMIT"));
    Feedback::progress(feedback, 85, tr("Copying the map layers…"));
    if (!translateLayers(connection, temp, layers, false, result.error)) {
        SqliteDatabase::removeFile(temp);
        return result;
    }
    // rename() replaces the target in one step: a reader sees the old file or the whole new one.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(projectPath).constData()) != 0) {
        result.error = tr("%1: cannot write the file.").arg(QDir::toNativeSeparators(projectPath));
        SqliteDatabase::removeFile(temp);
        return result;
    }
    result.layers = layers;
    Feedback::progress(feedback, 100, tr("Copied."));
    result.ok = true;
    return result;
}

}
