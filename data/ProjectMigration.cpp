#include "ProjectMigration.h"

#include "MasterPlanSchema.h"
#include "ProjectFile.h"
#include "SqliteDatabase.h"
#include "SyncSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pilar {

bool ProjectMigration::applySteps(SqliteDatabase &db, int fromVersion)
{
    bool ok = true;
    // Version 2: the master plan and asset inventory tables, with the default lists.
    if (fromVersion < 2) ok = ok && MasterPlanSchema::create(db);
    // Version 3: indicators, targets, realisations and budget realisation (create() is idempotent).
    if (fromVersion < 3) ok = ok && MasterPlanSchema::create(db);
    // Version 4: asset inspections with photos, field packages, check-ins and conflicts.
    if (fromVersion < 4) ok = ok && MasterPlanSchema::create(db);
    // Version 5: a conflict may be a reference to a row deleted in the office.
    if (fromVersion < 5) ok = ok && SyncSchema::allowMissingReferenceConflicts(db);
    // Later versions add their steps here, each guarded by `fromVersion < N`.
    ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('schema_version', ?1) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {QString::number(ProjectFile::kSchemaVersion)});
    return ok;
}

bool ProjectMigration::upgrade(const QString &path, int fromVersion, QString *error, QString *backupPath)
{
    const QFileInfo info(path);
    const QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                           QStringLiteral(".backup-v%1.gpkg").arg(fromVersion);
    QFile::remove(backup);
    SqliteDatabase source;
    if (!source.open(path, true) || !source.copyTo(backup)) {
        if (error)
            *error = tr("%1 is from an older version of Pilar and must be upgraded, but no backup copy could be written "
                        "beside it (%2). Copy it to a folder you can write to and open it there.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup));
        return false;
    }
    source.close();
    SqliteDatabase db;
    bool ok = db.open(path);
    if (ok) {
        SqliteDatabase::Transaction tx(db);
        ok = tx.isActive() && applySteps(db, fromVersion) && tx.commit();
    }
    if (!ok) {
        if (error)
            *error = tr("%1 could not be upgraded to the current project format: %2. The file is unchanged.")
                         .arg(QDir::toNativeSeparators(path), db.lastError());
        return false;
    }
    if (backupPath) *backupPath = backup;
    return true;
}

}
