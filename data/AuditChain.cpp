#include "AuditChain.h"

#include "SqliteDatabase.h"

#include <QCryptographicHash>

namespace pilar {

namespace {

const char *kContent = "time, user_name, table_name, row_uuid, action, old_values, new_values";

QString entryHash(const QString &previous, const QVariantList &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toUtf8());
    for (int i = 1; i < row.size(); ++i) {   // row[0] is the fid: the order is in the chain itself
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(row[i].isNull() ? QByteArray("\x00", 1) : row[i].toString().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

}

bool AuditChain::protect(SqliteDatabase &db)
{
    bool ok = true;
    for (const QString &column : {QStringLiteral("prev_hash"), QStringLiteral("hash")})
        if (db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('mp_audit_log') WHERE name = ?1"), {column}).toInt() == 0)
            ok = ok && db.exec(QStringLiteral("ALTER TABLE mp_audit_log ADD COLUMN %1 TEXT").arg(column));
    // Only sealing may touch an entry, and only once: its content stays as written.
    ok = ok && db.exec(QStringLiteral(
        "CREATE TRIGGER IF NOT EXISTS mp_audit_log_append_only BEFORE UPDATE ON mp_audit_log "
        "WHEN OLD.hash IS NOT NULL OR NEW.fid IS NOT OLD.fid OR NEW.time IS NOT OLD.time OR NEW.user_name IS NOT OLD.user_name "
        "OR NEW.table_name IS NOT OLD.table_name OR NEW.row_uuid IS NOT OLD.row_uuid OR NEW.action IS NOT OLD.action "
        "OR NEW.old_values IS NOT OLD.old_values OR NEW.new_values IS NOT OLD.new_values "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;"
        "CREATE TRIGGER IF NOT EXISTS mp_audit_log_no_delete BEFORE DELETE ON mp_audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;"
        // Finding what to seal stays cheap however long the log grows.
        "CREATE INDEX IF NOT EXISTS mp_audit_log_unsealed ON mp_audit_log(fid) WHERE hash IS NULL;"));
    return ok;
}

bool AuditChain::unprotect(SqliteDatabase &db)
{
    return db.exec(QStringLiteral("DROP TRIGGER IF EXISTS mp_audit_log_append_only; DROP TRIGGER IF EXISTS mp_audit_log_no_delete;"));
}

bool AuditChain::seal(SqliteDatabase &db)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('mp_audit_log') WHERE name = 'hash'")).toInt() == 0) return true;
    // In batches: an import of a million rows leaves a million entries to seal, which need not
    // all be in memory at once.
    constexpr int kBatch = 5000;
    QString previous;
    bool first = true;
    for (;;) {
        QList<QVariantList> rows;
        if (!db.query(QStringLiteral("SELECT fid, %1 FROM mp_audit_log WHERE hash IS NULL ORDER BY fid LIMIT %2")
                          .arg(QLatin1String(kContent)).arg(kBatch), {}, rows))
            return false;
        if (rows.isEmpty()) return true;
        if (first) {
            previous = db.scalar(QStringLiteral("SELECT hash FROM mp_audit_log WHERE fid < ?1 ORDER BY fid DESC LIMIT 1"), {rows.first()[0]}).toString();
            first = false;
        }
        for (const QVariantList &row : std::as_const(rows)) {
            const QString hash = entryHash(previous, row);
            if (!db.exec(QStringLiteral("UPDATE mp_audit_log SET prev_hash = ?2, hash = ?3 WHERE fid = ?1"), {row[0], previous, hash})) return false;
            previous = hash;
        }
        if (rows.size() < kBatch) return true;
    }
}

qint64 AuditChain::firstBroken(SqliteDatabase &db, QString *reason)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('mp_audit_log') WHERE name = 'hash'")).toInt() == 0) return -1;
    // One entry at a time: a log of millions of entries is checked in constant memory.
    QString previous;
    bool unsealedSeen = false;
    qint64 broken = -1;
    db.forEachRow(QStringLiteral("SELECT fid, %1, prev_hash, hash FROM mp_audit_log ORDER BY fid").arg(QLatin1String(kContent)), {},
                  [&](const QVariantList &row) {
        const QString prevHash = row.value(8).toString(), hash = row.value(9).toString();
        if (hash.isEmpty()) { unsealedSeen = true; return true; }
        const QVariantList content = row.mid(0, 8);
        if (unsealedSeen || prevHash != previous || entryHash(previous, content) != hash) {
            if (reason)
                *reason = unsealedSeen ? tr("entry %1 is sealed after an unsealed one").arg(row[0].toLongLong())
                        : prevHash != previous ? tr("entry %1 does not follow the entry before it (one was removed or inserted)").arg(row[0].toLongLong())
                                               : tr("entry %1 was changed after it was written").arg(row[0].toLongLong());
            broken = row[0].toLongLong();
            return false;
        }
        previous = hash;
        return true;
    });
    return broken;
}

}
