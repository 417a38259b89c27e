#include "Changeset.h"

#include "SqliteDatabase.h"

#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace pilar {

namespace {

// SQLite's varint: 7 bits per byte, high bit set while more follow; a ninth byte gives 8 bits.
bool readVarint(const uchar *&p, const uchar *end, quint64 &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (p >= end) return false;
        const uchar b = *p++;
        if (i == 8) { value = (value << 8) | b; return true; }
        value = (value << 7) | (b & 0x7f);
        if (!(b & 0x80)) return true;
    }
    return true;
}

bool skipRecord(const uchar *&p, const uchar *end, quint64 columns)
{
    for (quint64 c = 0; c < columns; ++c) {
        if (p >= end) return false;
        switch (*p++) {
        case 0: case 5: break;                                        // undefined, null
        case SQLITE_INTEGER: case SQLITE_FLOAT:
            if (end - p < 8) return false;
            p += 8;
            break;
        case SQLITE_TEXT: case SQLITE_BLOB: {
            quint64 n = 0;
            if (!readVarint(p, end, n) || n > quint64(end - p)) return false;
            p += n;
            break;
        }
        default: return false;
        }
    }
    return true;
}

// The change set's layout (sqlite.org/sessionintro.html, "changeset format") walked with every
// length checked against the bytes there are, before SQLite reads it: SQLite 3.40 can loop
// forever on some damaged change sets (found by tests/fuzz), and a change file off a USB stick
// is read before anyone knows whether it can be trusted.
bool wellFormed(const QByteArray &bytes)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    quint64 columns = 0;
    bool inTable = false;
    while (p < end) {
        const uchar tag = *p++;
        if (tag == 'T') {
            if (!readVarint(p, end, columns) || columns == 0 || columns > 2000 || quint64(end - p) < columns) return false;
            p += columns;                                             // primary-key flags
            const uchar *nul = static_cast<const uchar *>(memchr(p, 0, size_t(end - p)));
            if (!nul || nul == p) return false;                       // the table's name
            p = nul + 1;
            inTable = true;
            continue;
        }
        if (!inTable || p >= end) return false;
        ++p;                                                          // the "indirect" flag
        const int records = tag == SQLITE_UPDATE ? 2 : tag == SQLITE_INSERT || tag == SQLITE_DELETE ? 1 : 0;
        if (records == 0) return false;
        for (int r = 0; r < records; ++r)
            if (!skipRecord(p, end, columns)) return false;
    }
    return true;
}

QVariant toVariant(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return qlonglong(sqlite3_value_int64(v));
    case SQLITE_FLOAT: return sqlite3_value_double(v);
    case SQLITE_BLOB: return QByteArray(static_cast<const char *>(sqlite3_value_blob(v)), sqlite3_value_bytes(v));
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
    default: return QVariant();
    }
}

struct SessionDeleter { void operator()(sqlite3_session *s) const { sqlite3session_delete(s); } };

}

bool Changeset::diff(SqliteDatabase &db, const QString &to, const QString &from, const QStringList &tables,
                     QByteArray *changeset, QString *error)
{
    sqlite3_session *raw = nullptr;
    if (sqlite3session_create(db.handle(), to.toUtf8().constData(), &raw) != SQLITE_OK) {
        if (error) *error = tr("the change tracking of SQLite is not available");
        return false;
    }
    std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
    for (const QString &table : tables) {
        char *message = nullptr;
        const QByteArray name = table.toUtf8();
        int rc = sqlite3session_attach(session.get(), name.constData());
        if (rc == SQLITE_OK) rc = sqlite3session_diff(session.get(), from.toUtf8().constData(), name.constData(), &message);
        if (rc != SQLITE_OK) {
            if (error)
                *error = tr("the changes of %1 could not be computed (%2)")
                             .arg(table, message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc)));
            sqlite3_free(message);
            return false;
        }
    }
    int size = 0;
    void *bytes = nullptr;
    if (sqlite3session_changeset(session.get(), &size, &bytes) != SQLITE_OK) {
        if (error) *error = tr("the changes could not be collected");
        return false;
    }
    *changeset = QByteArray(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    return true;
}

bool Changeset::forEach(const QByteArray &changeset, const std::function<bool(const Change &)> &visit, QString *error)
{
    if (changeset.isEmpty()) return true;
    if (!wellFormed(changeset)) {
        if (error) *error = tr("the list of changes is damaged");
        return false;
    }
    sqlite3_changeset_iter *iter = nullptr;
    if (sqlite3changeset_start(&iter, int(changeset.size()), const_cast<char *>(changeset.constData())) != SQLITE_OK) {
        if (error) *error = tr("the list of changes is damaged");
        return false;
    }
    int rc;
    bool stopped = false;
    while (!stopped && (rc = sqlite3changeset_next(iter)) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(iter, &table, &columns, &op, &indirect) != SQLITE_OK) { rc = SQLITE_CORRUPT; break; }
        Change change;
        change.table = QString::fromUtf8(table);
        change.op = op == SQLITE_INSERT ? Op::Insert : op == SQLITE_UPDATE ? Op::Update : Op::Delete;
        for (int c = 0; c < columns; ++c) {
            sqlite3_value *oldValue = nullptr, *newValue = nullptr;
            if (change.op != Op::Insert) sqlite3changeset_old(iter, c, &oldValue);
            if (change.op != Op::Delete) sqlite3changeset_new(iter, c, &newValue);
            change.hasOld << (oldValue != nullptr);
            change.hasNew << (newValue != nullptr);
            change.oldValues << (oldValue ? toVariant(oldValue) : QVariant());
            change.newValues << (newValue ? toVariant(newValue) : QVariant());
        }
        stopped = !visit(change);
    }
    const int finalRc = sqlite3changeset_finalize(iter);
    if (!stopped && (rc != SQLITE_DONE || finalRc != SQLITE_OK)) {
        if (error) *error = tr("the list of changes is damaged");
        return false;
    }
    return true;
}

}
