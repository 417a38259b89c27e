#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pilar {

class Feedback;

/// Moves a whole project between a desktop GeoPackage and the office's PostgreSQL server:
/// push publishes a desktop project (plan, inventory, progress, audit history, settings, the
/// map layers kept inside the file) to an empty server database in one transaction; pull
/// writes a complete copy of a server project to a new GeoPackage (written aside, then
/// renamed into place), which Pilar opens like any project. Both report progress and can be
/// cancelled; a cancelled or failed transfer leaves the target as it was.
class ServerTransfer
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ServerTransfer)

public:
    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        qint64 rows = 0;          ///< plan rows copied
        QStringList layers;       ///< map layers copied
        QStringList leftBehind;   ///< layers that stay on the desktop (files outside the project)
    };

    static Result push(const QString &projectPath, const QString &connection, Feedback *feedback = nullptr);
    static Result pull(const QString &connection, const QString &projectPath, Feedback *feedback = nullptr);
};

}
