#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pilar {

class PostgresDatabase;

/// The master plan on the office's PostgreSQL/PostGIS server: the same tables and columns as
/// in the GeoPackage (MasterPlanSchema is the one list), geometries as PostGIS geometries in
/// EPSG:4326, and a row version on every row for optimistic concurrency. The audit log is
/// written by the server's triggers under the role that logged in, and no role can change
/// it afterwards; every change is also announced on the channel "pilar_changes" (LISTEN).
/// Roles: pilar_viewer reads, pilar_editor edits the plan, pilar_admin also manages who
/// edits what; row-level security can keep an OPD's editors to their own programmes and assets.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ServerSchema)

public:
    static constexpr const char *kChangesChannel = "pilar_changes";

    /// Creates everything (idempotent) inside the caller's transaction, with Kominfo's default
    /// lists unless a desktop's plan is about to be published; needs a role that may create
    /// extensions and roles (the server's administrator). False with db.lastError().
    static bool create(PostgresDatabase &db, bool withDefaultLists = true);
    /// A GeoPackage column list (MasterPlanSchema::columnDefinitions) in PostgreSQL's words.
    static QString translateColumns(const QString &sqliteColumns);
    /// Lets `role` edit the programmes and assets of the OPD with `opdCode` (once restricted).
    static bool allowEditorForOpd(PostgresDatabase &db, const QString &role, const QString &opdCode);
    /// Switches the row-level security that keeps editors to their OPD's programmes and assets,
    /// and to those rows' details (activities, partners, budgets, indicators, targets, realised
    /// values, inspections and their photos).
    static bool restrictEditorsToTheirOpd(PostgresDatabase &db, bool restrict);
    /// Each table under that security, with the rule that decides whether a row may change.
    static QList<std::pair<QString, QString>> opdRules();
};

}
