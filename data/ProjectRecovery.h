#pragma once

#include "ProjectFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace pilar {

struct ProjectSettingsSnapshot;

/// Keeps unsaved changes to a project's map (layers, styles, view) safe from a crash: while a
/// project is modified, the GUI writes a snapshot of its settings, off its own thread, to a small
/// recovery file (ProjectFile::writeSettingsCopy) in the user's data folder; saving, or deciding
/// not to, removes it. A recovery file found at start means Pilar did not close properly, and
/// can be restored.
/// The master plan needs none of this: each of its edits is committed when made.
class ProjectRecovery
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProjectRecovery)

public:
    struct Entry
    {
        QString recoveryPath;
        QString projectPath;     ///< the file the changes belong to; empty for a project never saved
        QString title;
        QDateTime savedAt;
    };

    /// Where recovery files live (the application's data folder, `recovery/`).
    static QString folder();
    static QString pathFor(const QString &projectId);
    /// Writes the copy of a snapshot taken from the project (any thread); `projectPath` is the
    /// project's own file, empty for one never saved.
    static bool write(const ProjectSettingsSnapshot &settings, const QString &projectPath, QString *error);
    static void discard(const QString &projectId);
    /// The recovery files left by a session that did not end properly, newest first.
    static QVector<Entry> pending();
    /// Opens the recovered project: its own file path again, marked modified so it gets saved.
    static ProjectFile::LoadResult load(const QString &recoveryPath, Feedback *feedback = nullptr);
    static void discard(const Entry &entry);
};

}
