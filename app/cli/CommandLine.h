#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pilar {

/// What every pilar-cli command does with its arguments: parse them, answer --help, and
/// report a failure as one line on stderr with the exit code.
class CommandLine
{
public:
    /// Parses a command's options; false when the command should stop, with `exitCode`
    /// set (0 after --help, 2 on a wrong command line).
    static bool parse(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err, int &exitCode)
    {
        parser.addHelpOption();
        if (!parser.parse(args)) {
            err << parser.errorText() << Qt::endl;
            exitCode = 2;
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            // Qt names the program by its path; a reader wants the command to type ("pilar-cli checkout").
            QString help = parser.helpText();
            const QString program = QCoreApplication::arguments().value(0);
            if (!program.isEmpty() && !args.isEmpty()) help.replace(help.indexOf(program), program.size(), args.first());
            out << help;
            exitCode = 0;
            return false;
        }
        return true;
    }

    static int fail(QTextStream &err, const QString &message, int exitCode)
    {
        err << QStringLiteral("pilar-cli: ") << message << Qt::endl;
        return exitCode;
    }
};

}
