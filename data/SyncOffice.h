#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace pilar {

class SqlConnection;

/// The office side of field sync, whether the office project is a GeoPackage or lives on
/// the office server: check-out, check-in and the conflict review read and write through
/// it, so the merge rules are one code on both back ends. It smooths what differs:
/// - geometries come back as GeoPackage blobs (what a field package holds), and go to the
///   server as WKT through ST_GeomFromText;
/// - a conflict's kept values (a number, text or blob on SQLite's BLOB-affinity columns) are
///   tagged text on the server, so each comes back with its type;
/// - who the audit log names, who may edit, the signing key and the audit chain;
/// - rows read for a merge are locked on the server, so no desktop saves over them unseen.
class SyncOffice
{
    Q_DECLARE_TR_FUNCTIONS(pilar::SyncOffice)

public:
    /// Borrows an open connection (a store's).
    explicit SyncOffice(SqlConnection &connection);
    SyncOffice();
    ~SyncOffice();

    /// Opens the office project: a GeoPackage path or a PG: connection string.
    bool open(const QString &project, QString *error);
    SqlConnection &db() { return *m_db; }
    bool isServer() const;

    int schemaVersion();
    QString projectId();
    bool canEdit(const QString &userName);
    /// The project's key for signing packages; `create` makes one (inside a transaction).
    QByteArray projectKey(bool create);

    /// Who the audit log names for the writes of the open transaction (on the server, beside
    /// the login role).
    QString auditUser();
    bool setAuditUser(const QString &userName);
    /// Links new audit entries into the chain (GeoPackage; the server writes its own log).
    bool sealAudit();
    /// The time as the sync tables keep it.
    static QString now();

    /// The select list for `columns` of a plan table.
    QString selectList(const QStringList &columns) const;
    /// A row read with selectList(), as a field package holds it.
    QVariantList fromStored(const QStringList &columns, QVariantList row) const;
    /// The placeholder for parameter `n` written to `column`, and the value to bind.
    QString parameter(const QString &column, int n) const;
    QVariant toStored(const QString &column, const QVariant &value) const;
    /// Appended to a SELECT of rows about to be merged.
    QString lockRows() const;

    /// A value kept in pilar_sync_conflicts, and back.
    QVariant encodeKept(const QVariant &value) const;
    QVariant decodeKept(const QVariant &stored) const;

    /// One transaction; rolled back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(SyncOffice &office);
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit();

    private:
        SyncOffice &m_office;
        bool m_active = false;
    };

private:
    std::unique_ptr<SqlConnection> m_owned;
    SqlConnection *m_db = nullptr;
};

}
