#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace pilar {

/// What the master plan store needs of a database, whether the project is a GeoPackage
/// (SqliteDatabase) or lives on the office's PostgreSQL server (PostgresDatabase). Statements
/// use SQLite's positional parameters (?1, ?2 ...); the server connection translates them.
/// Errors are values (bool + lastError()), never exceptions. One object per thread.
class SqlConnection
{
public:
    enum class Dialect { Sqlite, Postgres };

    virtual ~SqlConnection() = default;
    virtual Dialect dialect() const = 0;
    virtual bool isOpen() const = 0;
    virtual QString lastError() const = 0;
    /// Runs one or more statements without parameters or results.
    virtual bool exec(const QString &sql) = 0;
    /// Runs one statement with positional parameters.
    virtual bool exec(const QString &sql, const QVariantList &params) = 0;
    /// Rows inserted, updated or deleted by the last exec() with parameters.
    virtual qint64 changedRows() const = 0;
    /// The rows of a query, each a list of column values.
    virtual bool query(const QString &sql, const QVariantList &params, QList<QVariantList> &rows) = 0;
    /// Calls `visit` with each row in turn (stops when it returns false), without keeping them.
    virtual bool forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> &visit) = 0;
    /// The first column of the first row, or an invalid QVariant.
    virtual QVariant scalar(const QString &sql, const QVariantList &params = {}) = 0;
    virtual bool tableExists(const QString &table) = 0;
    /// Opens a transaction that later writes cannot deadlock on (SQLite: BEGIN IMMEDIATE).
    virtual bool begin() = 0;
};

}
