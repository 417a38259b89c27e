#include "PostgresTestServer.h"

#include "PostgresDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

namespace pilar::test {

namespace {

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

}

PostgresTestServer::PostgresTestServer() = default;

PostgresTestServer::~PostgresTestServer()
{
    if (m_running) run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                                                         QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, nullptr);
}

bool PostgresTestServer::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    if (m_asPostgres) process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else process.start(program, args);
    const bool finished = process.waitForFinished(120000);
    if (output) *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresTestServer::start(QString *why, bool durable)
{
    for (const QString &candidate : {qEnvironmentVariable("PILAR_PG_BINDIR"), QStringLiteral("/usr/lib/postgresql/15/bin")})
        if (!candidate.isEmpty() && QFileInfo::exists(candidate + QStringLiteral("/initdb"))) { m_bin = candidate; break; }
    if (m_bin.isEmpty()) {
        if (why) *why = QStringLiteral("PostgreSQL 15 is not installed (tools/install-deps.sh installs postgresql-15 and postgresql-15-postgis-3)");
        return false;
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/share/postgresql/15/extension/postgis.control"))) {
        if (why) *why = QStringLiteral("PostGIS is not installed (tools/install-deps.sh installs postgresql-15-postgis-3)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pilar-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        if (why) *why = QStringLiteral("no temporary folder");
        return false;
    }
    m_asPostgres = ::geteuid() == 0;   // PostgreSQL refuses to run as root
    QString output;
    if (m_asPostgres && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir->path()}) != 0) {
        if (why) *why = QStringLiteral("cannot hand the cluster's folder to the postgres user");
        return false;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("-A"),
                                                 QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                                 QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}, &output)) {
        if (why) *why = QStringLiteral("initdb failed: ") + output.right(400);
        return false;
    }
    m_port = freeLoopbackPort();
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=60%3")
                                .arg(m_port).arg(m_dir->path(), durable ? QString() : QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"));
    if (!run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                                 m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                                 QStringLiteral("60"), QStringLiteral("start")}, &output)) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        if (why) *why = QStringLiteral("the server did not start: ") + output.right(300) + QLatin1Char(' ') + QString::fromUtf8(log.readAll().right(400));
        return false;
    }
    m_running = true;
    return true;
}

QString PostgresTestServer::connection(const QString &database, const QString &user) const
{
    return QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(m_port).arg(database, user.isEmpty() ? superuser() : user);
}

QString PostgresTestServer::createDatabase(const QString &name, QString *why)
{
    PostgresDatabase admin;
    if (!admin.open(connection(QStringLiteral("postgres"))) || !admin.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name))) {
        if (why) *why = admin.lastError();
        return {};
    }
    return connection(name);
}

bool PostgresTestServer::createLoginRole(const QString &role, const QStringList &groups, QString *why)
{
    PostgresDatabase admin;
    const QString grant = groups.isEmpty() ? QString() : QStringLiteral(" IN ROLE %1").arg(groups.join(QStringLiteral(", ")));
    if (!admin.open(connection(QStringLiteral("postgres"))) || !admin.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN%2").arg(role, grant))) {
        if (why) *why = admin.lastError();
        return false;
    }
    return true;
}

}
