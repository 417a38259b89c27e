#pragma once

#include <QCoreApplication>
#include <QString>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pilar {

class Feedback;
class Project;
struct ProjectSettingsSnapshot;

/// Reads and writes a Pilar project: one GeoPackage that stays valid for GDAL, QGIS and
/// ogrinfo, holding the layer list, styles and view in two attribute tables
/// (pilar_project, pilar_layers), and layers either inside it or by relative path.
/// Saving is one SQLite transaction; Save As to a new file writes a temporary copy and
/// renames it into place, so a crash never leaves half a project.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProjectFile)

public:
    static constexpr int kSchemaVersion = 5;

    struct LoadResult
    {
        std::unique_ptr<Project> project;
        QString error;          ///< set when the project could not be opened at all
        QStringList warnings;   ///< layers that could not be loaded, and why
        bool canceled = false;
    };

    /// Opens a project file; a plain GeoPackage without Pilar tables opens as a new
    /// project holding all its layers. Runs on any thread; the Project lives on the caller's.
    static LoadResult load(const QString &path, Feedback *feedback = nullptr);

    /// Saves to `path` (the project's own file or a new one) and sets the project's file path.
    static bool save(Project &project, const QString &path, QString *error);

    /// Writes the project's layer list, styles and view (not its data) to a new file at
    /// `path`, atomically, noting `originalPath`; layers are referenced, never copied.
    /// Used for the recovery copy of unsaved changes (ProjectRecovery).
    /// Runs on any thread: it reads only the snapshot.
    static bool writeSettingsCopy(const ProjectSettingsSnapshot &project, const QString &path, const QString &originalPath, QString *error);

    /// True when the file is a GeoPackage with Pilar's tables, or `path` is a server connection.
    static bool isProjectFile(const QString &path);

    /// The project's settings (id, title, CRS, view) from its key/value table, file or server.
    static void applySettings(Project &project, const QHash<QString, QString> &settings, const QString &name, LoadResult &result);
    /// The layers of a pilar_layers table's rows (layer_id, name, kind, source, source_layer, crs,
    /// visible, opacity, style); `resolve` turns a stored source into what GDAL opens. False when canceled.
    static bool readLayers(Project &project, const QList<QVariantList> &rows, const std::function<QString(const QString &)> &resolve,
                           LoadResult &result, Feedback *feedback);
};

}
