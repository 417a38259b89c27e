#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

class SqliteDatabase;

/// Forward migrations of the project format. Opening an older project first copies it
/// to "<name>.backup-v<N>.gpkg" beside it, then upgrades it step by step inside one
/// transaction: a failure leaves the file as it was.
class ProjectMigration
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProjectMigration)

public:
    /// Upgrades the project at `path` from `fromVersion` to the current version.
    /// On success `backupPath` (when given) receives the backup's path.
    static bool upgrade(const QString &path, int fromVersion, QString *error, QString *backupPath = nullptr);
    /// Applies the steps after `fromVersion` on an open database (inside a transaction).
    static bool applySteps(SqliteDatabase &db, int fromVersion);
};

}
