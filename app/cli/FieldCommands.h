#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pilar {

/// pilar-cli's field-package commands: checkout, checkin, conflicts and changes.
/// Exit codes as the rest of pilar-cli: 0 done, 1 the work failed, 2 a wrong command line.
class FieldCommands
{
    Q_DECLARE_TR_FUNCTIONS(pilar::FieldCommands)

public:
    FieldCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int checkout(const QStringList &args);
    int checkin(const QStringList &args);
    int conflicts(const QStringList &args);
    int changes(const QStringList &args);

private:
    int fail(const QString &message, int exitCode = 1);

    QTextStream &m_out;
    QTextStream &m_err;
};

}
