#include "ProjectRecovery.h"

#include "Project.h"
#include "ProjectSettingsSnapshot.h"
#include "SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace pilar {

QString ProjectRecovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString ProjectRecovery::pathFor(const QString &projectId)
{
    return folder() + QLatin1Char('/') + projectId + QStringLiteral(".gpkg");
}

bool ProjectRecovery::write(const ProjectSettingsSnapshot &settings, const QString &projectPath, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error) *error = tr("%1: cannot create the folder.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    const QString original = projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath();
    return ProjectFile::writeSettingsCopy(settings, pathFor(settings.id), original, error);
}

void ProjectRecovery::discard(const QString &projectId)
{
    QFile::remove(pathFor(projectId));
}

void ProjectRecovery::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
}

QVector<ProjectRecovery::Entry> ProjectRecovery::pending()
{
    QVector<Entry> out;
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*.gpkg")}, QDir::Files);
    for (const QFileInfo &file : files) {
        SqliteDatabase db;
        if (!db.open(file.absoluteFilePath(), true)) continue;
        Entry e;
        e.recoveryPath = file.absoluteFilePath();
        e.projectPath = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'settings_copy_of'")).toString();
        e.title = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'title'")).toString();
        e.savedAt = file.lastModified();
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

ProjectFile::LoadResult ProjectRecovery::load(const QString &recoveryPath, Feedback *feedback)
{
    ProjectFile::LoadResult result = ProjectFile::load(recoveryPath, feedback);
    if (!result.project) return result;
    SqliteDatabase db;
    QString original;
    if (db.open(recoveryPath, true))
        original = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'settings_copy_of'")).toString();
    // Saving writes back to the project the changes belong to (or asks where, for a new one).
    result.project->setFilePath(original);
    result.project->setModified(true);
    return result;
}

}
