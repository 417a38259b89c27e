#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace pilar {

/// Checks a project file the way `pilar-cli validate` reports it: the GeoPackage and
/// SQLite integrity, the project format version, references between master-plan rows
/// (no orphans), and every programme and asset against the same rules as the editors
/// (years inside the stage, codes that exist, valid geometry inside the regency).
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProjectValidator)

public:
    struct Problem
    {
        QString table;
        QString row;       ///< the row's code (or uuid), empty for file-level problems
        QString message;   ///< translated
    };

    struct Report
    {
        QString path;
        int schemaVersion = 0;
        int programmes = 0;
        int assets = 0;
        QVector<Problem> problems;
        QVector<Problem> notes;   ///< worth knowing, not wrong (the file still validates)
        bool ok() const { return problems.isEmpty(); }
        QJsonObject toJson() const;
        QString toText() const;
    };

    static Report validate(const QString &path);
};

}
