#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

/// Writes the programmes or the assets of a project to CSV, XLSX, GeoJSON or GeoPackage
/// (by the file's suffix) with readable columns: codes instead of internal UUIDs,
/// geometry as WKT where the format has no geometry. Written to a temporary file, then
/// renamed, so a failed export never leaves half a file.
class MasterPlanExport
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanExport)

public:
    enum class What { Programmes, Assets };
    /// Returns the number of rows written, or -1 with `error` set.
    static int run(const QString &projectPath, What what, const QString &outputPath, QString *error);
};

}
