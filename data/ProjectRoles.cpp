#include "ProjectRoles.h"

#include "MasterPlanSchema.h"
#include "SqliteDatabase.h"

namespace pilar {

bool ProjectRoles::create(SqliteDatabase &db)
{
    return db.exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS pilar_roles (fid INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, "
               "  user_name TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('viewer','editor','administrator')));"
               "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES "
               "  ('pilar_roles', 'attributes', 'pilar_roles', 'Who may view, edit or administer the project', "
               "   strftime('%Y-%m-%dT%H:%M:%fZ','now'));"))
           && MasterPlanSchema::createAuditTriggers(db, QStringLiteral("pilar_roles"),
                                                    {QStringLiteral("uuid"), QStringLiteral("user_name"), QStringLiteral("role")});
}

QString ProjectRoles::key(Role role)
{
    return role == Role::Viewer ? QStringLiteral("viewer") : role == Role::Editor ? QStringLiteral("editor") : QStringLiteral("administrator");
}

bool ProjectRoles::fromKey(const QString &key, Role *role)
{
    for (Role r : {Role::Viewer, Role::Editor, Role::Administrator})
        if (ProjectRoles::key(r) == key) { *role = r; return true; }
    return false;
}

QString ProjectRoles::name(Role role)
{
    return role == Role::Viewer ? tr("viewer") : role == Role::Editor ? tr("editor") : tr("administrator");
}

ProjectRoles::Role ProjectRoles::roleOf(SqliteDatabase &db, const QString &user)
{
    if (!db.tableExists(QStringLiteral("pilar_roles")) || db.scalar(QStringLiteral("SELECT count(*) FROM pilar_roles")).toInt() == 0)
        return Role::Administrator;   // a project without roles is everyone's
    Role role = Role::Viewer;         // someone not listed only looks
    fromKey(db.scalar(QStringLiteral("SELECT role FROM pilar_roles WHERE user_name = ?1"), {user}).toString(), &role);
    return role;
}

QList<std::pair<QString, ProjectRoles::Role>> ProjectRoles::roles(SqliteDatabase &db)
{
    QList<std::pair<QString, Role>> out;
    QList<QVariantList> rows;
    if (db.tableExists(QStringLiteral("pilar_roles")))
        db.query(QStringLiteral("SELECT user_name, role FROM pilar_roles ORDER BY user_name"), {}, rows);
    for (const auto &r : rows) {
        Role role = Role::Viewer;
        fromKey(r[1].toString(), &role);
        out << std::pair(r[0].toString(), role);
    }
    return out;
}

bool ProjectRoles::setRole(SqliteDatabase &db, const QString &actingUser, const QString &user, Role role, QString *error)
{
    if (roleOf(db, actingUser) != Role::Administrator) {
        if (error) *error = tr("Only an administrator of this project can give roles; %1 is %2.").arg(actingUser, name(roleOf(db, actingUser)));
        return false;
    }
    SqliteDatabase::Transaction tx(db);
    bool ok = tx.isActive() && create(db) && MasterPlanSchema::setUserName(db, actingUser);
    // The first role given: its giver administers the project, so it cannot lock itself out.
    if (ok && db.scalar(QStringLiteral("SELECT count(*) FROM pilar_roles")).toInt() == 0 && user != actingUser)
        ok = db.exec(QStringLiteral("INSERT INTO pilar_roles(uuid, user_name, role) VALUES (?1, ?2, 'administrator')"),
                     {MasterPlanSchema::newUuid(), actingUser});
    ok = ok && db.exec(QStringLiteral("INSERT INTO pilar_roles(uuid, user_name, role) VALUES (?1, ?2, ?3) "
                                      "ON CONFLICT(user_name) DO UPDATE SET role = excluded.role"),
                       {MasterPlanSchema::newUuid(), user, key(role)});
    if (ok && db.scalar(QStringLiteral("SELECT count(*) FROM pilar_roles WHERE role = 'administrator'")).toInt() == 0) {
        if (error) *error = tr("A project keeps at least one administrator.");
        return false;
    }
    if (!ok || !tx.commit()) {
        if (error && error->isEmpty()) *error = db.lastError();
        return false;
    }
    return true;
}

}
