#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pilar {

/// pilar-cli: parses the command line and calls the core (DataSourceInfo,
/// MapImageExport, DemoProject). Exit codes: 0 success, 1 the work failed (bad input),
/// 2 the command line was wrong. Errors go to stderr as one translated line.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(pilar::CliApplication)

public:
    int run(const QStringList &arguments);

private:
    int info(const QStringList &args);
    int render(const QStringList &args);
    int demo(const QStringList &args);
    int newProject(const QStringList &args);
    int validate(const QStringList &args);
    int exportData(const QStringList &args);
    int importData(const QStringList &args);
    int progress(const QStringList &args);
    int report(const QStringList &args);
    int roles(const QStringList &args);
    int version();
    int usage(int exitCode);
    int fail(const QString &message, int exitCode = 1);

    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

}
