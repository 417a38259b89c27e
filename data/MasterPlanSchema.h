#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pilar {

class SqlConnection;
class SqliteDatabase;

/// The master plan's tables inside the project GeoPackage: pillars, sub-elements,
/// stages, OPD, partners, programmes and assets (feature tables, EPSG:4326), activities,
/// and an audit log filled by triggers, so every insert, update and delete is recorded
/// whoever writes (Pilar, QGIS, a script). Every row has a UUID.
class MasterPlanSchema
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanSchema)

public:
    /// The tables, in creation order.
    static QStringList tables();
    /// A table's columns after fid, uuid first (empty for a table that is not ours).
    static QStringList columns(const QString &table);
    /// A table's column definitions after fid and uuid, in SQLite's words (the server's schema
    /// translates them, so both stores keep one list of columns).
    static QString columnDefinitions(const QString &table);
    /// True for a table with a geometry (programmes, assets, inspections).
    static bool isFeatureTable(const QString &table);
    static QString description(const QString &table);
    /// Kominfo's six pillars with their sub-elements, the two stages to 2023, Purbalingga's OPD
    /// and partners, unless the plan already has pillars. Works on the file and on the server.
    static bool insertDefaults(SqlConnection &db);
    /// Creates the tables, triggers and the default lists (Kominfo's six pillars with their
    /// sub-elements, the two stages to 2023, Purbalingga's OPD and partners). Run inside
    /// the caller's transaction; false with db.lastError() on failure.
    static bool create(SqliteDatabase &db);
    /// The audit triggers of a table (also used for the sync tables).
    static bool createAuditTriggers(SqliteDatabase &db, const QString &table, const QStringList &columns);
    /// Records who edits, for the audit triggers (one row in pilar_session).
    static bool setUserName(SqliteDatabase &db, const QString &userName);
    /// The operating-system user, the default author of edits.
    static QString defaultUserName();
    static QString newUuid();

    /// A column holding the uuid of a row in another table.
    struct Reference
    {
        QString table, column, target;
        bool optional = false;   ///< may be empty
        bool progress = false;   ///< progress data (indicators, targets, values, budget)
    };
    /// The references between the plan's tables (the validator checks them, a check-in keeps them).
    static const QVector<Reference> &references();

};

}
