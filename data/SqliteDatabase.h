#pragma once

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pilar {

/// A SQLite connection that closes itself, with prepared statements and transactions
/// that roll back unless committed. Errors are values (bool + lastError()), never exceptions.
/// One object per thread.
class SqliteDatabase : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(pilar::SqliteDatabase)

public:
    SqliteDatabase() = default;
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool open(const QString &path, bool readOnly = false);
    void close();
    Dialect dialect() const override { return Dialect::Sqlite; }
    bool isOpen() const override { return m_db != nullptr; }
    QString lastError() const override { return m_error; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more statements without results.
    bool exec(const QString &sql) override;
    /// Runs one statement with positional parameters (?1, ?2 ...).
    bool exec(const QString &sql, const QVariantList &params) override;
    qint64 changedRows() const override;
    /// The rows of a query, each a list of column values.
    bool query(const QString &sql, const QVariantList &params, QList<QVariantList> &rows) override;
    /// Calls `visit` with each row in turn (stops when it returns false), without keeping them:
    /// for results too large to hold as a list.
    bool forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> &visit) override;
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &params = {}) override;
    bool tableExists(const QString &table) override;
    bool begin() override { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
    /// Switches the file to write-ahead logging (kept in the file): a reader (the renderer,
    /// a report on a worker) never waits for a writer, and a commit is one append to the log
    /// (copied into the file right after, see open()).
    bool useWriteAheadLog();
    /// A consistent copy of the database at \a target through SQLite's online backup, which
    /// includes what is still in the write-ahead log (a plain file copy would miss it).
    bool copyTo(const QString &target);
    /// Removes a database file with its -wal, -shm and -journal: a log left by a killed writer
    /// would otherwise be replayed into a new file of the same name.
    static void removeFile(const QString &path);
    /// Refuses every change to the main database's tables except the session row (for a viewer);
    /// a refused write fails with a message saying so. Enforced by SQLite's authorizer.
    void setChangesAllowed(bool allowed);
    bool changesAllowed() const { return m_changesAllowed; }

    /// Rolls back on destruction unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(SqliteDatabase &db);
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit();

    private:
        SqliteDatabase &m_db;
        bool m_active = false;
    };

private:
    /// Prepared statements are kept for reuse (a check-in runs the same few thousands of
    /// times); a kept one is reset, not finalized, when its user is done.
    struct StatementDeleter
    {
        QSet<sqlite3_stmt *> *inUse = nullptr;
        void operator()(sqlite3_stmt *s) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
    Statement prepare(const QString &sql, const QVariantList &params);
    bool fail(const QString &context);

    sqlite3 *m_db = nullptr;
    bool m_changesAllowed = true;
    QHash<QString, sqlite3_stmt *> m_statements;
    QSet<sqlite3_stmt *> m_inUse;
    QString m_path;
    QString m_error;
};

}
