#pragma once

#include "Asset.h"
#include "BudgetRealisation.h"
#include "Indicator.h"
#include "Inspection.h"
#include "Realisation.h"
#include "Opd.h"
#include "Partner.h"
#include "Pillar.h"
#include "Programme.h"
#include "ProgressMath.h"
#include "PostgresDatabase.h"
#include "SqliteDatabase.h"
#include "Stage.h"
#include "SubElement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace pilar {

/// One entry of the audit log.
struct AuditEntry
{
    QString time;
    QString userName;
    QString table;
    QString rowUuid;
    QString action;
    QString oldValues;  ///< JSON
    QString newValues;  ///< JSON
};

/// Reads and edits the master plan and asset inventory of a project through its own
/// connection: a GeoPackage file, or the office's PostgreSQL server ("PG:host=... dbname=...").
/// Every save validates first, then writes in one transaction; the audit triggers (in the file,
/// or on the server) record it. On the server a programme or asset saved by someone else since
/// it was read is not overwritten (its row version differs). Use from one thread.
class MasterPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanStore)

public:
    /// A GeoPackage path or a server connection string (see PostgresDatabase::open).
    bool open(const QString &project, QString *error);
    void close();
    bool isOpen() const { return m_db->isOpen(); }
    /// True when the project lives on a PostgreSQL server.
    bool isServer() const;
    /// The GeoPackage's connection (closed for a server project).
    SqliteDatabase &database() { return m_sqlite; }
    /// The server process of this store's connection (0 for a file): its own changes, for a watcher.
    int serverProcessId() const { return m_server ? m_server->backendPid() : 0; }
    /// The connection in use, file or server.
    SqlConnection &connection() { return *m_db; }
    void setUserName(const QString &userName);
    /// False when the user's role in the project (or on the server) is viewer.
    bool canEdit() const;
    /// After a save refused because someone else saved the programme first: their version.
    std::optional<Programme> conflictingProgramme() const { return m_conflictingProgramme; }
    /// The same for an asset.
    std::optional<Asset> conflictingAsset() const { return m_conflictingAsset; }
    /// One field that differs between two versions of a row, as a planner reads it.
    struct Difference
    {
        QString field;
        QString theirs;
        QString mine;
    };
    /// The fields a planner recognises that differ, with references named (stage, pillar, OPD).
    QVector<Difference> differences(const Programme &theirs, const Programme &mine);
    QVector<Difference> differences(const Asset &theirs, const Asset &mine);
    /// "who (when)" of the last logged change of a row.
    QString lastChangeBy(const QString &table, const QString &uuid);

    QVector<Pillar> pillars();
    QVector<SubElement> subElements();
    QVector<Stage> stages();
    QVector<Opd> opds();
    QVector<Partner> partners();
    QVector<Programme> programmes();
    QVector<Asset> assets();
    std::optional<Programme> programme(const QString &uuid);
    std::optional<Asset> asset(const QString &uuid);
    QVector<AuditEntry> auditLog(int limit = 1000);
    /// The regency's kecamatan codes, from the project's boundary table (empty when it has none).
    QStringList kecamatanCodes();
    /// The same with their names: (code, name) in code order.
    QList<std::pair<QString, QString>> kecamatanNames();
    /// The status thresholds kept in the project (defaults when never set).
    ProgressMath::Thresholds progressThresholds();
    bool setProgressThresholds(const ProgressMath::Thresholds &thresholds, QString *error);
    QVector<Indicator> indicators();
    /// Without the attachments' bytes (their names and sizes only).
    QVector<Realisation> realisations();
    std::optional<Realisation> realisation(const QString &uuid);
    /// The bytes of a realisation's attachment (empty when it has none).
    QByteArray realisationAttachment(const QString &uuid);
    static constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;
    QVector<BudgetRealisation> budgetRealisations();
    /// Inserts or updates an indicator with its regency-wide targets.
    bool saveIndicator(Indicator &indicator, QString *error);
    /// Removes an indicator and its targets; refused while it has reported values.
    bool removeIndicator(const QString &uuid, QString *error);
    bool saveRealisation(Realisation &realisation, QString *error);
    bool removeRealisation(const QString &uuid, QString *error);
    bool saveBudgetRealisation(BudgetRealisation &budget, QString *error);
    /// An asset's inspections, newest first, with their photos' names and sizes (no bytes).
    QVector<Inspection> inspections(const QString &assetUuid);
    QByteArray inspectionPhoto(const QString &photoUuid);
    /// Records an inspection with its photos and sets the asset's condition to the one
    /// found, in one transaction.
    bool saveInspection(Inspection &inspection, QString *error);

    /// The reasons a programme or asset cannot be saved (translated); empty when valid.
    QStringList validate(const Programme &programme);
    QStringList validate(const Asset &asset);

    /// Inserts (new or unknown uuid; one is assigned when empty) or updates. False with
    /// the reasons in `error` when invalid or when the database refuses.
    bool save(Programme &programme, QString *error);
    bool save(Asset &asset, QString *error);
    bool savePillar(Pillar &pillar, QString *error);
    bool saveOpd(Opd &opd, QString *error);
    bool savePartner(Partner &partner, QString *error);
    bool removeProgramme(const QString &uuid, QString *error);
    bool removeAsset(const QString &uuid, QString *error);
    /// Removes a pillar no programme uses (its sub-elements go with it).
    bool removePillar(const QString &uuid, QString *error);
    bool removeOpd(const QString &uuid, QString *error);
    bool removePartner(const QString &uuid, QString *error);

    /// Several edits as one: all are kept, or none (used by imports and bulk edits).
    bool begin();
    bool commit();
    void rollback();

private:
    bool openServer(const QString &connection, QString *error);
    QVector<Realisation> readRealisations(const QString &where, const QVariantList &params);
    // The few places where SQLite and PostgreSQL differ.
    QString geometryColumn() const;
    QString geometryParameter(int n) const;
    QVariant geometryValue(const QString &wkt) const;
    QString wktOf(const QVariant &stored) const;
    QString rowVersionColumn() const;
    QString versionCheck(qint64 rowVersion, int n) const;
    /// Ends a save that checked a row version: rolls back on failure, commits, and reads the
    /// version the save left into `rowVersion` (on the server).
    bool finishVersionedSave(bool ok, const QString &table, const QString &uuid, qint64 &rowVersion, QString *error);
    QString listValues(int n) const;
    QString conflictMessage(const Programme &theirs, const Programme &mine);
    QString conflictMessage(const Asset &theirs, const Asset &mine);
    /// "Their version and yours:" with one line per differing field.
    static QString differenceLines(const QVector<Difference> &differences);
    bool exists(const QString &table, const QString &uuid);
    /// One write statement, in a transaction of its own unless one is open.
    bool write(const QString &sql, const QVariantList &params);
    bool inTransaction() const { return m_depth > 0; }

    SqliteDatabase m_sqlite;
    std::unique_ptr<PostgresDatabase> m_server;
    SqlConnection *m_db = &m_sqlite;
    std::optional<Programme> m_conflictingProgramme;
    std::optional<Asset> m_conflictingAsset;
    int m_depth = 0;
};

}
