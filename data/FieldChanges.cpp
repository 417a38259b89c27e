#include "FieldChanges.h"

#include "MasterPlanSchema.h"
#include "SqliteDatabase.h"
#include "SyncSchema.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace pilar {

namespace {

const QByteArray kMagic = QByteArrayLiteral("PILAR-CHANGES 1\n");

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

// Opens an in-memory connection with the package attached read-only as "pkg", so the
// scratch tables can be written while the package itself never is. The integrity check reads
// the whole file: wanted before changes are taken from it, not to tell whether it is a package.
bool attachPackage(SqliteDatabase &db, const QString &path, QString *error, bool checkIntegrity = true)
{
    if (!QFileInfo(path).isFile()) {
        if (error) *error = FieldChanges::tr("%1 does not exist or is not a file.").arg(nativePath(path));
        return false;
    }
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (!db.open(QStringLiteral(":memory:")) || !db.exec(QStringLiteral("ATTACH ?1 AS pkg"), {uri})) {
        if (error) *error = FieldChanges::tr("%1 cannot be opened: %2").arg(nativePath(path), db.lastError());
        return false;
    }
    if (checkIntegrity && db.scalar(QStringLiteral("PRAGMA pkg.quick_check")).toString() != QLatin1String("ok")) {
        if (error) *error = FieldChanges::tr("%1 is damaged (truncated or corrupted) and cannot be used.").arg(nativePath(path));
        return false;
    }
    return true;
}

std::optional<FieldOrigin> readOrigin(SqliteDatabase &db, const QString &schema, QByteArray *key)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM %1.sqlite_master WHERE type='table' AND name='pilar_field'").arg(schema)).toInt() == 0)
        return std::nullopt;
    QList<QVariantList> rows;
    if (!db.query(QStringLiteral("SELECT key, value FROM %1.pilar_field").arg(schema), {}, rows)) return std::nullopt;
    QHash<QString, QString> v;
    for (const auto &r : rows) v.insert(r.value(0).toString(), r.value(1).toString());
    FieldOrigin o;
    o.packageId = v.value(QStringLiteral("package_id"));
    o.projectId = v.value(QStringLiteral("project_id"));
    o.projectTitle = v.value(QStringLiteral("project_title"));
    o.snapshot = v.value(QStringLiteral("snapshot"));
    o.kecamatanCodes = v.value(QStringLiteral("kecamatan_codes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.officer = v.value(QStringLiteral("officer"));
    o.laptop = v.value(QStringLiteral("laptop"));
    o.checkedOutAt = QDateTime::fromString(v.value(QStringLiteral("checked_out_at")), Qt::ISODate);
    o.baseDigest = QByteArray::fromHex(v.value(QStringLiteral("base_digest")).toLatin1());
    if (key) *key = QByteArray::fromHex(v.value(QStringLiteral("sync_key")).toLatin1());
    if (!o.isValid()) return std::nullopt;
    return o;
}

QJsonObject originToJson(const FieldOrigin &o)
{
    return QJsonObject{{QStringLiteral("package_id"), o.packageId}, {QStringLiteral("project_id"), o.projectId},
                       {QStringLiteral("project_title"), o.projectTitle}, {QStringLiteral("snapshot"), o.snapshot},
                       {QStringLiteral("kecamatan_codes"), QJsonArray::fromStringList(o.kecamatanCodes)},
                       {QStringLiteral("officer"), o.officer}, {QStringLiteral("laptop"), o.laptop},
                       {QStringLiteral("checked_out_at"), o.checkedOutAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("base_digest"), QString::fromLatin1(o.baseDigest.toHex())}};
}

FieldOrigin originFromJson(const QJsonObject &j)
{
    FieldOrigin o;
    o.packageId = j.value(QStringLiteral("package_id")).toString();
    o.projectId = j.value(QStringLiteral("project_id")).toString();
    o.projectTitle = j.value(QStringLiteral("project_title")).toString();
    o.snapshot = j.value(QStringLiteral("snapshot")).toString();
    for (const auto &c : j.value(QStringLiteral("kecamatan_codes")).toArray()) o.kecamatanCodes << c.toString();
    o.officer = j.value(QStringLiteral("officer")).toString();
    o.laptop = j.value(QStringLiteral("laptop")).toString();
    o.checkedOutAt = QDateTime::fromString(j.value(QStringLiteral("checked_out_at")).toString(), Qt::ISODate);
    o.baseDigest = QByteArray::fromHex(j.value(QStringLiteral("base_digest")).toString().toLatin1());
    return o;
}

}

std::optional<FieldOrigin> FieldChanges::packageOrigin(const QString &path, QString *error)
{
    SqliteDatabase db;
    if (!attachPackage(db, path, error, false)) return std::nullopt;
    return readOrigin(db, QStringLiteral("pkg"), nullptr);
}

std::optional<FieldChanges> FieldChanges::fromPackage(const QString &path, QString *error)
{
    SqliteDatabase db;
    if (!attachPackage(db, path, error)) return std::nullopt;
    FieldChanges out;
    out.m_sourcePath = path;
    const auto origin = readOrigin(db, QStringLiteral("pkg"), &out.m_packageKey);
    if (!origin) {
        if (error) *error = tr("%1 is not a Pilar field package (it has no check-out record).").arg(nativePath(path));
        return std::nullopt;
    }
    out.m_origin = *origin;
    const QStringList tables = SyncSchema::syncedTables();
    bool ok = db.exec(QStringLiteral("ATTACH ':memory:' AS base; ATTACH ':memory:' AS upd; ATTACH ':memory:' AS none"));
    for (const QString &table : tables) {
        const QStringList columns = MasterPlanSchema::columns(table);
        const QString base = SyncSchema::basePrefix() + table;
        if (db.scalar(QStringLiteral("SELECT count(*) FROM pkg.sqlite_master WHERE type='table' AND name IN (?1, ?2)"), {table, base}).toInt() != 2) {
            if (error) *error = tr("%1 is damaged: the table %2 or its check-out copy is missing.").arg(nativePath(path), table);
            return std::nullopt;
        }
        out.m_columns.insert(table, columns);
        // No column types: values keep their storage class, so the comparison is exact.
        QStringList rest = columns.mid(1);
        const QString definition = QStringLiteral("(uuid PRIMARY KEY%1%2)").arg(rest.isEmpty() ? QString() : QStringLiteral(", "), rest.join(QStringLiteral(", ")));
        const QString list = columns.join(QStringLiteral(", "));
        for (const QString &schema : {QStringLiteral("main"), QStringLiteral("base"), QStringLiteral("upd"), QStringLiteral("none")})
            ok = ok && db.exec(QStringLiteral("CREATE TABLE %1.%2 %3").arg(schema, table, definition));
        ok = ok && db.exec(QStringLiteral("INSERT INTO main.%1 SELECT %2 FROM pkg.%1").arg(table, list))
             && db.exec(QStringLiteral("INSERT INTO base.%1 SELECT %2 FROM pkg.%3").arg(table, list, base));
    }
    QString diffError;
    if (!ok || !Changeset::diff(db, QStringLiteral("main"), QStringLiteral("base"), tables, &out.m_changeset, &diffError)) {
        if (error) *error = tr("%1: the changes could not be read: %2").arg(nativePath(path), diffError.isEmpty() ? db.lastError() : diffError);
        return std::nullopt;
    }
    // The whole row of every updated row travels too (see updatedRows()).
    QHash<QString, QStringList> updated;
    Changeset::forEach(out.m_changeset, [&](const Changeset::Change &c) {
        if (c.op == Changeset::Op::Update) updated[c.table] << c.oldValues.value(0).toString();
        return true;
    }, nullptr);
    for (auto it = updated.cbegin(); ok && it != updated.cend(); ++it)
        for (const QString &uuid : it.value())
            ok = ok && db.exec(QStringLiteral("INSERT INTO upd.%1 SELECT * FROM main.%1 WHERE uuid = ?1").arg(it.key()), {uuid});
    if (!ok || !Changeset::diff(db, QStringLiteral("upd"), QStringLiteral("none"), updated.keys(), &out.m_rows, &diffError)) {
        if (error) *error = tr("%1: the changes could not be read: %2").arg(nativePath(path), diffError.isEmpty() ? db.lastError() : diffError);
        return std::nullopt;
    }
    bool digestOk = false;
    out.m_baseDigest = SyncSchema::digest(db, QStringLiteral("pkg.") + SyncSchema::basePrefix(), out.m_packageKey, &digestOk);
    if (!digestOk) out.m_baseDigest.clear();
    return out;
}

QByteArray FieldChanges::payload() const
{
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) columns.insert(it.key(), QJsonArray::fromStringList(it.value()));
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("origin"), originToJson(m_origin)},
                                                        {QStringLiteral("columns"), columns}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray bytes = kMagic;
    QDataStream out(&bytes, QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_0);
    out << header << m_changeset << m_rows;
    return bytes;
}

bool FieldChanges::writeFile(const QString &path, QString *error) const
{
    const QByteArray key = m_packageKey;
    if (key.isEmpty()) {
        if (error) *error = tr("Only a field package can write its change file.");
        return false;
    }
    QByteArray bytes = payload();
    bytes += QMessageAuthenticationCode::hash(bytes, key, QCryptographicHash::Sha256);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = tr("%1 could not be written: %2").arg(nativePath(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<FieldChanges> FieldChanges::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("%1 cannot be read: %2").arg(nativePath(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    constexpr int kMacSize = 32;
    if (!bytes.startsWith(kMagic)) {
        if (error) *error = tr("%1 is not a Pilar change file.").arg(nativePath(path));
        return std::nullopt;
    }
    FieldChanges out;
    out.m_sourcePath = path;
    out.m_fromFile = true;
    QByteArray header;
    QDataStream in(bytes.mid(kMagic.size()));
    in.setVersion(QDataStream::Qt_6_0);
    in >> header >> out.m_changeset >> out.m_rows;
    const qint64 used = kMagic.size() + in.device()->pos();
    if (in.status() != QDataStream::Ok || bytes.size() != used + kMacSize) {
        if (error) *error = tr("%1 is truncated or damaged and cannot be used.").arg(nativePath(path));
        return std::nullopt;
    }
    out.m_signature = bytes.right(kMacSize);
    const QJsonObject json = QJsonDocument::fromJson(header).object();
    out.m_origin = originFromJson(json.value(QStringLiteral("origin")).toObject());
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QStringList names;
        for (const auto &c : it.value().toArray()) names << c.toString();
        out.m_columns.insert(it.key(), names);
    }
    if (!out.m_origin.isValid()) {
        if (error) *error = tr("%1 is damaged: it does not say which package it comes from.").arg(nativePath(path));
        return std::nullopt;
    }
    return out;
}

std::optional<FieldChanges> FieldChanges::read(const QString &path, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(kMagic.size()) == kMagic) return readFile(path, error);
    return fromPackage(path, error);
}

bool FieldChanges::verify(const QByteArray &projectKey, QString *reason) const
{
    if (projectKey.isEmpty()) {
        if (reason) *reason = tr("this project has never checked out a field package");
        return false;
    }
    if (m_fromFile) {
        const QByteArray expected = QMessageAuthenticationCode::hash(payload(), projectKey, QCryptographicHash::Sha256);
        if (expected != m_signature) {
            if (reason) *reason = tr("its checksum does not match: it was changed after it was written, or it was signed by another project");
            return false;
        }
        return true;
    }
    if (m_packageKey != projectKey) {
        if (reason) *reason = tr("it was not signed by this project");
        return false;
    }
    if (m_baseDigest.isEmpty() || m_baseDigest != m_origin.baseDigest) {
        if (reason) *reason = tr("its checksum does not match: the copy taken at check-out was changed");
        return false;
    }
    return true;
}

QString FieldChanges::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_changeset);
    hash.addData(m_rows);
    return QString::fromLatin1(hash.result().toHex());
}

QVector<PendingChange> FieldChanges::pending(QString *error) const
{
    // Labels come from the row itself: its code or name, from the new values or the whole updated row.
    QHash<QString, QString> labelOf;
    auto labelFrom = [&](const QString &table, const QVariantList &values, const QList<bool> &has) {
        const QStringList columns = m_columns.value(table);
        for (const QString &name : {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("file_name"), QStringLiteral("date"),
                                    QStringLiteral("inspected_at")}) {
            const int i = columns.indexOf(name);
            if (i >= 0 && i < values.size() && has.value(i) && !values[i].isNull()) return values[i].toString();
        }
        return QString();
    };
    Changeset::forEach(m_rows, [&](const Changeset::Change &c) {
        labelOf.insert(c.table + c.newValues.value(0).toString(), labelFrom(c.table, c.newValues, c.hasNew));
        return true;
    }, nullptr);
    QVector<PendingChange> out;
    Changeset::forEach(m_changeset, [&](const Changeset::Change &c) {
        PendingChange p;
        p.table = c.table;
        p.op = c.op;
        const bool insert = c.op == Changeset::Op::Insert;
        p.rowUuid = (insert ? c.newValues : c.oldValues).value(0).toString();
        p.label = insert ? labelFrom(c.table, c.newValues, c.hasNew)
                : c.op == Changeset::Op::Delete ? labelFrom(c.table, c.oldValues, c.hasOld)
                                                : labelOf.value(c.table + p.rowUuid);
        if (c.op == Changeset::Op::Update) {
            const QStringList columns = m_columns.value(c.table);
            for (int i = 1; i < c.hasNew.size(); ++i)
                if (c.hasNew[i]) p.columns << columns.value(i);
        }
        out << p;
        return true;
    }, error);
    return out;
}

}
