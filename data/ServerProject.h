#pragma once

#include "ProjectFile.h"

#include <QCoreApplication>

namespace pilar {

/// A project whose home is the office's PostgreSQL server: its settings and layer list live in
/// the server's pilar_project and pilar_layers (as in a GeoPackage), its layers stored "inside"
/// are the server's tables, read through GDAL's PostgreSQL driver. ProjectFile::load and save
/// come here for a "PG:" connection, so the GUI opens and saves a server project as a file.
class ServerProject
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ServerProject)

public:
    static ProjectFile::LoadResult load(const QString &connection, Feedback *feedback = nullptr);
    /// Writes the layer list, styles and view (the plan is saved edit by edit) in one transaction.
    static bool save(Project &project, const QString &connection, QString *error);
};

}
