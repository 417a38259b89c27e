#include "PostgresDatabase.h"

#include <libpq-fe.h>

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace pilar {

namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.h is a server header, not in libpq-dev).
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

QVariant valueOf(const PGresult *res, int row, int column)
{
    if (PQgetisnull(res, row, column)) return {};
    const char *text = PQgetvalue(res, row, column);
    const int length = PQgetlength(res, row, column);
    switch (PQftype(res, column)) {
    case kInt2: case kInt4: case kInt8: case kOid: return QByteArray::fromRawData(text, length).toLongLong();
    case kFloat4: case kFloat8: case kNumeric: return QByteArray::fromRawData(text, length).toDouble();
    case kBool: return qlonglong(text[0] == 't' ? 1 : 0);   // as SQLite gives its 0/1
    case kBytea: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return out;
    }
    default: return QString::fromUtf8(text, length);
    }
}

void quietNotices(void *, const char *) {}   // "extension already exists" and the like

}

PostgresDatabase::~PostgresDatabase()
{
    close();
}

bool PostgresDatabase::isConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

namespace {
// libpq's value syntax: a single-quoted value may hold \' and \\ escapes.
const QRegularExpression &passwordPair()
{
    static const QRegularExpression pair(QStringLiteral("\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    return pair;
}
}

QString PostgresDatabase::withoutPassword(const QString &connection)
{
    QString text = isConnectionString(connection) ? connection.mid(3) : connection;
    text.remove(passwordPair());
    static const QRegularExpression uriPassword(QStringLiteral("(postgres(?:ql)?://[^:/@]+):[^@]*@"));
    text.replace(uriPassword, QStringLiteral("\\1@"));
    return QStringLiteral("PG:") + text.simplified();
}

QString PostgresDatabase::displayName(const QString &connection)
{
    QString name = isConnectionString(connection) ? connection.mid(3) : connection;
    name.replace(passwordPair(), QStringLiteral("password=…"));
    static const QRegularExpression uriPassword(QStringLiteral("(postgres(?:ql)?://[^:/@]+):[^@]*@"));
    name.replace(uriPassword, QStringLiteral("\\1:…@"));
    return name.trimmed();
}

bool PostgresDatabase::open(const QString &connection)
{
    close();
    m_name = displayName(connection);
    const QByteArray info = (isConnectionString(connection) ? connection.mid(3) : connection).trimmed().toUtf8();
    // Wait at most 10 s for a server that does not answer, rather than libpq's forever.
    const QByteArray withTimeout = info.contains("connect_timeout") || info.contains("://") ? info : info + " connect_timeout=10";
    m_conn = PQconnectdb(withTimeout.constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const QString reason = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : tr("out of memory");
        m_error = tr("%1: cannot connect to the server (%2)").arg(m_name, reason);
        close();
        return false;
    }
    PQsetNoticeProcessor(m_conn, quietNotices, nullptr);
    PQsetClientEncoding(m_conn, "UTF8");
    return exec(QStringLiteral("SET datestyle = ISO; SET extra_float_digits = 3"));
}

void PostgresDatabase::close()
{
    m_inTransaction = false;
    if (m_conn) PQfinish(m_conn);
    m_conn = nullptr;
    m_translated.clear();
}

bool PostgresDatabase::fail(const QString &context)
{
    const QString reason = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : tr("not connected");
    if (m_errorCode == QLatin1String("42501"))
        m_error = tr("%1: your role on the server does not allow this change (%2)").arg(m_name, reason);
    else
        m_error = tr("%1: %2 (%3)").arg(m_name, context, reason);
    return false;
}

QByteArray PostgresDatabase::translate(const QString &sql)
{
    auto it = m_translated.constFind(sql);
    if (it != m_translated.cend()) return it.value();
    QString out;
    out.reserve(sql.size() + 8);
    QChar quote;
    int next = 1;
    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote) quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            int j = i + 1;
            while (j < sql.size() && sql[j].isDigit()) ++j;
            out += QLatin1Char('$') + (j > i + 1 ? sql.mid(i + 1, j - i - 1) : QString::number(next++));
            i = j - 1;
        } else {
            out += c;
        }
    }
    return m_translated.insert(sql, out.toUtf8()).value();
}

bool PostgresDatabase::reconnectIfDropped()
{
    if (!m_conn || PQstatus(m_conn) == CONNECTION_OK || m_inTransaction) return false;
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) return false;
    ++m_reconnections;
    PQsetClientEncoding(m_conn, "UTF8");
    bool ok = exec(QStringLiteral("SET datestyle = ISO; SET extra_float_digits = 3"));
    for (const auto &[name, value] : std::as_const(m_sessionSettings))
        ok = ok && run(QStringLiteral("SELECT set_config(?1, ?2, false)"), {name, value}, nullptr);
    for (const QString &channel : std::as_const(m_channels))
        ok = ok && exec(QStringLiteral("LISTEN %1").arg(channel));
    return ok;
}

bool PostgresDatabase::setSessionSetting(const QString &name, const QString &value)
{
    for (auto &setting : m_sessionSettings)
        if (setting.first == name) setting.second = value;
    if (std::none_of(m_sessionSettings.begin(), m_sessionSettings.end(), [&](const auto &s) { return s.first == name; }))
        m_sessionSettings << std::pair(name, value);
    return run(QStringLiteral("SELECT set_config(?1, ?2, false)"), {name, value}, nullptr);
}

bool PostgresDatabase::exec(const QString &sql)
{
    m_errorCode.clear();
    if (!m_conn) return fail(tr("the server could not be changed"));
    reconnectIfDropped();
    // Transactions are the store's BEGIN/COMMIT/ROLLBACK; a dropped connection ends one.
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (head == QLatin1String("COMMIT") || head == QLatin1String("ROLLBACK") || head == QLatin1String("END")) m_inTransaction = false;
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(m_conn, sql.toUtf8().constData()), &PQclear);
    ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    // The server dropped the connection since the last statement: this one never ran; again, once.
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && head != QLatin1String("COMMIT") && reconnectIfDropped()) {
        res.reset(PQexec(m_conn, sql.toUtf8().constData()));
        status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    }
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (res) m_errorCode = QString::fromLatin1(PQresultErrorField(res.get(), PG_DIAG_SQLSTATE));
        return fail(tr("the server could not be changed"));
    }
    if (head == QLatin1String("BEGIN")) m_inTransaction = true;
    return true;
}

bool PostgresDatabase::run(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> *visit)
{
    const int reconnections = m_reconnections;
    const bool ok = runOnce(sql, params, visit);
    // The server dropped the connection since the last statement (a restart, a cut): outside a
    // transaction the statement is sent again once on a new connection.
    if (!ok && reconnections == m_reconnections && reconnectIfDropped()) return runOnce(sql, params, visit);
    return ok;
}

bool PostgresDatabase::runOnce(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> *visit)
{
    m_errorCode.clear();
    m_changedRows = 0;
    if (!m_conn) return fail(tr("the server could not run a query"));
    const int n = int(params.size());
    std::vector<QByteArray> values(n);
    std::vector<const char *> pointers(n, nullptr);
    std::vector<int> lengths(n, 0), formats(n, 0);
    std::vector<Oid> types(n, 0);
    for (int i = 0; i < n; ++i) {
        const QVariant &v = params[i];
        if (!v.isValid() || v.isNull()) continue;
        switch (v.typeId()) {
        case QMetaType::QByteArray: values[i] = v.toByteArray(); formats[i] = 1; types[i] = kBytea; break;
        case QMetaType::Double: values[i] = QByteArray::number(v.toDouble(), 'g', 17); break;
        case QMetaType::Bool: values[i] = v.toBool() ? "1" : "0"; break;   // our flags are integers, as in SQLite
        case QMetaType::QDate: values[i] = v.toDate().toString(Qt::ISODate).toUtf8(); break;
        case QMetaType::QDateTime: values[i] = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8(); break;
        default: values[i] = v.toString().toUtf8();
        }
        pointers[i] = values[i].constData();
        lengths[i] = int(values[i].size());
    }
    const QByteArray text = translate(sql);
    if (!PQsendQueryParams(m_conn, text.constData(), n, types.data(), pointers.data(), lengths.data(), formats.data(), 0))
        return fail(tr("the server could not run a query"));
    if (visit) PQsetSingleRowMode(m_conn);
    bool ok = true, wanted = true;
    QString failure;
    QVariantList row;
    // Every result is read to the end, even after a failure or an early stop, so the
    // connection is ready for the next statement.
    while (PGresult *raw = PQgetResult(m_conn)) {
        std::unique_ptr<PGresult, decltype(&PQclear)> res(raw, &PQclear);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            for (int r = 0; r < PQntuples(raw) && wanted && visit; ++r) {
                row.clear();
                for (int c = 0; c < PQnfields(raw); ++c) row << valueOf(raw, r, c);
                wanted = (*visit)(row);
            }
        } else if (status == PGRES_COMMAND_OK) {
            m_changedRows = QByteArray(PQcmdTuples(raw)).toLongLong();
        } else if (ok) {
            ok = false;
            m_errorCode = QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
            failure = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
        }
    }
    if (!ok) {
        fail(visit ? tr("the server could not be read") : tr("the server could not be changed"));
        if (!failure.isEmpty() && !m_error.contains(failure)) m_error += QLatin1Char(' ') + failure;
    }
    return ok;
}

bool PostgresDatabase::exec(const QString &sql, const QVariantList &params)
{
    return run(sql, params, nullptr);
}

bool PostgresDatabase::query(const QString &sql, const QVariantList &params, QList<QVariantList> &rows)
{
    rows.clear();
    const std::function<bool(const QVariantList &)> collect = [&rows](const QVariantList &row) { rows << row; return true; };
    return run(sql, params, &collect);
}

bool PostgresDatabase::forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> &visit)
{
    return run(sql, params, &visit);
}

QVariant PostgresDatabase::scalar(const QString &sql, const QVariantList &params)
{
    QList<QVariantList> rows;
    if (!query(sql, params, rows) || rows.isEmpty() || rows.first().isEmpty()) return {};
    return rows.first().first();
}

bool PostgresDatabase::tableExists(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?1"),
                  {table}).toInt() > 0;
}

bool PostgresDatabase::listen(const QString &channel)
{
    if (!m_conn) return false;
    std::unique_ptr<char, decltype(&PQfreemem)> quoted(PQescapeIdentifier(m_conn, channel.toUtf8().constData(), size_t(channel.toUtf8().size())), &PQfreemem);
    if (!quoted || !exec(QStringLiteral("LISTEN %1").arg(QString::fromUtf8(quoted.get())))) return false;
    m_channels << QString::fromUtf8(quoted.get());
    return true;
}

int PostgresDatabase::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

int PostgresDatabase::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

QList<PostgresDatabase::Notification> PostgresDatabase::notifications()
{
    QList<Notification> out;
    if (!m_conn) return out;
    if (!PQconsumeInput(m_conn)) reconnectIfDropped();   // the server went away: listen again once it is back
    while (PGnotify *note = PQnotifies(m_conn)) {
        out << Notification{QString::fromUtf8(note->relname), QString::fromUtf8(note->extra), note->be_pid};
        PQfreemem(note);
    }
    return out;
}

}
