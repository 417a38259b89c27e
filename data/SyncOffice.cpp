#include "SyncOffice.h"

#include "AuditChain.h"
#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "PostgresDatabase.h"
#include "ProjectFile.h"
#include "ProjectRoles.h"
#include "SqliteDatabase.h"
#include "SyncSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pilar {

SyncOffice::SyncOffice(SqlConnection &connection) : m_db(&connection) {}
SyncOffice::SyncOffice() = default;
SyncOffice::~SyncOffice() = default;

bool SyncOffice::open(const QString &project, QString *error)
{
    if (PostgresDatabase::isConnectionString(project)) {
        auto server = std::make_unique<PostgresDatabase>();
        if (!server->open(project)) {
            if (error) *error = server->lastError();
            return false;
        }
        m_owned = std::move(server);
    } else {
        if (!QFileInfo::exists(project)) {
            if (error) *error = tr("%1: file not found.").arg(QDir::toNativeSeparators(project));
            return false;
        }
        auto file = std::make_unique<SqliteDatabase>();
        if (!file->open(project)) {
            if (error) *error = file->lastError();
            return false;
        }
        m_owned = std::move(file);
    }
    m_db = m_owned.get();
    const QString name = isServer() ? PostgresDatabase::displayName(project) : QDir::toNativeSeparators(project);
    if (!m_db->tableExists(QStringLiteral("mp_programmes"))) {
        if (error) *error = tr("%1 holds no master plan.").arg(name);
        return false;
    }
    // A plan from before field sync: the store upgrades it when the project is opened.
    if (!m_db->tableExists(QStringLiteral("pilar_sync_conflicts"))) {
        if (error) *error = tr("%1 uses an older project format; open it in this Pilar once to upgrade it.").arg(name);
        return false;
    }
    return true;
}

bool SyncOffice::isServer() const
{
    return m_db && m_db->dialect() == SqlConnection::Dialect::Postgres;
}

int SyncOffice::schemaVersion()
{
    return m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'schema_version'")).toInt();
}

QString SyncOffice::projectId()
{
    return m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'project_id'")).toString();
}

bool SyncOffice::canEdit(const QString &userName)
{
    // On the server the login's role decides, whatever name the desktop gives.
    if (isServer()) return m_db->scalar(QStringLiteral("SELECT has_table_privilege(current_user, 'mp_programmes', 'UPDATE')")).toBool();
    return ProjectRoles::canEdit(static_cast<SqliteDatabase &>(*m_db), userName);
}

QByteArray SyncOffice::projectKey(bool create)
{
    if (!isServer()) return SyncSchema::projectKey(static_cast<SqliteDatabase &>(*m_db), create);
    const QString stored = m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'sync_key'")).toString();
    if (!stored.isEmpty() || !create) return QByteArray::fromHex(stored.toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()), reinterpret_cast<quint32 *>(key.data() + key.size()));
    // Two desktops checking out at once agree on the first key written.
    if (!m_db->exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('sync_key', ?1) ON CONFLICT(key) DO NOTHING"),
                    {QString::fromLatin1(key.toHex())}))
        return {};
    return QByteArray::fromHex(m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'sync_key'")).toString().toLatin1());
}

QString SyncOffice::auditUser()
{
    if (isServer()) return m_db->scalar(QStringLiteral("SELECT current_setting('pilar.user_name', true)")).toString();
    return m_db->scalar(QStringLiteral("SELECT user_name FROM pilar_session WHERE id = 1")).toString();
}

bool SyncOffice::setAuditUser(const QString &userName)
{
    // On the server the name holds for this transaction only; the session's own comes back after it.
    if (isServer()) return m_db->exec(QStringLiteral("SELECT set_config('pilar.user_name', ?1, true)"), {userName});
    return MasterPlanSchema::setUserName(static_cast<SqliteDatabase &>(*m_db), userName);
}

bool SyncOffice::sealAudit()
{
    return isServer() || AuditChain::seal(static_cast<SqliteDatabase &>(*m_db));
}

QString SyncOffice::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString SyncOffice::selectList(const QStringList &columns) const
{
    if (!isServer()) return columns.join(QLatin1Char(','));
    QStringList out = columns;
    const int geom = int(columns.indexOf(QStringLiteral("geom")));
    if (geom >= 0) out[geom] = QStringLiteral("ST_AsBinary(geom)");
    return out.join(QLatin1Char(','));
}

QVariantList SyncOffice::fromStored(const QStringList &columns, QVariantList row) const
{
    const int geom = int(columns.indexOf(QStringLiteral("geom")));
    // The same conversion as a pull, so a server geometry equals its copy in a package byte for byte.
    if (isServer() && geom >= 0 && geom < row.size() && !row[geom].isNull())
        row[geom] = GeoPackageGeometry::fromWkt(GeoPackageGeometry::wkbToWkt(row[geom].toByteArray()));
    return row;
}

QString SyncOffice::parameter(const QString &column, int n) const
{
    return isServer() && column == QLatin1String("geom") ? QStringLiteral("ST_GeomFromText(?%1, 4326)").arg(n) : QStringLiteral("?%1").arg(n);
}

QVariant SyncOffice::toStored(const QString &column, const QVariant &value) const
{
    if (!isServer() || column != QLatin1String("geom") || value.isNull()) return value;
    return GeoPackageGeometry::toWkt(value.toByteArray());
}

QString SyncOffice::lockRows() const
{
    return isServer() ? QStringLiteral(" FOR UPDATE") : QString();
}

QVariant SyncOffice::encodeKept(const QVariant &value) const
{
    if (!isServer() || value.isNull() || !value.isValid()) return value;
    switch (value.typeId()) {
    case QMetaType::LongLong: case QMetaType::Int: case QMetaType::Bool: return QStringLiteral("i:%1").arg(value.toLongLong());
    case QMetaType::Double: return QString(QStringLiteral("d:") + QString::number(value.toDouble(), 'g', 17));
    case QMetaType::QByteArray: return QString(QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64()));
    default: return QString(QStringLiteral("t:") + value.toString());
    }
}

QVariant SyncOffice::decodeKept(const QVariant &stored) const
{
    if (!isServer() || stored.isNull()) return stored;
    const QString text = stored.toString();
    const QString rest = text.mid(2);
    if (text.startsWith(QLatin1String("i:"))) return rest.toLongLong();
    if (text.startsWith(QLatin1String("d:"))) return rest.toDouble();
    if (text.startsWith(QLatin1String("b:"))) return QByteArray::fromBase64(rest.toLatin1());
    return rest;
}

SyncOffice::Transaction::Transaction(SyncOffice &office) : m_office(office)
{
    m_active = m_office.db().begin();
}

SyncOffice::Transaction::~Transaction()
{
    if (!m_active) return;
    m_office.db().exec(QStringLiteral("ROLLBACK"));
}

bool SyncOffice::Transaction::commit()
{
    if (!m_active) return false;
    m_active = false;
    return m_office.db().exec(QStringLiteral("COMMIT"));
}

}
