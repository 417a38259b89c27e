#include "ServerProject.h"

#include "Feedback.h"
#include "PostgresDatabase.h"
#include "Project.h"
#include "RasterLayer.h"
#include "VectorLayer.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace pilar {

ProjectFile::LoadResult ServerProject::load(const QString &connection, Feedback *feedback)
{
    ProjectFile::LoadResult result;
    const QString name = PostgresDatabase::displayName(connection);
    PostgresDatabase db;
    if (!db.open(connection)) {
        result.error = db.lastError();
        return result;
    }
    if (!db.tableExists(QStringLiteral("pilar_project")) || !db.tableExists(QStringLiteral("pilar_layers"))) {
        result.error = tr("%1 holds no Pilar project (publish one with pilar-cli push first).").arg(name);
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
    if (version != ProjectFile::kSchemaVersion) {
        result.error = tr("%1 holds a project of format %2; this Pilar reads format %3. Publish it again with this version.")
                           .arg(name).arg(version).arg(ProjectFile::kSchemaVersion);
        return result;
    }
    auto project = std::make_unique<Project>();
    project->setFilePath(connection);
    ProjectFile::applySettings(*project, settings, name, result);
    if (!db.query(QStringLiteral("SELECT layer_id, name, kind, source, source_layer, crs, visible, opacity, style "
                                 "FROM pilar_layers ORDER BY position"), {}, rows)) {
        result.error = tr("%1: the project's layer list cannot be read (%2).").arg(name, db.lastError());
        return result;
    }
    db.close();
    // A layer "inside" the project is a table on the same server.
    auto resolve = [&connection](const QString &source) { return source.isEmpty() ? connection : source; };
    if (!ProjectFile::readLayers(*project, rows, resolve, result, feedback)) return result;
    if (!project->viewExtent().isValid()) project->setViewExtent(project->fullExtent());
    project->setModified(false);
    Feedback::progress(feedback, 100);
    result.project = std::move(project);
    return result;
}

bool ServerProject::save(Project &project, const QString &connection, QString *error)
{
    PostgresDatabase db;
    auto failed = [&] {
        if (error) *error = tr("The project could not be saved: %1").arg(db.lastError());
        db.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!db.open(connection) || !db.begin()) return failed();
    const Extent v = project.viewExtent();
    const QList<std::pair<QString, QString>> keys = {
        {QStringLiteral("title"), project.title()},
        {QStringLiteral("crs"), project.crs().definition()},
        {QStringLiteral("view_extent"), v.isValid() ? v.toString(10) : QString()},
    };
    for (const auto &[key, value] : keys)
        if (!db.exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value}))
            return failed();
    if (!db.exec(QStringLiteral("DELETE FROM pilar_layers"), {})) return failed();
    int position = 0;
    for (const auto &layer : project.layers()) {
        if (layer->sourcePath().isEmpty()) continue;   // computed layers are rebuilt, not stored
        QJsonObject style;
        QString kind;
        if (layer->type() == LayerType::Vector) {
            kind = QStringLiteral("vector");
            style = static_cast<const VectorLayer &>(*layer).style().toJson();
        } else {
            kind = QStringLiteral("raster");
            style = static_cast<const RasterLayer &>(*layer).style().toJson();
        }
        // The server's own tables are stored without a source; a file keeps its full path.
        const QString source = layer->sourcePath() == connection ? QString() : QFileInfo(layer->sourcePath()).absoluteFilePath();
        if (!db.exec(QStringLiteral("INSERT INTO pilar_layers(layer_id, position, name, kind, source, source_layer, crs, visible, opacity, style) "
                                    "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
                     {layer->id(), position++, layer->name(), kind, source, layer->sourceLayer(),
                      layer->crs().isValid() ? layer->crs().definition() : QString(), layer->isVisible() ? 1 : 0, layer->opacity(),
                      QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact))}))
            return failed();
    }
    if (!db.exec(QStringLiteral("COMMIT"))) return failed();
    project.setFilePath(connection);
    project.setModified(false);
    return true;
}

}
