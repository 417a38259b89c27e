#include "SqliteDatabase.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>

namespace pilar {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::StatementDeleter::operator()(sqlite3_stmt *s) const
{
    if (inUse) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        inUse->remove(s);
    } else {
        sqlite3_finalize(s);
    }
}

bool SqliteDatabase::open(const QString &path, bool readOnly)
{
    close();
    m_path = path;
    // URIs allowed so a second file can be attached read-only (file:...?mode=ro).
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        fail(tr("cannot open the database"));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // In WAL mode each commit is copied into the file at once (when no reader still needs the
    // old pages), so a planner who copies the .gpkg alone while Pilar is open copies every edit.
    if (!readOnly) sqlite3_wal_autocheckpoint(m_db, 1);
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

bool SqliteDatabase::useWriteAheadLog()
{
    return scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

bool SqliteDatabase::copyTo(const QString &target)
{
    if (!m_db) return false;
    sqlite3 *out = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        m_error = tr("%1: cannot write the file.").arg(QDir::toNativeSeparators(target));
        sqlite3_close_v2(out);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(out, "main", m_db, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(out);
    if (backup) sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    if (rc != SQLITE_OK) m_error = tr("%1: cannot write the file (%2).").arg(QDir::toNativeSeparators(target), QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_close_v2(out);
    return rc == SQLITE_OK;
}

void SqliteDatabase::removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(path + QLatin1String(suffix));
}

void SqliteDatabase::close()
{
    for (sqlite3_stmt *s : std::as_const(m_statements)) sqlite3_finalize(s);
    m_statements.clear();
    m_inUse.clear();
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

namespace {

int viewerAuthorizer(void *, int action, const char *table, const char *, const char *database, const char *)
{
    if (action != SQLITE_INSERT && action != SQLITE_UPDATE && action != SQLITE_DELETE) return SQLITE_OK;
    if (database && qstrcmp(database, "main") != 0) return SQLITE_OK;   // scratch tables in temp or attached memory
    return table && qstrcmp(table, "pilar_session") == 0 ? SQLITE_OK : SQLITE_DENY;
}

}

void SqliteDatabase::setChangesAllowed(bool allowed)
{
    m_changesAllowed = allowed;
    if (!m_db) return;
    // Statements kept for reuse were authorized under the old rule.
    for (sqlite3_stmt *s : std::as_const(m_statements)) sqlite3_finalize(s);
    m_statements.clear();
    m_inUse.clear();
    sqlite3_set_authorizer(m_db, allowed ? nullptr : viewerAuthorizer, nullptr);
}

bool SqliteDatabase::fail(const QString &context)
{
    if (m_db && sqlite3_errcode(m_db) == SQLITE_AUTH) {
        m_error = tr("%1: your role in this project is viewer; it does not allow changes").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
    m_error = tr("%1: %2 (%3)").arg(QDir::toNativeSeparators(m_path), context, reason);
    return false;
}

SqliteDatabase::Statement SqliteDatabase::prepare(const QString &sql, const QVariantList &params)
{
    constexpr int kKeptStatements = 64;
    sqlite3_stmt *raw = m_statements.value(sql);
    Statement stmt;
    if (raw && !m_inUse.contains(raw)) {
        m_inUse.insert(raw);
        stmt = Statement(raw, StatementDeleter{&m_inUse});
    } else {
        raw = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &raw, nullptr) != SQLITE_OK) {
            fail(tr("the database could not run a query"));
            return nullptr;
        }
        if (!m_statements.contains(sql) && m_statements.size() < kKeptStatements) {
            m_statements.insert(sql, raw);
            m_inUse.insert(raw);
            stmt = Statement(raw, StatementDeleter{&m_inUse});
        } else {
            stmt = Statement(raw, StatementDeleter{});
        }
    }
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params[i];
        const int idx = i + 1;
        if (v.isNull() || !v.isValid()) sqlite3_bind_null(raw, idx);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
            sqlite3_bind_int64(raw, idx, v.toLongLong());
        else if (v.typeId() == QMetaType::Double) sqlite3_bind_double(raw, idx, v.toDouble());
        else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob(raw, idx, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray s = v.toString().toUtf8();
            sqlite3_bind_text(raw, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
        }
    }
    return stmt;
}

bool SqliteDatabase::exec(const QString &sql)
{
    char *err = nullptr;
    if (!m_db || sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        return fail(tr("the database could not be changed"));
    }
    return true;
}

bool SqliteDatabase::exec(const QString &sql, const QVariantList &params)
{
    Statement stmt = prepare(sql, params);
    if (!stmt) return false;
    const int rc = sqlite3_step(stmt.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(tr("the database could not be changed"));
    return true;
}

qint64 SqliteDatabase::changedRows() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

bool SqliteDatabase::query(const QString &sql, const QVariantList &params, QList<QVariantList> &rows)
{
    rows.clear();
    return forEachRow(sql, params, [&rows](const QVariantList &row) { rows << row; return true; });
}

bool SqliteDatabase::forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> &visit)
{
    Statement stmt = prepare(sql, params);
    if (!stmt) return false;
    int rc;
    QVariantList row;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        row.clear();
        const int n = sqlite3_column_count(stmt.get());
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt.get(), c)) {
            case SQLITE_INTEGER: row << qlonglong(sqlite3_column_int64(stmt.get(), c)); break;
            case SQLITE_FLOAT: row << sqlite3_column_double(stmt.get(), c); break;
            case SQLITE_NULL: row << QVariant(); break;
            case SQLITE_BLOB:
                row << QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt.get(), c)), sqlite3_column_bytes(stmt.get(), c));
                break;
            default:
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), c)),
                                         sqlite3_column_bytes(stmt.get(), c));
            }
        }
        if (!visit(row)) return true;
    }
    if (rc != SQLITE_DONE)
        return fail(tr("the database could not be read"));
    return true;
}

QVariant SqliteDatabase::scalar(const QString &sql, const QVariantList &params)
{
    QList<QVariantList> rows;
    if (!query(sql, params, rows) || rows.isEmpty() || rows.first().isEmpty())
        return {};
    return rows.first().first();
}

bool SqliteDatabase::tableExists(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?1"), {table}).toInt() > 0;
}

SqliteDatabase::Transaction::Transaction(SqliteDatabase &db)
    : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteDatabase::Transaction::~Transaction()
{
    if (!m_active) return;
    const QString error = m_db.m_error; // keep the reason for the failure, not the rollback's
    m_db.exec(QStringLiteral("ROLLBACK"));
    m_db.m_error = error;
}

bool SqliteDatabase::Transaction::commit()
{
    if (!m_active) return false;
    m_active = false;
    return m_db.exec(QStringLiteral("COMMIT"));
}

}
