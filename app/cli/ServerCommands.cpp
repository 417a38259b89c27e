#include "ServerCommands.h"

#include "CommandLine.h"

#include "Feedback.h"
#include "Platform.h"
#include "PostgresDatabase.h"
#include "ProjectValidator.h"
#include "ServerTransfer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace pilar {

namespace {

/// Progress for a person at a terminal; a script reading stderr gets only the one error line.
Feedback terminalFeedback(QTextStream &err, int &lastShown)
{
    const bool show = Platform::isTerminal(stderr);
    return Feedback([&err, &lastShown, show](double percent, const QString &message) {
        if (!show || int(percent) / 10 == lastShown) return;
        lastShown = int(percent) / 10;
        err << QStringLiteral("%1 % %2").arg(int(percent), 3).arg(message) << Qt::endl;
    });
}

}

int ServerCommands::fail(const QString &message, int exitCode)
{
    return CommandLine::fail(m_err, message, exitCode);
}

int ServerCommands::push(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Publishes a desktop project to an empty PostgreSQL/PostGIS database, so several desktops "
                                        "share one master plan: the plan, assets, progress, audit history, settings and the map "
                                        "layers kept inside the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The desktop project (.gpkg)."));
    parser.addPositionalArgument(QStringLiteral("SERVER"), tr("The database, e.g. PG:\"host=server dbname=masterplan user=admin\"."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !PostgresDatabase::isConnectionString(positional.at(1)))
        return fail(tr("push needs PROJECT.gpkg and a server PG:\"host=... dbname=...\" (see pilar-cli push --help)."), 2);
    int lastShown = -1;
    Feedback feedback = terminalFeedback(m_err, lastShown);
    const auto result = ServerTransfer::push(positional.at(0), positional.at(1), &feedback);
    if (!result.ok) return fail(result.error);
    for (const QString &layer : result.leftBehind)
        m_err << tr("pilar-cli: the layer %1 is a file outside the project and stays on this desktop.").arg(layer) << Qt::endl;
    m_out << tr("Published %1 to %2: %3 rows of the plan, map layers %4.")
                 .arg(QDir::toNativeSeparators(positional.at(0)), PostgresDatabase::displayName(positional.at(1)))
                 .arg(result.rows)
                 .arg(result.layers.isEmpty() ? tr("(none)") : result.layers.join(QStringLiteral(", ")))
          << Qt::endl;
    return 0;
}

int ServerCommands::pull(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a complete copy of a server project to a GeoPackage, which Pilar opens like any project."));
    parser.addPositionalArgument(QStringLiteral("SERVER"), tr("The database, e.g. PG:\"host=server dbname=masterplan user=planner\"."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The GeoPackage to write."));
    parser.addOption({QStringLiteral("overwrite"), tr("Replace OUT if it exists.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !PostgresDatabase::isConnectionString(positional.at(0)))
        return fail(tr("pull needs a server PG:\"host=... dbname=...\" and OUT.gpkg (see pilar-cli pull --help)."), 2);
    if (QFileInfo::exists(positional.at(1)) && !parser.isSet(QStringLiteral("overwrite")))
        return fail(tr("%1 exists; choose another name or add --overwrite.").arg(QDir::toNativeSeparators(positional.at(1))), 2);
    int lastShown = -1;
    Feedback feedback = terminalFeedback(m_err, lastShown);
    const auto result = ServerTransfer::pull(positional.at(0), positional.at(1), &feedback);
    if (!result.ok) return fail(result.error);
    m_out << tr("Copied %1 to %2: %3 rows of the plan, map layers %4.")
                 .arg(PostgresDatabase::displayName(positional.at(0)), QDir::toNativeSeparators(positional.at(1)))
                 .arg(result.rows)
                 .arg(result.layers.isEmpty() ? tr("(none)") : result.layers.join(QStringLiteral(", ")))
          << Qt::endl;
    return 0;
}

bool ServerCommands::namesServer(const QStringList &args)
{
    return std::any_of(args.begin() + 1, args.end(), [](const QString &a) { return PostgresDatabase::isConnectionString(a); });
}

int ServerCommands::validate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a server project: a copy is taken and checked as a project file is."));
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    parser.addPositionalArgument(QStringLiteral("SERVER"), tr("The server project, PG:\"host=... dbname=...\"."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("validate needs exactly one PROJECT (see pilar-cli validate --help)."), 2);
    const QString server = parser.positionalArguments().first();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("server-copy.gpkg"));
    int lastShown = -1;
    Feedback feedback = terminalFeedback(m_err, lastShown);
    const auto pulled = ServerTransfer::pull(server, copy, &feedback);
    if (!pulled.ok) return fail(pulled.error);
    ProjectValidator::Report report = ProjectValidator::validate(copy);
    report.path = PostgresDatabase::displayName(server);
    if (parser.isSet(QStringLiteral("json"))) m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else m_out << report.toText();
    if (!report.ok()) {
        m_err << tr("pilar-cli: %n problem(s) in %1", nullptr, int(report.problems.size())).arg(report.path) << Qt::endl;
        return 1;
    }
    return 0;
}

int ServerCommands::roles(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists who may view, edit or administer a server project (PostgreSQL roles)."));
    parser.addPositionalArgument(QStringLiteral("SERVER"), tr("The server project, PG:\"host=... dbname=...\"."));
    parser.addOption({QStringLiteral("set"), tr("Not on a server: roles there are PostgreSQL's."), QStringLiteral("USER=ROLE")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("roles needs exactly one PROJECT (see pilar-cli roles --help)."), 2);
    if (parser.isSet(QStringLiteral("set")))
        return fail(tr("On the office server, roles are PostgreSQL roles: the server's administrator gives one with "
                       "GRANT pilar_viewer, pilar_editor or pilar_admin TO the planner's login."), 2);
    PostgresDatabase db;
    if (!db.open(parser.positionalArguments().first())) return fail(db.lastError());
    QList<QVariantList> rows;
    if (!db.query(QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
                                 "JOIN pg_roles m ON m.oid = am.member WHERE g.rolname IN ('pilar_viewer', 'pilar_editor', 'pilar_admin') "
                                 "AND m.rolcanlogin ORDER BY 1, 2"), {}, rows))
        return fail(db.lastError());
    if (rows.isEmpty()) m_out << tr("No planner has a role yet; the administrator gives them with GRANT pilar_editor TO their login.") << Qt::endl;
    static const QHash<QString, QString> names = {{QStringLiteral("pilar_viewer"), tr("viewer")},
                                                  {QStringLiteral("pilar_editor"), tr("editor")},
                                                  {QStringLiteral("pilar_admin"), tr("administrator")}};
    for (const auto &r : rows) m_out << QStringLiteral("%1\t%2\n").arg(r[0].toString(), names.value(r[1].toString()));
    m_out.flush();
    return 0;
}

}
