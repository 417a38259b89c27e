#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pilar {

class SqliteDatabase;

/// The bookkeeping of field packages inside an office project: which packages are out
/// (pilar_sync_packages), which change sets came back (pilar_sync_checkins) and the
/// conflicts waiting for review (pilar_sync_conflicts, audited like the plan's tables).
/// Also the project's sync key, with which packages and change files are signed
/// (HMAC-SHA256), and the digest of a set of tables.
class SyncSchema
{
    Q_DECLARE_TR_FUNCTIONS(pilar::SyncSchema)

public:
    /// Creates the tables (idempotent; inside the caller's transaction).
    static bool create(SqliteDatabase &db);
    /// The tables that travel to the field and back: the plan's own, in creation order.
    static QStringList syncedTables();
    /// Version 5: conflicts may also be `missing_reference` (a project of version 4 refused them).
    static bool allowMissingReferenceConflicts(SqliteDatabase &db);
    /// The project's secret key for signing packages; made on first use when `create`.
    static QByteArray projectKey(SqliteDatabase &db, bool create);
    /// HMAC-SHA256 with `key` over the rows of `prefix + table` for every synced table
    /// (columns of MasterPlanSchema::columns, rows in uuid order): equal only for equal content.
    static QByteArray digest(SqliteDatabase &db, const QString &prefix, const QByteArray &key, bool *ok = nullptr);
    /// The prefix of the tables holding a package's state at check-out.
    static QString basePrefix() { return QStringLiteral("pilar_base_"); }
};

}
