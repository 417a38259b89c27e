#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace pilar {

class SqliteDatabase;

/// A SQLite session-extension change set, read and made through the library itself:
/// `diff` compares two copies of tables (sqlite3session_diff), `forEach` walks the
/// changes (sqlite3changeset_start). Values come back as QVariant: qlonglong, double,
/// QString, QByteArray, or null.
class Changeset
{
    Q_DECLARE_TR_FUNCTIONS(pilar::Changeset)

public:
    enum class Op { Insert, Update, Delete };

    struct Change
    {
        QString table;
        Op op = Op::Insert;
        /// One entry per column; for an update, only the changed columns and the key are
        /// present (has* false for the others).
        QVariantList oldValues, newValues;
        QList<bool> hasOld, hasNew;
    };

    /// The changes that turn the tables of database `from` into those of database `to`
    /// (both attached to `db`, same columns, a primary key). Empty bytes when nothing changed.
    static bool diff(SqliteDatabase &db, const QString &to, const QString &from, const QStringList &tables,
                     QByteArray *changeset, QString *error);
    /// Calls `visit` for each change in order; stops when it returns false. False with a
    /// message when the bytes are not a change set.
    static bool forEach(const QByteArray &changeset, const std::function<bool(const Change &)> &visit, QString *error);
};

}
