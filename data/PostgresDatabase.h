#pragma once

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

struct pg_conn;

namespace pilar {

/// A connection to the office's PostgreSQL server through libpq. Takes the same statements as
/// SqliteDatabase: ?N parameters become $N, byte arrays travel as bytea, and results come back
/// as the QVariant types SQLite would give (integers as qlonglong, reals as double, text, bytes).
/// Large results are read row by row (libpq's single-row mode). Closes itself; one per thread.
class PostgresDatabase : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(pilar::PostgresDatabase)

public:
    PostgresDatabase() = default;
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    /// True for a connection string the server store takes: "PG:host=... dbname=...".
    static bool isConnectionString(const QString &text);
    /// The connection string without its "PG:" prefix and with any password hidden, for messages.
    static QString displayName(const QString &connection);
    /// "PG:..." without the password: what may be remembered (recent list, settings, keyring key).
    static QString withoutPassword(const QString &connection);

    /// Opens "PG:host=... port=... dbname=... user=..." (libpq's keywords; "PG:" may be left off).
    bool open(const QString &connection);
    void close();
    pg_conn *handle() const { return m_conn; }

    Dialect dialect() const override { return Dialect::Postgres; }
    bool isOpen() const override { return m_conn != nullptr; }
    QString lastError() const override { return m_error; }
    bool exec(const QString &sql) override;
    bool exec(const QString &sql, const QVariantList &params) override;
    qint64 changedRows() const override { return m_changedRows; }
    bool query(const QString &sql, const QVariantList &params, QList<QVariantList> &rows) override;
    bool forEachRow(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> &visit) override;
    QVariant scalar(const QString &sql, const QVariantList &params = {}) override;
    bool tableExists(const QString &table) override;
    bool begin() override { return exec(QStringLiteral("BEGIN")); }

    /// Sets a session setting (SELECT set_config(name, value, false)) and sets it again after the
    /// connection was re-established.
    bool setSessionSetting(const QString &name, const QString &value);
    /// How many times the connection was re-established after the server dropped it.
    int reconnections() const { return m_reconnections; }

    /// The SQLSTATE of the last failure (e.g. "42501" for a refused privilege), empty after success.
    QString lastErrorCode() const { return m_errorCode; }

    /// Starts listening on a notification channel; notifications() then collects what arrived.
    bool listen(const QString &channel);
    /// The socket to watch for notifications (-1 when closed).
    int socket() const;
    struct Notification
    {
        QString channel;
        QString payload;
        int senderPid = 0;   ///< the server process of the connection that caused it
    };
    /// Reads what the server sent and returns the notifications that arrived.
    QList<Notification> notifications();
    /// This connection's server process (to tell its own changes from others').
    int backendPid() const;

private:
    /// ?N → $N (outside quotes); kept per statement text.
    QByteArray translate(const QString &sql);
    bool run(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> *visit);
    bool runOnce(const QString &sql, const QVariantList &params, const std::function<bool(const QVariantList &)> *visit);
    bool fail(const QString &context);
    /// After the server dropped the connection (restart, network): reconnects once, outside a
    /// transaction only (inside one, the work is lost and the caller must hear of it).
    bool reconnectIfDropped();

    pg_conn *m_conn = nullptr;
    QString m_name;
    QString m_error;
    QString m_errorCode;
    qint64 m_changedRows = 0;
    int m_reconnections = 0;
    bool m_inTransaction = false;
    QList<std::pair<QString, QString>> m_sessionSettings;
    QList<QString> m_channels;
    QHash<QString, QByteArray> m_translated;
};

}
