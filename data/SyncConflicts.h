#pragma once

#include "SyncConflict.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace pilar {

class SqlConnection;

/// The conflicts waiting in an office project (a GeoPackage or the office server), and their
/// resolution: take the office's value, the field's, or an edited one. Every decision is one
/// transaction and goes to the audit log (the conflict row is audited, the data change too).
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(pilar::SyncConflicts)

public:
    enum class Take { Office, Field, Edited };

    static QVector<SyncConflict> list(SqlConnection &db, bool openOnly = true);
    /// One conflict, open or resolved.
    static std::optional<SyncConflict> find(SqlConnection &db, const QString &conflictUuid);
    static bool resolve(SqlConnection &db, const QString &conflictUuid, Take take, const QVariant &editedValue,
                        const QString &userName, QString *error);

    static QString kindName(SyncConflict::Kind kind);
    static QString kindKey(SyncConflict::Kind kind);
    static SyncConflict::Kind kindFromKey(const QString &key);
    /// A value as a planner reads it: text and numbers as they are, a geometry as WKT,
    /// a file by its size.
    static QString displayValue(const QVariant &value, const QString &column);

    /// A whole row as JSON (blobs as base64), for conflicts kept with the field's row.
    static QString rowToJson(const QStringList &columns, const QVariantList &values);
    static QVariantMap rowFromJson(const QString &json);

private:
    /// The conflicts matching `where` (with its parameters), with each row's label and place.
    static QVector<SyncConflict> read(SqlConnection &db, const QString &where, const QVariantList &params);
};

}
