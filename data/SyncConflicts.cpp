#include "SyncConflicts.h"

#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "SqlConnection.h"
#include "SyncOffice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <ogr_geometry.h>

#include <cmath>

namespace pilar {

namespace {

const QString kBase64 = QStringLiteral("$base64");

bool locationOf(const QByteArray &blob, QPointF *point)
{
    const QString wkt = GeoPackageGeometry::toWkt(blob);
    if (wkt.isEmpty()) return false;
    OGRGeometry *geometry = nullptr;
    const QByteArray text = wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &geometry) != OGRERR_NONE || !geometry) return false;
    OGRPoint centroid;
    const bool ok = geometry->Centroid(&centroid) == OGRERR_NONE && !centroid.IsEmpty();
    if (ok) *point = QPointF(centroid.getX(), centroid.getY());
    OGRGeometryFactory::destroyGeometry(geometry);
    return ok;
}

}

QString SyncConflicts::kindKey(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::EditedBoth: return QStringLiteral("edited_both");
    case SyncConflict::Kind::DeletedInOffice: return QStringLiteral("deleted_in_office");
    case SyncConflict::Kind::DeletedInField: return QStringLiteral("deleted_in_field");
    case SyncConflict::Kind::DuplicateCode: return QStringLiteral("duplicate_code");
    case SyncConflict::Kind::MissingReference: return QStringLiteral("missing_reference");
    }
    return {};
}

SyncConflict::Kind SyncConflicts::kindFromKey(const QString &key)
{
    for (auto kind : {SyncConflict::Kind::EditedBoth, SyncConflict::Kind::DeletedInOffice, SyncConflict::Kind::DeletedInField,
                      SyncConflict::Kind::DuplicateCode, SyncConflict::Kind::MissingReference})
        if (kindKey(kind) == key) return kind;
    return SyncConflict::Kind::EditedBoth;
}

QString SyncConflicts::kindName(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::EditedBoth: return tr("changed in the office and in the field");
    case SyncConflict::Kind::DeletedInOffice: return tr("edited in the field, deleted in the office");
    case SyncConflict::Kind::DeletedInField: return tr("deleted in the field, edited in the office");
    case SyncConflict::Kind::DuplicateCode: return tr("added in the field with a code already in use");
    case SyncConflict::Kind::MissingReference: return tr("refers to a row deleted in the office");
    }
    return {};
}

QString SyncConflicts::displayValue(const QVariant &value, const QString &column)
{
    if (value.isNull() || !value.isValid()) return tr("(empty)");
    if (value.typeId() == QMetaType::QByteArray) {
        if (column == QLatin1String("geom")) {
            const QString wkt = GeoPackageGeometry::toWkt(value.toByteArray());
            return wkt.size() > 80 ? wkt.left(77) + QStringLiteral("…") : wkt;
        }
        return tr("(file, %1 kB)").arg(qMax<qint64>(1, value.toByteArray().size() / 1024));
    }
    return value.toString();
}

QString SyncConflicts::rowToJson(const QStringList &columns, const QVariantList &values)
{
    QJsonObject row;
    for (int i = 0; i < columns.size() && i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.typeId() == QMetaType::QByteArray)
            row.insert(columns[i], QJsonObject{{kBase64, QString::fromLatin1(v.toByteArray().toBase64())}});
        else row.insert(columns[i], QJsonValue::fromVariant(v));
    }
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QVariantMap SyncConflicts::rowFromJson(const QString &json)
{
    QVariantMap out;
    const QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject() && v.toObject().contains(kBase64))
            out.insert(it.key(), QByteArray::fromBase64(v.toObject().value(kBase64).toString().toLatin1()));
        // A whole number that fits 64 bits was an integer column; the range check comes first,
        // because converting a larger double to qint64 is undefined.
        else if (v.isDouble() && std::abs(v.toDouble()) < 9.2e18 && v.toDouble() == qint64(v.toDouble()))
            out.insert(it.key(), qlonglong(v.toDouble()));
        else out.insert(it.key(), v.toVariant());
    }
    return out;
}

QVector<SyncConflict> SyncConflicts::list(SqlConnection &db, bool openOnly)
{
    return read(db, openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString(), {});
}

std::optional<SyncConflict> SyncConflicts::find(SqlConnection &db, const QString &conflictUuid)
{
    const QVector<SyncConflict> found = read(db, QStringLiteral("WHERE uuid = ?1"), {conflictUuid});
    if (found.isEmpty()) return std::nullopt;
    return found.first();
}

QVector<SyncConflict> SyncConflicts::read(SqlConnection &db, const QString &where, const QVariantList &params)
{
    QVector<SyncConflict> out;
    SyncOffice office(db);
    QList<QVariantList> rows;
    db.query(QStringLiteral("SELECT uuid, package_uuid, table_name, row_uuid, column_name, kind, base_value, office_value, field_value, "
                            "field_row, officer, laptop, created_at, resolved_at, resolution, resolved_by FROM pilar_sync_conflicts %1 "
                            "ORDER BY fid").arg(where), params, rows);
    for (const auto &r : rows) {
        SyncConflict c;
        c.uuid = r[0].toString(); c.packageUuid = r[1].toString(); c.table = r[2].toString(); c.rowUuid = r[3].toString();
        c.column = r[4].toString(); c.kind = kindFromKey(r[5].toString());
        c.baseValue = office.decodeKept(r[6]); c.officeValue = office.decodeKept(r[7]); c.fieldValue = office.decodeKept(r[8]);
        if (!r[9].isNull()) c.fieldRow = rowFromJson(r[9].toString());
        c.officer = r[10].toString(); c.laptop = r[11].toString();
        c.createdAt = QDateTime::fromString(r[12].toString(), Qt::ISODate);
        c.resolvedAt = QDateTime::fromString(r[13].toString(), Qt::ISODate);
        c.resolution = r[14].toString(); c.resolvedBy = r[15].toString();
        // The row as the office has it now (or the field's, when the office has none).
        const QStringList columns = MasterPlanSchema::columns(c.table);
        QVariantMap current;
        QList<QVariantList> officeRows;
        if (!columns.isEmpty() && db.query(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?1").arg(office.selectList(columns), c.table),
                                           {c.rowUuid}, officeRows) && !officeRows.isEmpty()) {
            const QVariantList row = office.fromStored(columns, officeRows[0]);
            for (int i = 0; i < columns.size(); ++i) current.insert(columns[i], row[i]);
        }
        else current = c.fieldRow;
        for (const QString &name : {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("file_name"), QStringLiteral("date"),
                                    QStringLiteral("inspected_at")})
            if (!current.value(name).toString().isEmpty()) { c.rowLabel = current.value(name).toString(); break; }
        c.hasLocation = locationOf(current.value(QStringLiteral("geom")).toByteArray(), &c.location);
        out << c;
    }
    return out;
}

bool SyncConflicts::resolve(SqlConnection &db, const QString &conflictUuid, Take take, const QVariant &editedValue,
                            const QString &userName, QString *error)
{
    if (error) error->clear();
    auto failed = [&](const QString &message) { if (error) *error = message; return false; };
    const auto found = find(db, conflictUuid);
    if (!found) return failed(tr("There is no conflict %1.").arg(conflictUuid));
    const SyncConflict c = *found;
    SyncOffice office(db);
    if (!office.canEdit(userName)) return failed(tr("%1 cannot decide conflicts: the role in this project is viewer.").arg(userName));
    if (!c.isOpen()) return failed(tr("The conflict %1 was already resolved by %2.").arg(conflictUuid, c.resolvedBy));
    const QStringList columns = MasterPlanSchema::columns(c.table);
    if (columns.isEmpty()) return failed(tr("The conflict %1 names an unknown table %2.").arg(conflictUuid, c.table));

    SyncOffice::Transaction tx(office);
    if (!tx.isActive()) return failed(db.lastError());
    const QString previousUser = office.auditUser();
    bool ok = office.setAuditUser(userName);
    const bool rowExists = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?1").arg(c.table), {c.rowUuid}).toInt() > 0;
    // The field's whole row, with one column given another value when asked.
    auto insertFieldRow = [&](const QString &replacedColumn, const QVariant &replacement) {
        QVariantList values;
        QStringList marks;
        for (const QString &column : columns) {
            values << office.toStored(column, column == replacedColumn ? replacement : c.fieldRow.value(column));
            marks << office.parameter(column, int(values.size()));
        }
        if (!db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(c.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))), values))
            return failed(tr("The field's row could not be added: %1").arg(db.lastError()));
        return true;
    };
    QVariant chosen;
    if (take != Take::Office) {
        switch (c.kind) {
        case SyncConflict::Kind::EditedBoth: {
            if (!rowExists) return failed(tr("The row was deleted meanwhile; nothing to change."));
            chosen = take == Take::Field ? c.fieldValue : editedValue;
            if (take == Take::Edited && c.column == QLatin1String("geom"))
                return failed(tr("A geometry cannot be typed; take the office's or the field's."));
            // An edited number stays a number.
            if (take == Take::Edited && (c.officeValue.typeId() == QMetaType::LongLong || c.fieldValue.typeId() == QMetaType::LongLong)) {
                bool isNumber = false;
                const qlonglong n = editedValue.toString().toLongLong(&isNumber);
                if (isNumber) chosen = n;
            } else if (take == Take::Edited && (c.officeValue.typeId() == QMetaType::Double || c.fieldValue.typeId() == QMetaType::Double)) {
                bool isNumber = false;
                const double d = editedValue.toString().toDouble(&isNumber);
                if (isNumber) chosen = d;
            }
            ok = ok && db.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE uuid = ?1").arg(c.table, c.column, office.parameter(c.column, 2)),
                               {c.rowUuid, office.toStored(c.column, chosen)});
            break;
        }
        case SyncConflict::Kind::DeletedInOffice:
            if (rowExists) return failed(tr("The row exists again; nothing to restore."));
            ok = ok && insertFieldRow(QString(), QVariant());
            break;
        case SyncConflict::Kind::DeletedInField:
            ok = ok && db.exec(QStringLiteral("DELETE FROM %1 WHERE uuid = ?1").arg(c.table), {c.rowUuid});
            break;
        case SyncConflict::Kind::DuplicateCode: {
            const QString code = take == Take::Edited ? editedValue.toString().trimmed() : QString();
            if (code.isEmpty() || code == c.fieldValue.toString())
                return failed(tr("The code %1 is in use; give the field's row a code of its own.").arg(c.fieldValue.toString()));
            chosen = code;
            ok = ok && insertFieldRow(QStringLiteral("code"), code);
            break;
        }
        case SyncConflict::Kind::MissingReference: {
            chosen = take == Take::Field ? c.fieldValue : QVariant(editedValue.toString().trimmed());
            QString target;
            for (const auto &r : MasterPlanSchema::references())
                if (r.table == c.table && r.column == c.column) target = r.target;
            if (target.isEmpty() || db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?1").arg(target), {chosen}).toInt() == 0)
                return failed(tr("%1 no longer exists in the office; keep the office's version or choose a row that exists.")
                                  .arg(displayValue(chosen, c.column)));
            if (rowExists) ok = ok && db.exec(QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE uuid = ?1").arg(c.table, c.column), {c.rowUuid, chosen});
            else if (!c.fieldRow.isEmpty()) ok = ok && insertFieldRow(c.column, chosen);
            else return failed(tr("The row was deleted meanwhile; nothing to change."));
            break;
        }
        }
    }
    ok = ok && db.exec(QStringLiteral("UPDATE pilar_sync_conflicts SET resolved_at = ?5, resolution = ?2, "
                                      "resolved_by = ?3, resolved_value = ?4 WHERE uuid = ?1"),
                       {conflictUuid, take == Take::Office ? QStringLiteral("office") : take == Take::Field ? QStringLiteral("field") : QStringLiteral("edited"),
                        userName, office.encodeKept(chosen), SyncOffice::now()});
    ok = ok && office.setAuditUser(previousUser.isEmpty() ? MasterPlanSchema::defaultUserName() : previousUser) && office.sealAudit();
    if (!ok || !tx.commit()) {
        if (error && error->isEmpty()) *error = tr("The conflict could not be resolved: %1").arg(db.lastError());
        return false;
    }
    return true;
}

}
