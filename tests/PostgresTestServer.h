#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pilar::test {

/// A throw-away PostgreSQL cluster for the server-store tests: initdb in a temporary folder,
/// a server listening on 127.0.0.1 at a free port (and on a socket in that folder), stopped
/// and removed with the object. As root the cluster runs as the "postgres" user (PostgreSQL
/// refuses root). When PostgreSQL or PostGIS is missing, start() says why and tests skip.
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    /// Starts the cluster; false with the reason in `why`. Tests run it without fsync; a
    /// benchmark asks for a durable one, so commits cost what they cost on an office server.
    bool start(QString *why, bool durable = false);
    bool isRunning() const { return m_running; }
    /// A new empty database; returns its "PG:..." connection string for the superuser.
    QString createDatabase(const QString &name, QString *why = nullptr);
    /// The connection string of `database` for `user` (a role made with createLoginRole).
    QString connection(const QString &database, const QString &user = QString()) const;
    /// A login role (password-less, trusted on loopback) in the given group roles.
    bool createLoginRole(const QString &role, const QStringList &groups, QString *why = nullptr);
    QString superuser() const { return QStringLiteral("pilar_test"); }

private:
    bool run(const QString &program, const QStringList &args, QString *output);
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
};

}
