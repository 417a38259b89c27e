#include "CheckIn.h"

#include "Changeset.h"
#include "Feedback.h"
#include "FieldChanges.h"
#include "MasterPlanSchema.h"
#include "ProjectFile.h"
#include "PostgresDatabase.h"
#include "SyncConflicts.h"
#include "SyncOffice.h"

#include <QDir>
#include <QSet>

namespace pilar {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) return a.isNull() == b.isNull();
    const auto numeric = [](const QVariant &v) { return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double; };
    if (numeric(a) && numeric(b)) return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.typeId() == b.typeId() && a.toByteArray() == b.toByteArray();
    return a.typeId() == b.typeId() && a.toString() == b.toString();
}

// One check-in's writes, with the counts and the conflicts it records.
class Merger
{
public:
    Merger(SyncOffice &office, const FieldChanges &changes, const QString &checkinId, CheckIn::Result &result)
        : m_office(office), m_db(office.db()), m_changes(changes), m_checkinId(checkinId), m_result(result) {}

    bool loadUpdatedRows()
    {
        QString error;
        const bool ok = Changeset::forEach(m_changes.updatedRows(), [&](const Changeset::Change &c) {
            m_fullRows.insert(c.table + QLatin1Char('/') + c.newValues.value(0).toString(), c.newValues);
            return true;
        }, &error);
        if (!ok) m_error = error;
        return ok;
    }

    bool apply(const Changeset::Change &c)
    {
        const QStringList columns = m_changes.columns(c.table);
        if (!m_known.contains(c.table)) {
            const QStringList office = MasterPlanSchema::columns(c.table);
            for (const QString &column : columns)
                if (!office.contains(column))
                    return fail(CheckIn::tr("the changes name %1.%2, which this project does not have (a newer Pilar wrote them)").arg(c.table, column));
            if (columns.value(0) != QLatin1String("uuid") || office.isEmpty())
                return fail(CheckIn::tr("the changes name a table %1 this project does not have").arg(c.table));
            m_known.insert(c.table);
        }
        // A change set made by another tool (or by someone hostile) may not match its header.
        if (c.oldValues.size() != columns.size() || c.newValues.size() != columns.size())
            return fail(CheckIn::tr("the changes of %1 do not match its columns").arg(c.table));
        m_result.changesPerTable[c.table] += 1;
        const QString uuid = (c.op == Changeset::Op::Insert ? c.newValues : c.oldValues).value(0).toString();
        QList<QVariantList> rows;
        // On the server the row stays locked until the check-in commits: a desktop's save waits, then sees it changed.
        if (!m_db.query(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?1%3").arg(m_office.selectList(columns), c.table, m_office.lockRows()),
                        {uuid}, rows))
            return fail(m_db.lastError());
        const bool exists = !rows.isEmpty();
        const QVariantList office = exists ? m_office.fromStored(columns, rows.first()) : QVariantList();
        switch (c.op) {
        case Changeset::Op::Insert: return insert(c, columns, uuid, exists, office);
        case Changeset::Op::Update: return update(c, columns, uuid, exists, office);
        case Changeset::Op::Delete: return remove(c, columns, uuid, exists, office);
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message) { m_error = message; return false; }

    static bool isOptional(const QString &table, const QString &column)
    {
        for (const auto &r : MasterPlanSchema::references())
            if (r.table == table && r.column == column) return r.optional;
        return true;
    }

    // The columns of a change that point at rows the office does not have (deleted since check-out).
    QList<int> missingReferences(const Changeset::Change &c, const QStringList &columns)
    {
        QList<int> out;
        for (const auto &r : MasterPlanSchema::references()) {
            if (r.table != c.table) continue;
            const int i = columns.indexOf(r.column);
            if (i < 0 || !c.hasNew.value(i)) continue;
            const QVariant value = c.newValues[i];
            if (value.isNull() || value.toString().isEmpty()) continue;
            if (m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?1").arg(r.target), {value}).toInt() == 0) out << i;
        }
        return out;
    }

    bool insert(const Changeset::Change &c, const QStringList &columns, const QString &uuid, bool exists, const QVariantList &office)
    {
        if (exists) {
            // Already here (checked in before): the same values are nothing new; others wait for review.
            for (int i = 1; i < columns.size(); ++i)
                if (!sameValue(office[i], c.newValues[i])
                    && !conflict(c.table, uuid, columns[i], SyncConflict::Kind::EditedBoth, QVariant(), office[i], c.newValues[i], QString()))
                    return false;
            ++m_result.unchanged;
            return true;
        }
        const int codeIndex = columns.indexOf(QStringLiteral("code"));
        if (codeIndex > 0 && m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE code = ?1").arg(c.table), {c.newValues[codeIndex]}).toInt() > 0)
            return conflict(c.table, uuid, QStringLiteral("code"), SyncConflict::Kind::DuplicateCode, QVariant(), c.newValues[codeIndex],
                            c.newValues[codeIndex], SyncConflicts::rowToJson(columns, c.newValues));
        const QList<int> missing = missingReferences(c, columns);
        QVariantList values = c.newValues;
        for (int i : missing) {
            if (!isOptional(c.table, columns[i]))   // the row cannot stand without it: it waits for review
                return conflict(c.table, uuid, columns[i], SyncConflict::Kind::MissingReference, QVariant(), QVariant(), c.newValues[i],
                                SyncConflicts::rowToJson(columns, c.newValues));
            values[i] = QVariant();
        }
        QStringList marks;
        for (int i = 1; i <= columns.size(); ++i) {
            marks << m_office.parameter(columns[i - 1], i);
            values[i - 1] = m_office.toStored(columns[i - 1], values[i - 1]);
        }
        if (!m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(c.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                       values))
            return fail(CheckIn::tr("a new row of %1 (%2) was refused: %3").arg(c.table, uuid, m_db.lastError()));
        ++m_result.inserted;
        for (int i : missing)
            if (!conflict(c.table, uuid, columns[i], SyncConflict::Kind::MissingReference, QVariant(), QVariant(), c.newValues[i], QString()))
                return false;
        return true;
    }

    bool update(const Changeset::Change &c, const QStringList &columns, const QString &uuid, bool exists, const QVariantList &office)
    {
        if (!exists) {
            const QVariantList full = m_fullRows.value(c.table + QLatin1Char('/') + uuid);
            return conflict(c.table, uuid, QString(), SyncConflict::Kind::DeletedInOffice, QVariant(), QVariant(), QVariant(),
                            full.isEmpty() ? QString() : SyncConflicts::rowToJson(columns, full));
        }
        QStringList sets;
        QVariantList values{uuid};
        bool already = true;
        const QList<int> missing = missingReferences(c, columns);
        for (int i = 1; i < columns.size(); ++i) {
            if (!c.hasNew.value(i)) continue;
            if (sameValue(office[i], c.newValues[i])) continue;      // the office has it already
            already = false;
            if (missing.contains(i)) {
                if (!conflict(c.table, uuid, columns[i], SyncConflict::Kind::MissingReference, c.oldValues[i], office[i], c.newValues[i], QString()))
                    return false;
                continue;
            }
            if (sameValue(office[i], c.oldValues[i])) {              // only the field changed it
                values << m_office.toStored(columns[i], c.newValues[i]);
                sets << QStringLiteral("%1 = %2").arg(columns[i], m_office.parameter(columns[i], int(values.size())));
            } else if (!conflict(c.table, uuid, columns[i], SyncConflict::Kind::EditedBoth, c.oldValues[i], office[i], c.newValues[i], QString())) {
                return false;
            }
        }
        if (already) ++m_result.unchanged;
        if (sets.isEmpty()) return true;
        if (!m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?1").arg(c.table, sets.join(QStringLiteral(", "))), values))
            return fail(CheckIn::tr("a change to %1 (%2) was refused: %3").arg(c.table, uuid, m_db.lastError()));
        ++m_result.updated;
        m_result.fieldsMerged += int(sets.size());
        return true;
    }

    bool remove(const Changeset::Change &c, const QStringList &columns, const QString &uuid, bool exists, const QVariantList &office)
    {
        if (!exists) { ++m_result.unchanged; return true; }
        for (int i = 1; i < columns.size(); ++i)
            if (!sameValue(office[i], c.oldValues[i]))   // the office edited it since check-out
                return conflict(c.table, uuid, QString(), SyncConflict::Kind::DeletedInField, QVariant(), QVariant(), QVariant(), QString());
        if (!m_db.exec(QStringLiteral("DELETE FROM %1 WHERE uuid = ?1").arg(c.table), {uuid})) return fail(m_db.lastError());
        ++m_result.deleted;
        return true;
    }

    bool conflict(const QString &table, const QString &uuid, const QString &column, SyncConflict::Kind kind, const QVariant &base,
                  const QVariant &office, const QVariant &field, const QString &fieldRow)
    {
        // A package checked in again (after more field work) must not raise the same conflict twice.
        if (m_db.scalar(QStringLiteral("SELECT count(*) FROM pilar_sync_conflicts WHERE package_uuid = ?1 AND table_name = ?2 AND row_uuid = ?3 "
                                       "AND coalesce(column_name, '') = ?4 AND kind = ?5"),
                        {m_changes.origin().packageId, table, uuid, column, SyncConflicts::kindKey(kind)}).toInt() > 0)
            return true;
        if (!m_db.exec(QStringLiteral("INSERT INTO pilar_sync_conflicts(uuid, package_uuid, checkin_uuid, table_name, row_uuid, column_name, kind, "
                                      "base_value, office_value, field_value, field_row, officer, laptop, created_at) "
                                      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"),
                       {MasterPlanSchema::newUuid(), m_changes.origin().packageId, m_checkinId, table, uuid,
                        column.isEmpty() ? QVariant() : QVariant(column), SyncConflicts::kindKey(kind), m_office.encodeKept(base),
                        m_office.encodeKept(office), m_office.encodeKept(field), fieldRow.isEmpty() ? QVariant() : QVariant(fieldRow),
                        m_changes.origin().officer, m_changes.origin().laptop, SyncOffice::now()}))
            return fail(m_db.lastError());
        ++m_result.conflicts;
        return true;
    }

    SyncOffice &m_office;
    SqlConnection &m_db;
    const FieldChanges &m_changes;
    QString m_checkinId;
    CheckIn::Result &m_result;
    QHash<QString, QVariantList> m_fullRows;
    QSet<QString> m_known;
    QString m_error;
};

}

CheckIn::Result CheckIn::apply(const QString &projectPath, const QString &packageOrFile, const QString &userName, Feedback *feedback)
{
    Feedback::progress(feedback, 0, tr("Reading the changes"));
    QString error;
    const auto changes = FieldChanges::read(packageOrFile, &error);
    if (!changes) {
        Result result;
        result.error = error;
        return result;
    }
    return apply(projectPath, *changes, userName, feedback);
}

CheckIn::Result CheckIn::apply(const QString &projectPath, const FieldChanges &changes, const QString &userName, Feedback *feedback)
{
    Result result;
    result.origin = changes.origin();
    const QString source = QDir::toNativeSeparators(changes.sourcePath());
    auto failed = [&](const QString &message) { result.error = message; return result; };
    const bool server = PostgresDatabase::isConnectionString(projectPath);
    const QString projectName = server ? PostgresDatabase::displayName(projectPath) : QDir::toNativeSeparators(projectPath);
    if (!ProjectFile::isProjectFile(projectPath)) return failed(tr("%1 is not a Pilar project.").arg(projectName));
    SyncOffice office;
    QString openError;
    if (!office.open(projectPath, &openError)) return failed(openError);
    SqlConnection &db = office.db();
    if (office.schemaVersion() != ProjectFile::kSchemaVersion)
        return failed(tr("%1 uses an older project format; open it in this Pilar once to upgrade it, then check in.").arg(projectName));
    if (!office.canEdit(userName))
        return failed(tr("%1 cannot check in: your role in %2 is viewer.").arg(userName, projectName));
    const QString projectId = office.projectId();
    if (changes.origin().projectId != projectId)
        return failed(tr("%1 was checked out from another project (%2), not from this one; nothing was changed.")
                          .arg(source, changes.origin().projectTitle.isEmpty() ? changes.origin().projectId : changes.origin().projectTitle));
    QString reason;
    if (!changes.verify(office.projectKey(false), &reason))
        return failed(tr("%1 is refused: %2. Nothing was changed.").arg(source, reason));
    const QString digest = changes.contentDigest();
    QString error;
    if (changes.isEmpty()
        || db.scalar(QStringLiteral("SELECT count(*) FROM pilar_sync_checkins WHERE package_uuid = ?1 AND changes_sha256 = ?2"),
                     {changes.origin().packageId, digest}).toInt() > 0) {
        result.ok = true;
        result.alreadyCheckedIn = !changes.isEmpty();
        return result;
    }

    int total = 0;
    if (!Changeset::forEach(changes.changeset(), [&](const Changeset::Change &) { ++total; return true; }, &error))
        return failed(tr("%1 is refused: %2. Nothing was changed.").arg(source, error));

    SyncOffice::Transaction tx(office);
    if (!tx.isActive()) return failed(db.lastError());
    const QString previousUser = office.auditUser();
    // The audit log names who made the changes in the field, and from which laptop.
    bool ok = office.setAuditUser(QStringLiteral("%1 (%2)").arg(changes.origin().officer, changes.origin().laptop));
    result.checkinId = MasterPlanSchema::newUuid();
    Merger merger(office, changes, result.checkinId, result);
    ok = ok && merger.loadUpdatedRows();
    int done = 0;
    ok = ok && Changeset::forEach(changes.changeset(), [&](const Changeset::Change &c) {
        if (Feedback::canceled(feedback)) return false;
        if (++done % 250 == 0) Feedback::progress(feedback, 100.0 * done / total, tr("Merging change %1 of %2").arg(done).arg(total));
        return merger.apply(c);
    }, &error);
    // A merge step that failed stops the walk; nothing of this check-in may stay.
    if (!merger.error().isEmpty()) ok = false;
    if (Feedback::canceled(feedback)) {
        result.canceled = true;
        return failed(tr("Canceled; nothing was changed."));
    }
    if (!ok)
        return failed(tr("%1 could not be checked in: %2. Nothing was changed.")
                          .arg(source, !merger.error().isEmpty() ? merger.error() : !error.isEmpty() ? error : db.lastError()));
    const FieldOrigin &o = changes.origin();
    ok = db.exec(QStringLiteral("INSERT INTO pilar_sync_checkins(uuid, package_uuid, changes_sha256, checked_in_at, officer, laptop, inserted, "
                                "updated, deleted, conflicts) VALUES (?1,?2,?3,?10,?4,?5,?6,?7,?8,?9)"),
                 {result.checkinId, o.packageId, digest, o.officer, o.laptop, result.inserted, result.updated, result.deleted, result.conflicts,
                  SyncOffice::now()})
         && db.exec(QStringLiteral("INSERT INTO pilar_sync_packages(uuid, officer, laptop, kecamatan_codes, snapshot, checked_out_at, last_checkin_at) "
                                   "VALUES (?1,?2,?3,?4,?5,?6,?7) "
                                   "ON CONFLICT(uuid) DO UPDATE SET last_checkin_at = excluded.last_checkin_at"),
                    {o.packageId, o.officer, o.laptop, o.kecamatanCodes.join(QLatin1Char(',')), o.snapshot, o.checkedOutAt.toString(Qt::ISODateWithMs),
                     SyncOffice::now()})
         && office.setAuditUser(previousUser.isEmpty() ? userName : previousUser) && office.sealAudit();
    if (!ok || !tx.commit()) return failed(tr("%1 could not be checked in: %2. Nothing was changed.").arg(source, db.lastError()));
    Feedback::progress(feedback, 100);
    result.ok = true;
    return result;
}

}
