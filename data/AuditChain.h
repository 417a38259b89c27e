#pragma once

#include <QCoreApplication>
#include <QString>

namespace pilar {

class SqliteDatabase;

/// The audit log as a hash chain: each entry's hash covers its own content and the hash of
/// the entry before, so a changed, removed or inserted entry breaks the chain from there on.
/// Triggers fill the log whoever writes (Pilar, QGIS, a script) and refuse to change or delete
/// an entry; Pilar seals new entries (computes their hashes) when it writes or opens a project.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(pilar::AuditChain)

public:
    /// Adds the hash columns (when missing) and the triggers that keep the log append-only.
    static bool protect(SqliteDatabase &db);
    /// Drops the append-only triggers (only for a field package's fresh copy, whose log starts empty).
    static bool unprotect(SqliteDatabase &db);
    /// Hashes the entries not sealed yet, in order. Run inside the caller's transaction or alone.
    static bool seal(SqliteDatabase &db);
    /// The first entry (fid) whose hash does not follow, or -1 when the sealed chain holds;
    /// `reason` says what is wrong.
    static qint64 firstBroken(SqliteDatabase &db, QString *reason);
};

}
