#include "SyncSchema.h"

#include "MasterPlanSchema.h"
#include "SqliteDatabase.h"

#include <QDataStream>
#include <QIODevice>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace pilar {

bool SyncSchema::create(SqliteDatabase &db)
{
    bool ok = db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS pilar_sync_packages (fid INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, "
        "  officer TEXT, laptop TEXT, kecamatan_codes TEXT, snapshot TEXT, checked_out_at TEXT, file_name TEXT, "
        "  last_checkin_at TEXT);"
        "CREATE TABLE IF NOT EXISTS pilar_sync_checkins (fid INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, "
        "  package_uuid TEXT NOT NULL, changes_sha256 TEXT NOT NULL, checked_in_at TEXT NOT NULL, officer TEXT, laptop TEXT, "
        "  inserted INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, "
        "  conflicts INTEGER NOT NULL DEFAULT 0, UNIQUE (package_uuid, changes_sha256));"
        // Values are kept as they were (BLOB affinity converts nothing), so a geometry stays a blob and a number a number.
        "CREATE TABLE IF NOT EXISTS pilar_sync_conflicts (fid INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, "
        "  package_uuid TEXT NOT NULL, checkin_uuid TEXT NOT NULL, table_name TEXT NOT NULL, row_uuid TEXT NOT NULL, "
        "  column_name TEXT, kind TEXT NOT NULL CHECK (kind IN ('edited_both','deleted_in_office','deleted_in_field','duplicate_code','missing_reference')), "
        "  base_value BLOB, office_value BLOB, field_value BLOB, field_row TEXT, officer TEXT, laptop TEXT, created_at TEXT NOT NULL, "
        "  resolved_at TEXT, resolution TEXT CHECK (resolution IS NULL OR resolution IN ('office','field','edited')), "
        "  resolved_by TEXT, resolved_value BLOB);"
        "CREATE INDEX IF NOT EXISTS pilar_sync_conflicts_open ON pilar_sync_conflicts(resolved_at, table_name, row_uuid);"));
    for (const QString &table : {QStringLiteral("pilar_sync_packages"), QStringLiteral("pilar_sync_checkins"),
                                 QStringLiteral("pilar_sync_conflicts")})
        ok = ok && db.exec(QStringLiteral("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
                                          "last_change) VALUES (?1, 'attributes', ?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"),
                           {table, table == QLatin1String("pilar_sync_conflicts") ? QStringLiteral("Field check-in conflicts")
                                   : table == QLatin1String("pilar_sync_checkins") ? QStringLiteral("Field check-ins")
                                                                                  : QStringLiteral("Field packages checked out")});
    // Who decided a conflict, and how, goes to the audit log with the rest (values stay out: they may be blobs).
    ok = ok && MasterPlanSchema::createAuditTriggers(db, QStringLiteral("pilar_sync_conflicts"),
                                                     {QStringLiteral("uuid"), QStringLiteral("package_uuid"), QStringLiteral("table_name"),
                                                      QStringLiteral("row_uuid"), QStringLiteral("column_name"), QStringLiteral("kind"),
                                                      QStringLiteral("officer"), QStringLiteral("resolution"),
                                                      QStringLiteral("resolved_by"), QStringLiteral("resolved_at")});
    return ok;
}

bool SyncSchema::allowMissingReferenceConflicts(SqliteDatabase &db)
{
    // Only a CHECK constraint changes, which SQLite lets a schema edit do in place (no table
    // rebuild, triggers and index untouched); the schema cookie is bumped so every connection
    // reads the new text.
    const QString sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'pilar_sync_conflicts'")).toString();
    if (sql.isEmpty() || sql.contains(QLatin1String("missing_reference"))) return true;
    const int cookie = db.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
    return db.exec(QStringLiteral("PRAGMA writable_schema = ON"))
           && db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '''duplicate_code''))', '''duplicate_code'',''missing_reference''))') "
                                     "WHERE type = 'table' AND name = 'pilar_sync_conflicts'"))
           && db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)) && db.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
}

QStringList SyncSchema::syncedTables()
{
    return MasterPlanSchema::tables();
}

QByteArray SyncSchema::projectKey(SqliteDatabase &db, bool create)
{
    const QString stored = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'sync_key'")).toString();
    if (!stored.isEmpty() || !create) return QByteArray::fromHex(stored.toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()), reinterpret_cast<quint32 *>(key.data() + key.size()));
    if (!db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('sync_key', ?1)"), {QString::fromLatin1(key.toHex())}))
        return {};
    return key;
}

QByteArray SyncSchema::digest(SqliteDatabase &db, const QString &prefix, const QByteArray &key, bool *ok)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    bool allRead = true;
    for (const QString &table : syncedTables()) {
        const QStringList columns = MasterPlanSchema::columns(table);
        QList<QVariantList> rows;
        allRead = allRead && db.query(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY uuid")
                                          .arg(columns.join(QLatin1Char(',')), prefix, table), {}, rows);
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << table;
        for (const QVariantList &row : rows)
            for (const QVariant &v : row) {
                // A type tag keeps 1, 1.0, '1' and NULL apart.
                out << quint8(v.isNull() ? 0 : v.typeId() == QMetaType::LongLong ? 1 : v.typeId() == QMetaType::Double ? 2
                                     : v.typeId() == QMetaType::QByteArray ? 3 : 4);
                if (v.typeId() == QMetaType::QByteArray) out << v.toByteArray();
                else if (!v.isNull()) out << v.toString();
            }
        mac.addData(bytes);
    }
    if (ok) *ok = allRead;
    return mac.result();
}

}
