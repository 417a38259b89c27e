#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pilar {

class SqliteDatabase;

/// Who may do what in a project (pilar_roles, audited like the plan): a viewer looks, an
/// editor changes the plan, an administrator also gives roles. A project without roles is
/// open to everyone; the first role given makes its giver an administrator. Users are the
/// operating-system user names Pilar records in the audit log.
class ProjectRoles
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProjectRoles)

public:
    enum class Role { Viewer, Editor, Administrator };

    static bool create(SqliteDatabase &db);
    static Role roleOf(SqliteDatabase &db, const QString &user);
    static bool canEdit(SqliteDatabase &db, const QString &user) { return roleOf(db, user) != Role::Viewer; }
    /// Gives `user` a role; only an administrator may (anyone while the project has no roles).
    static bool setRole(SqliteDatabase &db, const QString &actingUser, const QString &user, Role role, QString *error);
    static QList<std::pair<QString, Role>> roles(SqliteDatabase &db);

    static QString key(Role role);
    static bool fromKey(const QString &key, Role *role);
    static QString name(Role role);
};

}
