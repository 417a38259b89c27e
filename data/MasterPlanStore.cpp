#include "MasterPlanStore.h"

#include "AuditChain.h"
#include "ProjectRoles.h"
#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "MasterPlanVocabulary.h"
#include "PostgresDatabase.h"

#include <ogr_geometry.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace pilar {

namespace {
// The regency, generously widened: a site far outside it is a typing error, not a plan.
bool nearPurbalingga(const QString &wkt)
{
    OGRGeometry *raw = nullptr;
    const QByteArray text = wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &raw) != OGRERR_NONE || !raw) return false;
    OGREnvelope env;
    raw->getEnvelope(&env);
    OGRGeometryFactory::destroyGeometry(raw);
    return env.MinX >= 108.9 && env.MaxX <= 109.9 && env.MinY >= -7.8 && env.MaxY <= -6.8;
}

QString geometryKind(const QString &wkt)
{
    return wkt.trimmed().section(QLatin1Char('('), 0, 0).trimmed().toUpper();
}

QStringList splitCodes(const QVariant &v)
{
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}
}

bool MasterPlanStore::open(const QString &project, QString *error)
{
    close();
    if (PostgresDatabase::isConnectionString(project)) return openServer(project, error);
    m_db = &m_sqlite;
    if (!QFileInfo::exists(project)) {
        if (error) *error = tr("%1: file not found.").arg(QDir::toNativeSeparators(project));
        return false;
    }
    if (!m_sqlite.open(project)) {
        if (error) *error = m_sqlite.lastError();
        return false;
    }
    if (!m_sqlite.tableExists(QStringLiteral("mp_programmes"))) {
        if (error) *error = tr("%1 holds no master plan (open and save it in Pilar first).").arg(QDir::toNativeSeparators(project));
        m_sqlite.close();
        return false;
    }
    m_sqlite.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_sqlite.useWriteAheadLog();
    setUserName(MasterPlanSchema::defaultUserName());
    // A viewer's connection refuses every change, whichever screen or command asks for it.
    m_sqlite.setChangesAllowed(ProjectRoles::canEdit(m_sqlite, MasterPlanSchema::defaultUserName()));
    // Entries written since Pilar last had the file (by QGIS, a script) join the chain now.
    if (m_sqlite.tableExists(QStringLiteral("mp_audit_log"))) {
        SqliteDatabase::Transaction tx(m_sqlite);
        if (AuditChain::protect(m_sqlite) && AuditChain::seal(m_sqlite)) tx.commit();
    }
    return true;
}

bool MasterPlanStore::openServer(const QString &connection, QString *error)
{
    m_server = std::make_unique<PostgresDatabase>();
    m_db = m_server.get();
    if (!m_server->open(connection)) {
        if (error) *error = m_server->lastError();
        close();
        return false;
    }
    if (!m_server->tableExists(QStringLiteral("mp_programmes"))) {
        if (error) *error = tr("%1 holds no master plan (publish one with pilar-cli push first).").arg(PostgresDatabase::displayName(connection));
        close();
        return false;
    }
    setUserName(MasterPlanSchema::defaultUserName());
    return true;
}

void MasterPlanStore::close()
{
    m_sqlite.close();
    m_server.reset();
    m_db = &m_sqlite;
    m_depth = 0;
}

bool MasterPlanStore::isServer() const
{
    return m_db->dialect() == SqlConnection::Dialect::Postgres;
}

bool MasterPlanStore::canEdit() const
{
    if (!isServer()) return m_sqlite.changesAllowed();
    // The server decides by the connection's role; asking saves a refused save later.
    return m_server->scalar(QStringLiteral("SELECT has_table_privilege(current_user, 'mp_programmes', 'UPDATE')")).toInt() != 0;
}

void MasterPlanStore::setUserName(const QString &userName)
{
    // On the server the log names the role that logged in; this name travels beside it.
    if (isServer()) m_server->setSessionSetting(QStringLiteral("pilar.user_name"), userName);
    else MasterPlanSchema::setUserName(m_sqlite, userName);
}

QVector<Pillar> MasterPlanStore::pillars()
{
    QVector<Pillar> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, code, name_id, name_en, color, position FROM mp_pillars ORDER BY position, code"), {}, rows);
    for (const auto &r : rows) out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), QColor(r[4].toString()), r[5].toInt()});
    return out;
}

QVector<SubElement> MasterPlanStore::subElements()
{
    QVector<SubElement> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, pillar_uuid, code, name_id, name_en, position FROM mp_sub_elements ORDER BY position"), {}, rows);
    for (const auto &r : rows) out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toInt()});
    return out;
}

QVector<Stage> MasterPlanStore::stages()
{
    QVector<Stage> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, code, name_id, name_en, first_year, last_year, position FROM mp_stages ORDER BY position"), {}, rows);
    for (const auto &r : rows)
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toInt(), r[5].toInt(), r[6].toInt()});
    return out;
}

QVector<Opd> MasterPlanStore::opds()
{
    QVector<Opd> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, code, name, short_name FROM mp_opd ORDER BY code"), {}, rows);
    for (const auto &r : rows) out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()});
    return out;
}

QVector<Partner> MasterPlanStore::partners()
{
    QVector<Partner> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, code, name, kind FROM mp_partners ORDER BY code"), {}, rows);
    for (const auto &r : rows) out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()});
    return out;
}

QVector<Programme> MasterPlanStore::programmes()
{
    QVector<Programme> out;
    QList<QVariantList> rows, partnerRows;
    m_db->query(QStringLiteral("SELECT uuid, code, name, pillar_uuid, sub_element_uuid, stage_uuid, horizon, status, opd_uuid, "
                              "funding, budget, start_year, end_year, kecamatan_codes, desa_codes, %1, description, is_sample, %2 "
                              "FROM mp_programmes ORDER BY code").arg(geometryColumn(), rowVersionColumn()), {}, rows);
    m_db->query(QStringLiteral("SELECT programme_uuid, partner_uuid FROM mp_programme_partners ORDER BY fid"), {}, partnerRows);
    QHash<QString, QStringList> partnersOf;
    for (const auto &r : partnerRows) partnersOf[r[0].toString()] << r[1].toString();
    QList<QVariantList> activityRows;
    m_db->query(QStringLiteral("SELECT uuid, programme_uuid, name, start_year, end_year, budget, description FROM mp_activities ORDER BY fid"),
               {}, activityRows);
    QHash<QString, QVector<Activity>> activitiesOf;
    for (const auto &r : activityRows)
        activitiesOf[r[1].toString()].push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toInt(), r[4].toInt(),
                                                 r[5].toLongLong(), r[6].toString()});
    for (const auto &r : rows) {
        Programme p;
        p.uuid = r[0].toString(); p.code = r[1].toString(); p.name = r[2].toString();
        p.pillarUuid = r[3].toString(); p.subElementUuid = r[4].toString(); p.stageUuid = r[5].toString();
        p.horizon = r[6].toString(); p.status = r[7].toString(); p.opdUuid = r[8].toString(); p.funding = r[9].toString();
        p.budget = r[10].toLongLong(); p.startYear = r[11].toInt(); p.endYear = r[12].toInt();
        p.kecamatanCodes = splitCodes(r[13]); p.desaCodes = splitCodes(r[14]);
        p.geometryWkt = wktOf(r[15]);
        p.description = r[16].toString(); p.sample = r[17].toInt() != 0; p.rowVersion = r[18].toLongLong();
        p.partnerUuids = partnersOf.value(p.uuid);
        p.activities = activitiesOf.value(p.uuid);
        out.push_back(p);
    }
    return out;
}

QVector<Asset> MasterPlanStore::assets()
{
    QVector<Asset> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, code, name, type, opd_uuid, install_date, condition, programme_uuid, kecamatan_code, "
                              "desa_code, %1, notes, is_sample, %2 FROM mp_assets ORDER BY code").arg(geometryColumn(), rowVersionColumn()), {}, rows);
    for (const auto &r : rows) {
        Asset a;
        a.uuid = r[0].toString(); a.code = r[1].toString(); a.name = r[2].toString(); a.type = r[3].toString();
        a.opdUuid = r[4].toString(); a.installDate = QDate::fromString(r[5].toString(), Qt::ISODate);
        a.condition = r[6].toString(); a.programmeUuid = r[7].toString(); a.kecamatanCode = r[8].toString();
        a.desaCode = r[9].toString(); a.geometryWkt = wktOf(r[10]);
        a.notes = r[11].toString(); a.sample = r[12].toInt() != 0; a.rowVersion = r[13].toLongLong();
        out.push_back(a);
    }
    return out;
}

std::optional<Programme> MasterPlanStore::programme(const QString &uuid)
{
    for (const Programme &p : programmes())
        if (p.uuid == uuid) return p;
    return std::nullopt;
}

std::optional<Asset> MasterPlanStore::asset(const QString &uuid)
{
    for (const Asset &a : assets())
        if (a.uuid == uuid) return a;
    return std::nullopt;
}

QVector<AuditEntry> MasterPlanStore::auditLog(int limit)
{
    QVector<AuditEntry> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT time, user_name, table_name, row_uuid, action, old_values, new_values FROM mp_audit_log "
                              "ORDER BY fid DESC LIMIT ?1"), {limit}, rows);
    for (const auto &r : rows)
        out.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(), r[6].toString()});
    return out;
}

ProgressMath::Thresholds MasterPlanStore::progressThresholds()
{
    ProgressMath::Thresholds t;
    const QVariant onTrack = m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'progress_on_track'"));
    const QVariant atRisk = m_db->scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'progress_at_risk'"));
    if (onTrack.isValid()) t.onTrack = onTrack.toDouble();
    if (atRisk.isValid()) t.atRisk = atRisk.toDouble();
    return t;
}

bool MasterPlanStore::setProgressThresholds(const ProgressMath::Thresholds &t, QString *error)
{
    if (!(t.atRisk > 0 && t.atRisk < t.onTrack && t.onTrack <= 100)) {
        if (error) *error = tr("The thresholds must satisfy 0 < at risk < on track ≤ 100.");
        return false;
    }
    const QString sql = QStringLiteral("INSERT INTO pilar_project(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    begin();
    if (!m_db->exec(sql, {QStringLiteral("progress_on_track"), QString::number(t.onTrack)}) ||
        !m_db->exec(sql, {QStringLiteral("progress_at_risk"), QString::number(t.atRisk)})) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    return commit();
}

QStringList MasterPlanStore::kecamatanCodes()
{
    QStringList codes;
    const auto names = kecamatanNames();
    for (const auto &[code, name] : names) codes << code;
    return codes;
}

QList<std::pair<QString, QString>> MasterPlanStore::kecamatanNames()
{
    QList<std::pair<QString, QString>> out;
    QList<QVariantList> rows;
    // The demo and `pilar-cli new` carry both; the one built from the desa has the exact codes.
    for (const QString &table : {QStringLiteral("kecamatan_from_desa"), QStringLiteral("kecamatan")}) {
        if (!m_db->tableExists(table)) continue;
        const QString columnsOf = isServer() ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = '%1' AND column_name = 'name'")
                                             : QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'name'");
        const bool hasName = m_db->scalar(columnsOf.arg(table)).toInt() > 0;
        if (!m_db->query(QStringLiteral("SELECT code, %2 FROM %1 ORDER BY code").arg(table, hasName ? QStringLiteral("name") : QStringLiteral("code")), {}, rows))
            continue;
        for (const auto &r : rows) out << std::pair(r.value(0).toString(), r.value(1).toString());
        if (!out.isEmpty()) break;
    }
    return out;
}

QVector<Indicator> MasterPlanStore::indicators()
{
    QVector<Indicator> out;
    QList<QVariantList> rows, targets;
    m_db->query(QStringLiteral("SELECT uuid, programme_uuid, name, unit, direction, baseline_value, baseline_year, weight, is_sample "
                              "FROM mp_indicators ORDER BY fid"), {}, rows);
    m_db->query(QStringLiteral("SELECT indicator_uuid, year, target, kecamatan_code FROM mp_indicator_targets ORDER BY year"), {}, targets);
    QHash<QString, QMap<int, double>> targetsOf;
    QHash<QString, QHash<QString, QMap<int, double>>> kecamatanTargetsOf;
    for (const auto &t : targets) {
        const QString kecamatan = t[3].toString();
        if (kecamatan.isEmpty()) targetsOf[t[0].toString()].insert(t[1].toInt(), t[2].toDouble());
        else kecamatanTargetsOf[t[0].toString()][kecamatan].insert(t[1].toInt(), t[2].toDouble());
    }
    for (const auto &r : rows) {
        Indicator i;
        i.uuid = r[0].toString(); i.programmeUuid = r[1].toString(); i.name = r[2].toString(); i.unit = r[3].toString();
        i.higherIsBetter = r[4].toString() != QLatin1String("lower"); i.baselineValue = r[5].toDouble(); i.baselineYear = r[6].toInt();
        i.weight = r[7].toDouble(); i.sample = r[8].toInt() != 0; i.targets = targetsOf.value(i.uuid);
        i.kecamatanTargets = kecamatanTargetsOf.value(i.uuid);
        out.push_back(i);
    }
    return out;
}

QVector<Realisation> MasterPlanStore::realisations()
{
    return readRealisations(QString(), {});
}

std::optional<Realisation> MasterPlanStore::realisation(const QString &uuid)
{
    const QVector<Realisation> found = readRealisations(QStringLiteral("WHERE uuid = ?1"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional<Realisation>(found.first());
}

QVector<Realisation> MasterPlanStore::readRealisations(const QString &where, const QVariantList &params)
{
    // Read row by row, with the few distinct indicators, dates, kecamatan and sources shared
    // rather than copied: a province's million reports fit in memory and arrive in seconds.
    QVector<Realisation> out;
    out.reserve(m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_realisations %1").arg(where), params).toInt());
    QHash<QString, QString> shared;
    QHash<QString, QDate> dates;
    auto share = [&shared](const QString &s) -> QString {
        const auto it = shared.constFind(s);
        return it != shared.cend() ? it.value() : shared.insert(s, s).value();
    };
    m_db->forEachRow(QStringLiteral("SELECT uuid, indicator_uuid, value, date, kecamatan_code, source_document, entered_by, attachment_name, "
                                   "length(attachment), %1 FROM mp_realisations %2 ORDER BY date, fid").arg(rowVersionColumn(), where), params,
                     [&](const QVariantList &r) {
        const QString dateText = r[3].toString();
        auto date = dates.constFind(dateText);
        if (date == dates.cend()) date = dates.insert(dateText, QDate::fromString(dateText, Qt::ISODate));
        Realisation x = Realisation::of(share(r[1].toString()), r[2].toDouble(), date.value(), share(r[4].toString()),
                                        share(r[5].toString()), share(r[6].toString()));
        x.uuid = r[0].toString();
        x.attachmentName = r[7].toString();
        x.attachmentSize = r[8].toLongLong();
        x.rowVersion = r[9].toLongLong();
        out.push_back(std::move(x));
        return true;
    });
    return out;
}

QByteArray MasterPlanStore::realisationAttachment(const QString &uuid)
{
    return m_db->scalar(QStringLiteral("SELECT attachment FROM mp_realisations WHERE uuid = ?1"), {uuid}).toByteArray();
}

QVector<BudgetRealisation> MasterPlanStore::budgetRealisations()
{
    QVector<BudgetRealisation> out;
    QList<QVariantList> rows;
    m_db->query(QStringLiteral("SELECT uuid, programme_uuid, year, planned, realised FROM mp_budget_realisations ORDER BY year"), {}, rows);
    for (const auto &r : rows) out.push_back({r[0].toString(), r[1].toString(), r[2].toInt(), r[3].toLongLong(), r[4].toLongLong()});
    return out;
}

bool MasterPlanStore::saveIndicator(Indicator &i, QString *error)
{
    if (i.name.trimmed().isEmpty() || !exists(QStringLiteral("mp_programmes"), i.programmeUuid) || i.weight < 0) {
        if (error) *error = tr("An indicator needs a name, an existing programme and a weight of 0 or more.");
        return false;
    }
    if (i.uuid.isEmpty()) i.uuid = MasterPlanSchema::newUuid();
    begin();
    bool ok = m_db->exec(QStringLiteral("INSERT INTO mp_indicators(uuid, programme_uuid, name, unit, direction, baseline_value, baseline_year, "
                                       "weight, is_sample) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9) ON CONFLICT(uuid) DO UPDATE SET "
                                       "programme_uuid=excluded.programme_uuid, name=excluded.name, unit=excluded.unit, direction=excluded.direction, "
                                       "baseline_value=excluded.baseline_value, baseline_year=excluded.baseline_year, weight=excluded.weight, "
                                       "is_sample=excluded.is_sample"),
                        {i.uuid, i.programmeUuid, i.name.trimmed(), i.unit, i.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower"),
                         i.baselineValue, i.baselineYear ? QVariant(i.baselineYear) : QVariant(), i.weight, i.sample ? 1 : 0});
    ok = ok && m_db->exec(QStringLiteral("DELETE FROM mp_indicator_targets WHERE indicator_uuid = ?1"), {i.uuid});
    auto insertTargets = [&](const QMap<int, double> &targets, const QString &kecamatan) {
        for (auto it = targets.begin(); it != targets.end() && ok; ++it)
            ok = m_db->exec(QStringLiteral("INSERT INTO mp_indicator_targets(uuid, indicator_uuid, year, kecamatan_code, target) VALUES (?1,?2,?3,?4,?5)"),
                           {MasterPlanSchema::newUuid(), i.uuid, it.key(), kecamatan, it.value()});
    };
    insertTargets(i.targets, QString());
    for (auto it = i.kecamatanTargets.begin(); it != i.kecamatanTargets.end(); ++it) insertTargets(it.value(), it.key());
    if (!ok) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    return commit();
}

bool MasterPlanStore::saveRealisation(Realisation &r, QString *error)
{
    if (!exists(QStringLiteral("mp_indicators"), r.indicatorUuid) || !r.date.isValid()) {
        if (error) *error = tr("A realisation needs an existing indicator and a date.");
        return false;
    }
    if (r.attachment.size() > kMaxAttachmentBytes) {
        if (error) *error = tr("The attachment %1 is larger than %2 MB; attach a smaller photo or a compressed PDF.")
                                .arg(r.attachmentName).arg(kMaxAttachmentBytes / (1024 * 1024));
        return false;
    }
    if (r.uuid.isEmpty()) r.uuid = MasterPlanSchema::newUuid();
    // The stored file stays when only its name comes back (the plan is read without the bytes).
    QVariantList values = {r.uuid, r.indicatorUuid, r.value, r.date.toString(Qt::ISODate), r.kecamatanCode, r.sourceDocument, r.enteredBy,
                           r.attachmentName.isEmpty() ? QVariant() : QVariant(r.attachmentName),
                           r.attachment.isEmpty() || r.attachmentName.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.attachment)};
    const bool checked = isServer() && r.rowVersion > 0;
    if (checked) values << r.rowVersion;
    begin();
    bool ok = m_db->exec(QStringLiteral("INSERT INTO mp_realisations(uuid, indicator_uuid, value, date, kecamatan_code, source_document, "
                                             "entered_by, attachment_name, attachment) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9) "
                                             "ON CONFLICT(uuid) DO UPDATE SET value=excluded.value, "
                                             "date=excluded.date, kecamatan_code=excluded.kecamatan_code, source_document=excluded.source_document, "
                                             "entered_by=excluded.entered_by, attachment_name=excluded.attachment_name, "
                                             "attachment=CASE WHEN excluded.attachment IS NOT NULL THEN excluded.attachment "
                                             "WHEN excluded.attachment_name IS NULL THEN NULL ELSE mp_realisations.attachment END%1")
                             .arg(checked ? QStringLiteral(" WHERE mp_realisations.row_version = ?10") : QString()),
                         values);
    if (ok && checked && m_db->changedRows() == 0) {
        // Someone else saved this value since it was read: theirs stays, this one is not written.
        rollback();
        const auto theirs = realisation(r.uuid);
        if (error) *error = tr("Someone else changed this value (%1 on %2) after you opened it; it is now %3. Yours, %4, was not saved.")
                                .arg(theirs ? theirs->enteredBy : QString(), r.date.toString(Qt::ISODate))
                                .arg(theirs ? theirs->value : 0).arg(r.value);
        return false;
    }
    return finishVersionedSave(ok, QStringLiteral("mp_realisations"), r.uuid, r.rowVersion, error);
}

QVector<Inspection> MasterPlanStore::inspections(const QString &assetUuid)
{
    QVector<Inspection> out;
    QList<QVariantList> rows, photos;
    m_db->query(QStringLiteral("SELECT uuid, inspected_at, officer, condition, note, position_source, %1 FROM mp_inspections "
                              "WHERE asset_uuid = ?1 ORDER BY inspected_at DESC").arg(geometryColumn()), {assetUuid}, rows);
    for (const auto &r : rows) {
        Inspection i;
        i.uuid = r[0].toString(); i.assetUuid = assetUuid;
        i.inspectedAt = QDateTime::fromString(r[1].toString(), Qt::ISODate);
        i.officer = r[2].toString(); i.condition = r[3].toString(); i.note = r[4].toString(); i.positionSource = r[5].toString();
        const QString wkt = wktOf(r[6]);
        static const QRegularExpression point(QStringLiteral("^POINT\\s*\\(([-0-9.eE]+)\\s+([-0-9.eE]+)\\)"));
        const auto m = point.match(wkt);
        if (m.hasMatch()) { i.hasPosition = true; i.longitude = m.captured(1).toDouble(); i.latitude = m.captured(2).toDouble(); }
        m_db->query(QStringLiteral("SELECT uuid, file_name, length(data) FROM mp_inspection_photos WHERE inspection_uuid = ?1 ORDER BY fid"),
                   {i.uuid}, photos);
        for (const auto &p : photos) i.photos << InspectionPhoto{p[0].toString(), p[1].toString(), p[2].toLongLong(), {}};
        out << i;
    }
    return out;
}

QByteArray MasterPlanStore::inspectionPhoto(const QString &photoUuid)
{
    return m_db->scalar(QStringLiteral("SELECT data FROM mp_inspection_photos WHERE uuid = ?1"), {photoUuid}).toByteArray();
}

bool MasterPlanStore::saveInspection(Inspection &i, QString *error)
{
    auto failed = [&](const QString &message) { if (error) *error = message; return false; };
    if (!exists(QStringLiteral("mp_assets"), i.assetUuid)) return failed(tr("An inspection needs an existing asset."));
    if (!i.inspectedAt.isValid()) return failed(tr("An inspection needs a date."));
    if (i.officer.trimmed().isEmpty()) return failed(tr("Name the officer who inspected the asset."));
    if (!MasterPlanVocabulary::conditions().contains(i.condition)) return failed(tr("Choose the condition found."));
    if (i.hasPosition && (std::abs(i.latitude) > 90 || std::abs(i.longitude) > 180))
        return failed(tr("The position %1, %2 is not a longitude and latitude.").arg(i.longitude).arg(i.latitude));
    for (const InspectionPhoto &p : std::as_const(i.photos))
        if (p.data.size() > kMaxAttachmentBytes)
            return failed(tr("The photo %1 is larger than %2 MB.").arg(p.fileName).arg(kMaxAttachmentBytes / (1024 * 1024)));
    if (i.uuid.isEmpty()) i.uuid = MasterPlanSchema::newUuid();
    const QVariant geom = geometryValue(i.hasPosition ? QStringLiteral("POINT (%1 %2)").arg(i.longitude, 0, 'f', 8).arg(i.latitude, 0, 'f', 8) : QString());
    begin();
    bool ok = m_db->exec(QStringLiteral("INSERT INTO mp_inspections(uuid, asset_uuid, inspected_at, officer, condition, note, position_source, geom) "
                                       "VALUES (?1,?2,?3,?4,?5,?6,?7,%1) ON CONFLICT(uuid) DO UPDATE SET inspected_at=excluded.inspected_at, "
                                       "officer=excluded.officer, condition=excluded.condition, note=excluded.note, "
                                       "position_source=excluded.position_source, geom=excluded.geom").arg(geometryParameter(8)),
                        {i.uuid, i.assetUuid, i.inspectedAt.toUTC().toString(Qt::ISODate), i.officer, i.condition, i.note,
                         i.hasPosition && !i.positionSource.isEmpty() ? QVariant(i.positionSource) : QVariant(), geom});
    for (InspectionPhoto &p : i.photos) {
        if (!p.uuid.isEmpty()) continue;  // stored already
        p.uuid = MasterPlanSchema::newUuid();
        p.size = p.data.size();
        ok = ok && m_db->exec(QStringLiteral("INSERT INTO mp_inspection_photos(uuid, inspection_uuid, file_name, data) VALUES (?1,?2,?3,?4)"),
                             {p.uuid, i.uuid, p.fileName, p.data});
    }
    // The asset shows what was found at the latest visit.
    ok = ok && m_db->exec(QStringLiteral("UPDATE mp_assets SET condition = ?2 WHERE uuid = ?1 AND coalesce(condition, '') <> ?2 AND NOT EXISTS "
                                        "(SELECT 1 FROM mp_inspections WHERE asset_uuid = ?1 AND inspected_at > ?3)"),
                         {i.assetUuid, i.condition, i.inspectedAt.toUTC().toString(Qt::ISODate)});
    if (!ok) {
        const QString reason = m_db->lastError();
        rollback();
        return failed(reason);
    }
    return commit();
}

bool MasterPlanStore::removeIndicator(const QString &uuid, QString *error)
{
    if (m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_realisations WHERE indicator_uuid = ?1"), {uuid}).toInt() > 0) {
        if (error) *error = tr("This indicator has reported values; it cannot be removed (set its weight to 0 to leave it out).");
        return false;
    }
    begin();
    if (!m_db->exec(QStringLiteral("DELETE FROM mp_indicator_targets WHERE indicator_uuid = ?1"), {uuid}) ||
        !m_db->exec(QStringLiteral("DELETE FROM mp_indicators WHERE uuid = ?1"), {uuid})) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    return commit();
}

bool MasterPlanStore::removeRealisation(const QString &uuid, QString *error)
{
    const bool ok = write(QStringLiteral("DELETE FROM mp_realisations WHERE uuid = ?1"), {uuid});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::saveBudgetRealisation(BudgetRealisation &b, QString *error)
{
    if (!exists(QStringLiteral("mp_programmes"), b.programmeUuid) || b.planned < 0 || b.realised < 0) {
        if (error) *error = tr("A budget realisation needs an existing programme and amounts of 0 or more.");
        return false;
    }
    if (b.uuid.isEmpty()) b.uuid = MasterPlanSchema::newUuid();
    const bool ok = write(QStringLiteral("INSERT INTO mp_budget_realisations(uuid, programme_uuid, year, planned, realised) VALUES "
                                             "(?1,?2,?3,?4,?5) ON CONFLICT(programme_uuid, year) DO UPDATE SET planned=excluded.planned, "
                                             "realised=excluded.realised"),
                              {b.uuid, b.programmeUuid, b.year, b.planned, b.realised});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

QString MasterPlanStore::geometryColumn() const
{
    return isServer() ? QStringLiteral("ST_AsBinary(geom)") : QStringLiteral("geom");
}

QString MasterPlanStore::geometryParameter(int n) const
{
    return isServer() ? QStringLiteral("ST_GeomFromText(?%1, 4326)").arg(n) : QStringLiteral("?%1").arg(n);
}

QVariant MasterPlanStore::geometryValue(const QString &wkt) const
{
    if (wkt.trimmed().isEmpty()) return {};
    return isServer() ? QVariant(wkt) : QVariant(GeoPackageGeometry::fromWkt(wkt));
}

QString MasterPlanStore::wktOf(const QVariant &stored) const
{
    const QByteArray bytes = stored.toByteArray();
    return isServer() ? GeoPackageGeometry::wkbToWkt(bytes) : GeoPackageGeometry::toWkt(bytes);
}

QString MasterPlanStore::rowVersionColumn() const
{
    return isServer() ? QStringLiteral("row_version") : QStringLiteral("0");
}

bool MasterPlanStore::finishVersionedSave(bool ok, const QString &table, const QString &uuid, qint64 &rowVersion, QString *error)
{
    if (!ok) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    if (!commit()) {
        if (error) *error = m_db->lastError();
        return false;
    }
    // The version this save left, so the next save of the same object checks against it.
    if (isServer()) rowVersion = m_db->scalar(QStringLiteral("SELECT row_version FROM %1 WHERE uuid = ?1").arg(table), {uuid}).toLongLong();
    return true;
}

QString MasterPlanStore::versionCheck(qint64 rowVersion, int n) const
{
    return isServer() && rowVersion > 0 ? QStringLiteral(" AND row_version = ?%1").arg(n) : QString();
}

QVector<MasterPlanStore::Difference> MasterPlanStore::differences(const Programme &theirs, const Programme &mine)
{
    QVector<Difference> out;
    auto compare = [&out](const QString &label, const QString &a, const QString &b) {
        if (a != b) out.push_back({label, a, b});
    };
    compare(tr("Code"), theirs.code, mine.code.trimmed());
    compare(tr("Name"), theirs.name, mine.name.trimmed());
    compare(tr("Status"), theirs.status, mine.status);
    compare(tr("Budget"), QString::number(theirs.budget), QString::number(mine.budget));
    compare(tr("Years"), QStringLiteral("%1–%2").arg(theirs.startYear).arg(theirs.endYear), QStringLiteral("%1–%2").arg(mine.startYear).arg(mine.endYear));
    // References by what a planner reads: the stage's, pillar's and OPD's names.
    QHash<QString, QString> names;
    for (const Stage &x : stages()) names.insert(x.uuid, x.nameId);
    for (const Pillar &x : pillars()) names.insert(x.uuid, x.nameId);
    for (const Opd &x : opds()) names.insert(x.uuid, x.shortName.isEmpty() ? x.name : x.shortName);
    auto nameOf = [&names](const QString &uuid) { return names.value(uuid, uuid); };
    compare(tr("Stage"), nameOf(theirs.stageUuid), nameOf(mine.stageUuid));
    compare(tr("Pillar"), nameOf(theirs.pillarUuid), nameOf(mine.pillarUuid));
    compare(tr("OPD"), nameOf(theirs.opdUuid), nameOf(mine.opdUuid));
    compare(tr("Kecamatan"), theirs.kecamatanCodes.join(QLatin1Char(',')), mine.kecamatanCodes.join(QLatin1Char(',')));
    compare(tr("Description"), theirs.description, mine.description);
    compare(tr("Site"), theirs.geometryWkt, mine.geometryWkt);
    if (theirs.activities.size() != mine.activities.size())
        compare(tr("Activities"), QString::number(theirs.activities.size()), QString::number(mine.activities.size()));
    if (theirs.partnerUuids != mine.partnerUuids) compare(tr("Partners"), theirs.partnerUuids.join(QLatin1Char(',')), mine.partnerUuids.join(QLatin1Char(',')));
    return out;
}

QVector<MasterPlanStore::Difference> MasterPlanStore::differences(const Asset &theirs, const Asset &mine)
{
    QVector<Difference> out;
    auto compare = [&out](const QString &label, const QString &a, const QString &b) {
        if (a != b) out.push_back({label, a, b});
    };
    compare(tr("Code"), theirs.code, mine.code.trimmed());
    compare(tr("Name"), theirs.name, mine.name.trimmed());
    compare(tr("Type"), theirs.type, mine.type);
    compare(tr("Condition"), theirs.condition, mine.condition);
    compare(tr("Installed"), theirs.installDate.toString(Qt::ISODate), mine.installDate.toString(Qt::ISODate));
    compare(tr("Kecamatan"), theirs.kecamatanCode, mine.kecamatanCode);
    compare(tr("Desa"), theirs.desaCode, mine.desaCode);
    compare(tr("Location"), theirs.geometryWkt, mine.geometryWkt);
    compare(tr("Notes"), theirs.notes, mine.notes);
    if (theirs.opdUuid != mine.opdUuid) {
        QHash<QString, QString> names;
        for (const Opd &x : opds()) names.insert(x.uuid, x.shortName.isEmpty() ? x.name : x.shortName);
        compare(tr("OPD"), names.value(theirs.opdUuid, theirs.opdUuid), names.value(mine.opdUuid, mine.opdUuid));
    }
    return out;
}

QString MasterPlanStore::differenceLines(const QVector<Difference> &differences)
{
    QStringList lines;
    for (const Difference &d : differences) lines << tr("%1: theirs \"%2\", yours \"%3\"").arg(d.field, d.theirs, d.mine);
    return lines.isEmpty() ? tr("(the same values)") : lines.join(QLatin1Char('\n'));
}

QString MasterPlanStore::conflictMessage(const Programme &theirs, const Programme &mine)
{
    return tr("Programme %1 was changed by %2 after you opened it; your save was not written, so nothing is lost. "
              "Their version and yours:\n%3").arg(theirs.code, lastChangeBy(QStringLiteral("mp_programmes"), theirs.uuid),
                                                  differenceLines(differences(theirs, mine)));
}

QString MasterPlanStore::conflictMessage(const Asset &theirs, const Asset &mine)
{
    return tr("Asset %1 was changed by %2 after you opened it; your save was not written, so nothing is lost. "
              "Their version and yours:\n%3").arg(theirs.code, lastChangeBy(QStringLiteral("mp_assets"), theirs.uuid),
                                                  differenceLines(differences(theirs, mine)));
}

QString MasterPlanStore::lastChangeBy(const QString &table, const QString &uuid)
{
    // On the server the log keeps the login and, beside it, the name Pilar gave (a field officer's at check-in).
    QList<QVariantList> last;
    m_db->query(QStringLiteral("SELECT %1, time FROM mp_audit_log WHERE table_name = ?1 AND row_uuid = ?2 ORDER BY fid DESC LIMIT 1")
                    .arg(isServer() ? QStringLiteral("coalesce(client_name, user_name)") : QStringLiteral("user_name")),
                {table, uuid}, last);
    if (last.isEmpty()) return tr("someone else");
    const QDateTime when = QDateTime::fromString(last[0][1].toString(), Qt::ISODateWithMs);
    return QStringLiteral("%1 (%2)").arg(last[0][0].toString(),
                                         when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : last[0][1].toString());
}

QString MasterPlanStore::listValues(int n) const
{
    return isServer() ? QStringLiteral("SELECT json_array_elements_text(?%1::json)").arg(n) : QStringLiteral("SELECT value FROM json_each(?%1)").arg(n);
}

bool MasterPlanStore::exists(const QString &table, const QString &uuid)
{
    return !uuid.isEmpty() && m_db->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = ?1").arg(table), {uuid}).toInt() > 0;
}

QStringList MasterPlanStore::validate(const Programme &p)
{
    QStringList problems;
    if (p.code.trimmed().isEmpty()) problems << tr("The programme code is required.");
    if (p.name.trimmed().isEmpty()) problems << tr("The programme name is required.");
    if (!exists(QStringLiteral("mp_pillars"), p.pillarUuid)) problems << tr("Choose the programme's pillar.");
    if (!p.subElementUuid.isEmpty() &&
        m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_sub_elements WHERE uuid = ?1 AND pillar_uuid = ?2"),
                    {p.subElementUuid, p.pillarUuid}).toInt() == 0)
        problems << tr("The sub-element does not belong to the chosen pillar.");
    if (!MasterPlanVocabulary::statuses().contains(p.status))
        problems << tr("Say whether the programme strengthens what exists (diperkuat) or adds what is missing (ditambahkan).");
    if (!p.horizon.isEmpty() && !MasterPlanVocabulary::horizons().contains(p.horizon)) problems << tr("Unknown horizon \"%1\".").arg(p.horizon);
    if (!p.funding.isEmpty() && !MasterPlanVocabulary::fundingSources().contains(p.funding))
        problems << tr("Unknown funding source \"%1\".").arg(p.funding);
    if (!p.opdUuid.isEmpty() && !exists(QStringLiteral("mp_opd"), p.opdUuid)) problems << tr("The responsible OPD does not exist.");
    for (const QString &partner : p.partnerUuids)
        if (!exists(QStringLiteral("mp_partners"), partner)) problems << tr("A partner of the programme does not exist.");
    if (p.budget < 0) problems << tr("The budget cannot be negative.");
    const auto stageList = stages();
    const auto stage = std::find_if(stageList.begin(), stageList.end(), [&](const Stage &s) { return s.uuid == p.stageUuid; });
    if (stage == stageList.end()) {
        problems << tr("Choose the programme's stage.");
    } else if (p.startYear || p.endYear) {
        if (p.startYear > p.endYear) problems << tr("The start year %1 is after the end year %2.").arg(p.startYear).arg(p.endYear);
        else if (!stage->contains(p.startYear) || !stage->contains(p.endYear))
            problems << tr("The years %1–%2 lie outside the stage %3 (%4–%5).")
                            .arg(p.startYear).arg(p.endYear).arg(stage->nameId).arg(stage->firstYear).arg(stage->lastYear);
    }
    if (!p.geometryWkt.isEmpty()) {
        if (GeoPackageGeometry::fromWkt(p.geometryWkt).isEmpty()) problems << tr("The programme's site is not a valid geometry.");
        else if (!nearPurbalingga(p.geometryWkt)) problems << tr("The programme's site lies far outside Kabupaten Purbalingga.");
    }
    if (!p.code.trimmed().isEmpty() &&
        m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_programmes WHERE code = ?1 AND uuid <> ?2"), {p.code.trimmed(), p.uuid}).toInt() > 0)
        problems << tr("Another programme already has the code %1.").arg(p.code.trimmed());
    for (const Activity &a : p.activities) {
        if (a.name.trimmed().isEmpty()) problems << tr("Every activity needs a name.");
        if (a.budget < 0) problems << tr("The budget of activity \"%1\" cannot be negative.").arg(a.name);
        if (a.startYear && a.endYear && a.startYear > a.endYear)
            problems << tr("Activity \"%1\" starts after it ends.").arg(a.name);
        if (p.startYear && p.endYear && ((a.startYear && a.startYear < p.startYear) || (a.endYear && a.endYear > p.endYear)))
            problems << tr("Activity \"%1\" lies outside the programme's years %2–%3.").arg(a.name).arg(p.startYear).arg(p.endYear);
    }
    return problems;
}

QStringList MasterPlanStore::validate(const Asset &a)
{
    QStringList problems;
    if (a.code.trimmed().isEmpty()) problems << tr("The asset code is required.");
    if (a.name.trimmed().isEmpty()) problems << tr("The asset name is required.");
    if (!MasterPlanVocabulary::assetTypes().contains(a.type)) problems << tr("Unknown asset type \"%1\".").arg(a.type);
    if (!a.condition.isEmpty() && !MasterPlanVocabulary::conditions().contains(a.condition))
        problems << tr("Unknown condition \"%1\" (use baik, rusak_ringan or rusak_berat).").arg(a.condition);
    if (!a.opdUuid.isEmpty() && !exists(QStringLiteral("mp_opd"), a.opdUuid)) problems << tr("The owner OPD does not exist.");
    if (!a.programmeUuid.isEmpty() && !exists(QStringLiteral("mp_programmes"), a.programmeUuid))
        problems << tr("The programme this asset serves does not exist.");
    const QString kind = geometryKind(a.geometryWkt);
    if (a.geometryWkt.trimmed().isEmpty()) {
        if (a.type != QLatin1String("application")) problems << tr("Place the asset on the map (a point, or a line for a fibre route).");
    } else if (GeoPackageGeometry::fromWkt(a.geometryWkt).isEmpty()) {
        problems << tr("The asset's location is not a valid geometry.");
    } else if (!kind.startsWith(QLatin1String("POINT")) && !kind.startsWith(QLatin1String("LINESTRING")) &&
               !kind.startsWith(QLatin1String("MULTIPOINT")) && !kind.startsWith(QLatin1String("MULTILINESTRING"))) {
        problems << tr("An asset is a point or a line, not a %1.").arg(kind.toLower());
    } else if (!nearPurbalingga(a.geometryWkt)) {
        problems << tr("The asset lies far outside Kabupaten Purbalingga.");
    }
    if (!a.code.trimmed().isEmpty() &&
        m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_assets WHERE code = ?1 AND uuid <> ?2"), {a.code.trimmed(), a.uuid}).toInt() > 0)
        problems << tr("Another asset already has the code %1.").arg(a.code.trimmed());
    return problems;
}

bool MasterPlanStore::write(const QString &sql, const QVariantList &params)
{
    if (inTransaction()) return m_db->exec(sql, params);
    // A single statement is its own transaction, so its audit entries are sealed with it.
    begin();
    if (!m_db->exec(sql, params)) {
        rollback();
        return false;
    }
    return commit();
}

bool MasterPlanStore::begin()
{
    if (m_depth++ > 0) return true;
    return m_db->begin();
}

bool MasterPlanStore::commit()
{
    if (m_depth == 0) return false;
    if (--m_depth > 0) return true;
    if (!isServer()) AuditChain::seal(m_sqlite);   // the edit's entries are sealed with it (the server keeps its own log)
    return m_db->exec(QStringLiteral("COMMIT"));
}

void MasterPlanStore::rollback()
{
    if (m_depth == 0) return;
    m_depth = 0;
    m_db->exec(QStringLiteral("ROLLBACK"));
}

bool MasterPlanStore::save(Programme &p, QString *error)
{
    m_conflictingProgramme.reset();
    const QStringList problems = validate(p);
    if (!problems.isEmpty()) {
        if (error) *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (p.uuid.isEmpty()) p.uuid = MasterPlanSchema::newUuid();
    const bool update = exists(QStringLiteral("mp_programmes"), p.uuid);
    const QVariant geom = geometryValue(p.geometryWkt);
    const QVariantList values = {p.uuid, p.code.trimmed(), p.name.trimmed(), p.pillarUuid,
                                 p.subElementUuid.isEmpty() ? QVariant() : QVariant(p.subElementUuid), p.stageUuid,
                                 p.horizon.isEmpty() ? QVariant() : QVariant(p.horizon), p.status,
                                 p.opdUuid.isEmpty() ? QVariant() : QVariant(p.opdUuid), p.funding.isEmpty() ? QVariant() : QVariant(p.funding),
                                 p.budget, p.startYear ? QVariant(p.startYear) : QVariant(), p.endYear ? QVariant(p.endYear) : QVariant(),
                                 p.kecamatanCodes.join(QLatin1Char(',')), p.desaCodes.join(QLatin1Char(',')), geom, p.description,
                                 p.sample ? 1 : 0};
    begin();
    bool ok = update ? m_db->exec(QStringLiteral("UPDATE mp_programmes SET code=?2, name=?3, pillar_uuid=?4, sub_element_uuid=?5, "
                                                "stage_uuid=?6, horizon=?7, status=?8, opd_uuid=?9, funding=?10, budget=?11, "
                                                "start_year=?12, end_year=?13, kecamatan_codes=?14, desa_codes=?15, geom=%1, "
                                                "description=?17, is_sample=?18 WHERE uuid=?1%2")
                                                 .arg(geometryParameter(16), versionCheck(p.rowVersion, 19)),
                                  p.rowVersion > 0 && isServer() ? values + QVariantList{p.rowVersion} : values)
                     : m_db->exec(QStringLiteral("INSERT INTO mp_programmes(uuid, code, name, pillar_uuid, sub_element_uuid, stage_uuid, "
                                                "horizon, status, opd_uuid, funding, budget, start_year, end_year, kecamatan_codes, "
                                                "desa_codes, geom, description, is_sample) "
                                                "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,%1,?17,?18)").arg(geometryParameter(16)), values);
    if (ok && update && m_db->changedRows() == 0) {
        // Someone else saved the programme since it was read: nothing of this save is written.
        rollback();
        m_conflictingProgramme = programme(p.uuid);
        if (m_conflictingProgramme && m_conflictingProgramme->rowVersion == p.rowVersion) {
            // Unchanged, yet not updated: row-level security hid it from this role's writes.
                    if (error) *error = tr("Your role on the server may change only the programmes of your own OPD; programme %1 belongs to another.").arg(p.code);
            return false;
        }
        if (error) *error = m_conflictingProgramme ? conflictMessage(*m_conflictingProgramme, p)
                                                   : tr("Someone else removed programme %1 while you edited it.").arg(p.code);
        return false;
    }
    // Partners: replace the set, keeping rows that stay so the audit log shows only real changes.
    ok = ok && m_db->exec(QStringLiteral("DELETE FROM mp_programme_partners WHERE programme_uuid = ?1 AND partner_uuid NOT IN "
                                        "(%1)").arg(listValues(2)),
                         {p.uuid, QStringLiteral("[\"%1\"]").arg(p.partnerUuids.join(QStringLiteral("\",\"")))});
    for (const QString &partner : p.partnerUuids)
        ok = ok && m_db->exec(QStringLiteral("INSERT INTO mp_programme_partners(uuid, programme_uuid, partner_uuid) VALUES (?1,?2,?3) ON CONFLICT DO NOTHING"),
                             {MasterPlanSchema::newUuid(), p.uuid, partner});
    // Activities: the programme's list is the truth; rows keep their uuids across saves.
    QStringList keep;
    for (Activity &a : p.activities) {
        if (a.uuid.isEmpty()) a.uuid = MasterPlanSchema::newUuid();
        a.programmeUuid = p.uuid;
        keep << a.uuid;
        ok = ok && m_db->exec(QStringLiteral("INSERT INTO mp_activities(uuid, programme_uuid, name, start_year, end_year, budget, description) "
                                            "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(uuid) DO UPDATE SET name=excluded.name, "
                                            "start_year=excluded.start_year, end_year=excluded.end_year, budget=excluded.budget, "
                                            "description=excluded.description"),
                             {a.uuid, p.uuid, a.name.trimmed(), a.startYear ? QVariant(a.startYear) : QVariant(),
                              a.endYear ? QVariant(a.endYear) : QVariant(), a.budget, a.description});
    }
    ok = ok && m_db->exec(QStringLiteral("DELETE FROM mp_activities WHERE programme_uuid = ?1 AND uuid NOT IN (%1)").arg(listValues(2)),
                         {p.uuid, QStringLiteral("[\"%1\"]").arg(keep.join(QStringLiteral("\",\"")))});
    return finishVersionedSave(ok, QStringLiteral("mp_programmes"), p.uuid, p.rowVersion, error);
}

bool MasterPlanStore::save(Asset &a, QString *error)
{
    m_conflictingAsset.reset();
    const QStringList problems = validate(a);
    if (!problems.isEmpty()) {
        if (error) *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (a.uuid.isEmpty()) a.uuid = MasterPlanSchema::newUuid();
    const bool update = exists(QStringLiteral("mp_assets"), a.uuid);
    const QVariantList values = {a.uuid, a.code.trimmed(), a.name.trimmed(), a.type, a.opdUuid.isEmpty() ? QVariant() : QVariant(a.opdUuid),
                                 a.installDate.isValid() ? QVariant(a.installDate.toString(Qt::ISODate)) : QVariant(),
                                 a.condition.isEmpty() ? QVariant() : QVariant(a.condition),
                                 a.programmeUuid.isEmpty() ? QVariant() : QVariant(a.programmeUuid),
                                 a.kecamatanCode, a.desaCode,
                                 geometryValue(a.geometryWkt), a.notes,
                                 a.sample ? 1 : 0};
    begin();
    bool ok = update ? m_db->exec(QStringLiteral("UPDATE mp_assets SET code=?2, name=?3, type=?4, opd_uuid=?5, install_date=?6, "
                                                 "condition=?7, programme_uuid=?8, kecamatan_code=?9, desa_code=?10, geom=%1, "
                                                 "notes=?12, is_sample=?13 WHERE uuid=?1%2").arg(geometryParameter(11), versionCheck(a.rowVersion, 14)),
                                  a.rowVersion > 0 && isServer() ? values + QVariantList{a.rowVersion} : values)
                     : m_db->exec(QStringLiteral("INSERT INTO mp_assets(uuid, code, name, type, opd_uuid, install_date, condition, "
                                                 "programme_uuid, kecamatan_code, desa_code, geom, notes, is_sample) "
                                                 "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,%1,?12,?13)").arg(geometryParameter(11)), values);
    if (ok && update && m_db->changedRows() == 0) {
        rollback();
        const auto theirs = asset(a.uuid);
        if (theirs && theirs->rowVersion == a.rowVersion) {
            if (error) *error = tr("Your role on the server may change only the assets of your own OPD; asset %1 belongs to another.").arg(a.code);
            return false;
        }
        m_conflictingAsset = theirs;
        if (error) *error = theirs ? conflictMessage(*theirs, a) : tr("Someone else removed asset %1 while you edited it.").arg(a.code);
        return false;
    }
    return finishVersionedSave(ok, QStringLiteral("mp_assets"), a.uuid, a.rowVersion, error);
}

bool MasterPlanStore::savePillar(Pillar &pillar, QString *error)
{
    if (pillar.code.trimmed().isEmpty() || pillar.nameId.trimmed().isEmpty()) {
        if (error) *error = tr("A pillar needs a code and an Indonesian name.");
        return false;
    }
    if (pillar.uuid.isEmpty()) pillar.uuid = MasterPlanSchema::newUuid();
    const QVariantList values = {pillar.uuid, pillar.code.trimmed(), pillar.nameId.trimmed(), pillar.nameEn.trimmed(),
                                 pillar.color.name(), pillar.position};
    const bool ok = exists(QStringLiteral("mp_pillars"), pillar.uuid)
        ? m_db->exec(QStringLiteral("UPDATE mp_pillars SET code=?2, name_id=?3, name_en=?4, color=?5, position=?6 WHERE uuid=?1"), values)
        : m_db->exec(QStringLiteral("INSERT INTO mp_pillars(uuid, code, name_id, name_en, color, position) VALUES (?1,?2,?3,?4,?5,?6)"), values);
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::saveOpd(Opd &opd, QString *error)
{
    if (opd.code.trimmed().isEmpty() || opd.name.trimmed().isEmpty()) {
        if (error) *error = tr("An OPD needs a code and a name.");
        return false;
    }
    if (opd.uuid.isEmpty()) opd.uuid = MasterPlanSchema::newUuid();
    const bool ok = write(QStringLiteral("INSERT INTO mp_opd(uuid, code, name, short_name) VALUES (?1,?2,?3,?4) "
                                             "ON CONFLICT(uuid) DO UPDATE SET code=excluded.code, name=excluded.name, short_name=excluded.short_name"),
                              {opd.uuid, opd.code.trimmed(), opd.name.trimmed(), opd.shortName.trimmed()});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::savePartner(Partner &partner, QString *error)
{
    if (partner.code.trimmed().isEmpty() || partner.name.trimmed().isEmpty()) {
        if (error) *error = tr("A partner needs a code and a name.");
        return false;
    }
    if (partner.uuid.isEmpty()) partner.uuid = MasterPlanSchema::newUuid();
    const bool ok = write(QStringLiteral("INSERT INTO mp_partners(uuid, code, name, kind) VALUES (?1,?2,?3,?4) "
                                             "ON CONFLICT(uuid) DO UPDATE SET code=excluded.code, name=excluded.name, kind=excluded.kind"),
                              {partner.uuid, partner.code.trimmed(), partner.name.trimmed(), partner.kind.trimmed()});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::removeProgramme(const QString &uuid, QString *error)
{
    // Assets that served it stay in the inventory, no longer linked. Its indicators and their
    // realisations are kept, so undoing the delete brings the programme back whole.
    begin();
    const bool ok = m_db->exec(QStringLiteral("UPDATE mp_assets SET programme_uuid = NULL WHERE programme_uuid = ?1"), {uuid}) &&
                    m_db->exec(QStringLiteral("DELETE FROM mp_programme_partners WHERE programme_uuid = ?1"), {uuid}) &&
                    m_db->exec(QStringLiteral("DELETE FROM mp_activities WHERE programme_uuid = ?1"), {uuid}) &&

                    m_db->exec(QStringLiteral("DELETE FROM mp_programmes WHERE uuid = ?1"), {uuid});
    if (!ok) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    return commit();
}

bool MasterPlanStore::removePillar(const QString &uuid, QString *error)
{
    if (m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_programmes WHERE pillar_uuid = ?1"), {uuid}).toInt() > 0) {
        if (error) *error = tr("The pillar still has programmes; move them to another pillar first.");
        return false;
    }
    begin();
    const bool ok = m_db->exec(QStringLiteral("DELETE FROM mp_sub_elements WHERE pillar_uuid = ?1"), {uuid}) &&
                    m_db->exec(QStringLiteral("DELETE FROM mp_pillars WHERE uuid = ?1"), {uuid});
    if (!ok) {
        if (error) *error = m_db->lastError();
        rollback();
        return false;
    }
    return commit();
}

bool MasterPlanStore::removeOpd(const QString &uuid, QString *error)
{
    if (m_db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM mp_programmes WHERE opd_uuid = ?1) + "
                                   "(SELECT count(*) FROM mp_assets WHERE opd_uuid = ?1)"), {uuid}).toInt() > 0) {
        if (error) *error = tr("The OPD is still responsible for programmes or assets.");
        return false;
    }
    const bool ok = write(QStringLiteral("DELETE FROM mp_opd WHERE uuid = ?1"), {uuid});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::removePartner(const QString &uuid, QString *error)
{
    if (m_db->scalar(QStringLiteral("SELECT count(*) FROM mp_programme_partners WHERE partner_uuid = ?1"), {uuid}).toInt() > 0) {
        if (error) *error = tr("The partner still takes part in programmes.");
        return false;
    }
    const bool ok = write(QStringLiteral("DELETE FROM mp_partners WHERE uuid = ?1"), {uuid});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

bool MasterPlanStore::removeAsset(const QString &uuid, QString *error)
{
    const bool ok = write(QStringLiteral("DELETE FROM mp_assets WHERE uuid = ?1"), {uuid});
    if (!ok && error) *error = m_db->lastError();
    return ok;
}

}
