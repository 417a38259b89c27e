#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pilar {

/// pilar-cli's office-server commands: push (publish a desktop project to PostgreSQL) and
/// pull (a GeoPackage copy of a server project). Exit codes as the rest of pilar-cli.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ServerCommands)

public:
    ServerCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int push(const QStringList &args);
    int pull(const QStringList &args);

    /// True when a command's arguments name a server project ("PG:...").
    static bool namesServer(const QStringList &args);
    /// validate on a server project: a copy is pulled into a temporary file and checked there.
    int validate(const QStringList &args);
    /// roles on a server project: the login roles in pilar_viewer, pilar_editor, pilar_admin.
    int roles(const QStringList &args);
    /// checkout, checkin, conflicts: field packages work with project files only, for now.

private:
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

}
