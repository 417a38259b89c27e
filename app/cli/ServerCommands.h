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

private:
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

}
