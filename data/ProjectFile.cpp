#include "ProjectFile.h"

#include "PostgresDatabase.h"
#include "ServerProject.h"

#include "CoordinateTransform.h"
#include "DatasetOpener.h"
#include "Feedback.h"
#include "GdalSupport.h"
#include "LayerLoader.h"
#include "MasterPlanSchema.h"
#include "ProjectMigration.h"
#include "ProjectSettingsSnapshot.h"
#include "Project.h"
#include "RasterLayer.h"
#include "SqliteDatabase.h"
#include "VectorLayer.h"

#include <gdal_priv.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace pilar {

namespace {

const char *kCreateTables = R"SQL(
CREATE TABLE IF NOT EXISTS pilar_project (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, value TEXT);
CREATE TABLE IF NOT EXISTS pilar_layers (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, layer_id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
  name TEXT NOT NULL, kind TEXT NOT NULL, source TEXT, source_layer TEXT, crs TEXT,
  visible INTEGER NOT NULL DEFAULT 1, opacity REAL NOT NULL DEFAULT 1, style TEXT);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
  VALUES ('pilar_project', 'attributes', 'pilar_project', 'Pilar project settings',
          strftime('%Y-%m-%dT%H:%M:%fZ','now'));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
  VALUES ('pilar_layers', 'attributes', 'pilar_layers', 'Pilar project layers and styles',
          strftime('%Y-%m-%dT%H:%M:%fZ','now'));
)SQL";

bool createEmptyGeoPackage(const QString &path, QString *error)
{
    gdal::ensureInitialized();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) {
        if (error) *error = ProjectFile::tr("GDAL has no GeoPackage driver.");
        return false;
    }
    gdal::resetError();
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        if (error) *error = ProjectFile::tr("%1: cannot create the file (%2).").arg(QDir::toNativeSeparators(path), gdal::lastErrorMessage());
        return false;
    }
    return true;
}

QString sourceForFile(const QString &layerPath, const QString &projectPath)
{
    // A server table stays on the server; its password is not written into a file.
    if (PostgresDatabase::isConnectionString(layerPath)) return PostgresDatabase::withoutPassword(layerPath);
    const QString abs = QFileInfo(layerPath).absoluteFilePath();
    if (abs == QFileInfo(projectPath).absoluteFilePath())
        return QString(); // the layer lives inside the project file
    return QFileInfo(projectPath).absoluteDir().relativeFilePath(abs);
}

QString resolveSource(const QString &source, const QString &projectPath)
{
    if (source.isEmpty())
        return QFileInfo(projectPath).absoluteFilePath();
    if (PostgresDatabase::isConnectionString(source)) return source;
    if (QFileInfo(source).isAbsolute() || source.startsWith(QLatin1String("/vsi")))
        return source;
    return QDir::cleanPath(QFileInfo(projectPath).absoluteDir().absoluteFilePath(source));
}

bool writeTables(SqliteDatabase &db, const ProjectSettingsSnapshot &project, const QString &projectPath, QString *error)
{
    SqliteDatabase::Transaction tx(db);
    bool ok = tx.isActive() && db.exec(QString::fromUtf8(kCreateTables)) && db.exec(QStringLiteral("DELETE FROM pilar_layers"));
    // A project always carries the master plan tables (created empty, with the default lists).
    if (ok) ok = MasterPlanSchema::create(db); // idempotent: adds only what is missing
    const QList<QPair<QString, QString>> keys = {
        {QStringLiteral("schema_version"), QString::number(ProjectFile::kSchemaVersion)},
        {QStringLiteral("project_id"), project.id},
        {QStringLiteral("title"), project.title},
        {QStringLiteral("crs"), project.crs},
        {QStringLiteral("view_extent"), project.viewExtent},
    };
    for (const auto &kv : keys) {
        ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES (?1, ?2) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {kv.first, kv.second});
    }
    int position = 0;
    for (const auto &layer : project.layers) {
        ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_layers(layer_id, position, name, kind, source, source_layer, crs, "
                                          "visible, opacity, style) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
                           {layer.id, position++, layer.name, layer.kind, sourceForFile(layer.sourcePath, projectPath),
                            layer.sourceLayer, layer.crs, layer.visible ? 1 : 0, layer.opacity, layer.style});
    }
    ok = ok && db.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                      "WHERE table_name IN ('pilar_project','pilar_layers')"));
    ok = ok && tx.commit();
    if (!ok && error)
        *error = ProjectFile::tr("The project could not be saved: %1").arg(db.lastError());
    return ok;
}

}

bool ProjectFile::writeSettingsCopy(const ProjectSettingsSnapshot &project, const QString &path, const QString &originalPath, QString *error)
{
    const QString temp = path + QStringLiteral(".saving");
    SqliteDatabase::removeFile(temp);
    bool ok = createEmptyGeoPackage(temp, error);
    if (ok) {
        SqliteDatabase db;
        ok = db.open(temp);
        if (!ok && error) *error = tr("The project could not be saved: %1").arg(db.lastError());
        // Sources are written relative to the copy's own place, so they resolve from there.
        ok = ok && writeTables(db, project, path, error);
        ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('settings_copy_of', ?1) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {originalPath});
        db.close();
    }
    if (ok && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        ok = false;
        if (error) *error = tr("%1: cannot replace the file.").arg(QDir::toNativeSeparators(path));
    }
    if (!ok) QFile::remove(temp);
    return ok;
}

bool ProjectFile::isProjectFile(const QString &path)
{
    if (PostgresDatabase::isConnectionString(path)) return true;   // a server project (checked when opened)
    SqliteDatabase db;
    return QFileInfo(path).isFile() && db.open(path, true) && db.tableExists(QStringLiteral("pilar_layers"));
}

bool ProjectFile::save(Project &project, const QString &path, QString *error)
{
    if (PostgresDatabase::isConnectionString(path)) return ServerProject::save(project, path, error);
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString current = project.filePath().isEmpty() ? QString() : QFileInfo(project.filePath()).absoluteFilePath();
    const bool inPlace = !current.isEmpty() && current == target && QFileInfo::exists(target);

    if (inPlace) {
        SqliteDatabase db;
        if (!db.open(target)) {
            if (error) *error = tr("The project could not be saved: %1").arg(db.lastError());
            return false;
        }
        if (!writeTables(db, ProjectSettingsSnapshot::of(project), target, error))
            return false;
        project.setModified(false);
        return true;
    }

    // A new file: build it beside the target under a temporary name, then rename it into
    // place, so the old file (if any) stays intact until the new one is complete.
    const QString temp = target + QStringLiteral(".saving");
    SqliteDatabase::removeFile(temp);
    bool ok = false;
    if (!current.isEmpty() && QFileInfo::exists(current)) {
        // Layers stored inside the current project travel with it: copy the whole file.
        // Through SQLite, so edits still in the write-ahead log travel too.
        SqliteDatabase source;
        ok = source.open(current, true) && source.copyTo(temp);
        if (!ok && error) *error = source.lastError();
    } else {
        ok = createEmptyGeoPackage(temp, error);
    }
    if (ok) {
        // Embedded layers now live in the new file; relative paths are computed against it.
        for (const auto &layer : project.layers())
            if (!current.isEmpty() && QFileInfo(layer->sourcePath()).absoluteFilePath() == current)
                layer->setSource(target, layer->sourceLayer());
        SqliteDatabase db;
        ok = db.open(temp);
        if (!ok && error) *error = tr("The project could not be saved: %1").arg(db.lastError());
        ok = ok && writeTables(db, ProjectSettingsSnapshot::of(project), target, error);
        db.close();
    }
    if (ok && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        ok = false;
        if (error) *error = tr("%1: cannot replace the file.").arg(QDir::toNativeSeparators(target));
    }
    if (!ok) {
        QFile::remove(temp);
        for (const auto &layer : project.layers()) // put the sources back as they were
            if (QFileInfo(layer->sourcePath()).absoluteFilePath() == target && !current.isEmpty())
                layer->setSource(current, layer->sourceLayer());
        return false;
    }
    project.setFilePath(target);
    project.setModified(false);
    return true;
}

void ProjectFile::applySettings(Project &project, const QHash<QString, QString> &settings, const QString &name, LoadResult &result)
{
    if (settings.contains(QStringLiteral("project_id"))) project.setId(settings.value(QStringLiteral("project_id")));
    project.setTitle(settings.value(QStringLiteral("title")));
    const Crs crs = Crs::fromUserInput(settings.value(QStringLiteral("crs")));
    if (crs.isValid()) project.setCrs(crs);
    else result.warnings << tr("%1: the project's CRS is unknown; using %2.").arg(name, project.crs().displayName());
    project.setViewExtent(Extent::fromString(settings.value(QStringLiteral("view_extent"))));
}

bool ProjectFile::readLayers(Project &project, const QList<QVariantList> &rows, const std::function<QString(const QString &)> &resolve,
                             LoadResult &result, Feedback *feedback)
{
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantList &row = rows[i];
        if (Feedback::canceled(feedback)) { result.canceled = true; return false; }
        Feedback::progress(feedback, 100.0 * i / rows.size(), row[1].toString());
        const QString source = resolve(row[3].toString());
        LayerLoader::Options options;
        options.layerName = row[4].toString();
        options.assignCrs = Crs::fromUserInput(row[5].toString());
        LayerLoader::Result loaded = LayerLoader::load(source, options, nullptr);
        if (!loaded.ok() || loaded.layers.empty()) {
            result.warnings << tr("Layer \"%1\" could not be loaded: %2").arg(row[1].toString(), loaded.errors.join(QLatin1Char(' ')));
            continue;
        }
        std::shared_ptr<Layer> layer = loaded.layers.front();
        layer->setId(row[0].toString());
        layer->setName(row[1].toString());
        layer->setVisible(row[6].toInt() != 0);
        layer->setOpacity(row[7].toDouble());
        const QJsonObject style = QJsonDocument::fromJson(row[8].toString().toUtf8()).object();
        if (layer->type() == LayerType::Vector)
            static_cast<VectorLayer &>(*layer).setStyle(VectorStyle::fromJson(style));
        else {
            auto &raster = static_cast<RasterLayer &>(*layer);
            raster.setStyle(RasterStyle::fromJson(style, raster.defaultStyle()));
        }
        project.addLayer(layer);
    }
    return true;
}

ProjectFile::LoadResult ProjectFile::load(const QString &path, Feedback *feedback)
{
    if (PostgresDatabase::isConnectionString(path)) return ServerProject::load(path, feedback);
    LoadResult result;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1: file not found.").arg(name);
        return result;
    }
    SqliteDatabase db;
    if (!db.open(info.absoluteFilePath(), true)) {
        result.error = tr("%1: the project cannot be opened (%2).").arg(name, db.lastError());
        return result;
    }
    const QVariant isGpkg = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_contents'"));
    if (!isGpkg.isValid()) {
        result.error = tr("%1: the file is not a GeoPackage project or it is damaged.").arg(name);
        return result;
    }
    if (isGpkg.toInt() == 0) {
        result.error = tr("%1: the file is not a GeoPackage.").arg(name);
        return result;
    }

    auto project = std::make_unique<Project>();
    project->setFilePath(info.absoluteFilePath());
    const bool hasPilarTables = db.tableExists(QStringLiteral("pilar_layers")) && db.tableExists(QStringLiteral("pilar_project"));
    if (!hasPilarTables) {
        // A plain GeoPackage: open all its layers as a new project.
        LayerLoader::Result loaded = LayerLoader::load(info.absoluteFilePath(), {}, feedback);
        if (loaded.canceled) { result.canceled = true; return result; }
        if (!loaded.ok()) { result.error = loaded.errors.join(QLatin1Char('\n')); return result; }
        result.warnings << loaded.warnings;
        project->setTitle(info.completeBaseName());
        for (auto &layer : loaded.layers) project->addLayer(layer);
        project->setViewExtent(project->fullExtent());
        project->setModified(false);
        result.project = std::move(project);
        return result;
    }

    QList<QVariantList> rows;
    if (!db.query(QStringLiteral("SELECT key, value FROM pilar_project"), {}, rows)) {
        result.error = tr("%1: the project settings cannot be read (%2).").arg(name, db.lastError());
        return result;
    }
    QHash<QString, QString> settings;
    for (const auto &row : rows) settings.insert(row[0].toString(), row[1].toString());
    const int version = settings.value(QStringLiteral("schema_version")).toInt();
    if (version > kSchemaVersion) {
        result.error = tr("%1 was saved by a newer version of Pilar (project format %2; this version reads up to %3). "
                          "Please update Pilar to open it.").arg(name).arg(version).arg(kSchemaVersion);
        return result;
    }
    if (version < kSchemaVersion) {
        // An older project: back it up, upgrade it, then read it as usual.
        db.close();
        QString backup;
        if (!ProjectMigration::upgrade(info.absoluteFilePath(), version, &result.error, &backup))
            return result;
        result.warnings << tr("%1 was upgraded to the current project format; the original is kept as %2.")
                               .arg(name, QDir::toNativeSeparators(backup));
        if (!db.open(info.absoluteFilePath(), true)) {
            result.error = tr("%1: the project cannot be opened (%2).").arg(name, db.lastError());
            return result;
        }
    }
    applySettings(*project, settings, name, result);
    if (!db.query(QStringLiteral("SELECT layer_id, name, kind, source, source_layer, crs, visible, opacity, style "
                                 "FROM pilar_layers ORDER BY position"), {}, rows)) {
        result.error = tr("%1: the project's layer list cannot be read (%2).").arg(name, db.lastError());
        return result;
    }
    db.close();
    const QString projectPath = info.absoluteFilePath();
    if (!readLayers(*project, rows, [&projectPath](const QString &source) { return resolveSource(source, projectPath); }, result, feedback))
        return result;
    if (!project->viewExtent().isValid())
        project->setViewExtent(project->fullExtent());
    project->setModified(false);
    Feedback::progress(feedback, 100);
    result.project = std::move(project);
    return result;
}

}
