#include "ServerCommands.h"

#include "CommandLine.h"

#include "Feedback.h"
#include "Platform.h"
#include "PostgresDatabase.h"
#include "ServerTransfer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

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

}
