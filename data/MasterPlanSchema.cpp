#include "MasterPlanSchema.h"

#include "SqliteDatabase.h"
#include "SyncSchema.h"
#include "AuditChain.h"
#include "ProjectRoles.h"

#include <QUuid>

namespace pilar {

namespace {

struct TableSpec
{
    const char *name;
    const char *dataType;   // GeoPackage data_type: attributes or features
    const char *description;
    const char *columns;    // after fid and uuid
};

// Columns are plain SQL so QGIS and ogrinfo see ordinary fields. References between
// tables are by UUID, which stays valid when rows travel between copies of a project.
const TableSpec kTables[] = {
    {"mp_pillars", "attributes", "Master plan pillars",
     "code TEXT NOT NULL UNIQUE, name_id TEXT NOT NULL, name_en TEXT, color TEXT, position INTEGER NOT NULL DEFAULT 0"},
    {"mp_sub_elements", "attributes", "Sub-elements of the pillars",
     "pillar_uuid TEXT NOT NULL, code TEXT NOT NULL UNIQUE, name_id TEXT NOT NULL, name_en TEXT, position INTEGER NOT NULL DEFAULT 0"},
    {"mp_stages", "attributes", "Stages of the master plan",
     "code TEXT NOT NULL UNIQUE, name_id TEXT NOT NULL, name_en TEXT, first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
     "position INTEGER NOT NULL DEFAULT 0, CHECK (first_year <= last_year)"},
    {"mp_opd", "attributes", "Regional agencies (OPD)",
     "code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, short_name TEXT"},
    {"mp_partners", "attributes", "Partners (mitra)",
     "code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT"},
    {"mp_programmes", "features", "Master plan programmes",
     "geom GEOMETRY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, pillar_uuid TEXT NOT NULL, sub_element_uuid TEXT, "
     "stage_uuid TEXT NOT NULL, horizon TEXT, status TEXT NOT NULL CHECK (status IN ('diperkuat','ditambahkan')), "
     "opd_uuid TEXT, funding TEXT, budget INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0), start_year INTEGER, end_year INTEGER, "
     "kecamatan_codes TEXT, desa_codes TEXT, description TEXT, is_sample INTEGER NOT NULL DEFAULT 0"},
    {"mp_programme_partners", "attributes", "Partners of each programme",
     "programme_uuid TEXT NOT NULL, partner_uuid TEXT NOT NULL, UNIQUE (programme_uuid, partner_uuid)"},
    {"mp_activities", "attributes", "Activities (kegiatan) of the programmes",
     "programme_uuid TEXT NOT NULL, name TEXT NOT NULL, start_year INTEGER, end_year INTEGER, "
     "budget INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0), description TEXT"},
    {"mp_indicators", "attributes", "Success indicators of the programmes",
     "programme_uuid TEXT NOT NULL, name TEXT NOT NULL, unit TEXT, direction TEXT NOT NULL DEFAULT 'higher' "
     "CHECK (direction IN ('higher','lower')), baseline_value REAL NOT NULL DEFAULT 0, baseline_year INTEGER, "
     "weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0), is_sample INTEGER NOT NULL DEFAULT 0"},
    {"mp_indicator_targets", "attributes", "Yearly targets of the indicators",
     "indicator_uuid TEXT NOT NULL, year INTEGER NOT NULL, kecamatan_code TEXT NOT NULL DEFAULT '', target REAL NOT NULL, "
     "UNIQUE (indicator_uuid, year, kecamatan_code)"},
    {"mp_realisations", "attributes", "Realised values of the indicators (realisasi)",
     "indicator_uuid TEXT NOT NULL, value REAL NOT NULL, date TEXT NOT NULL, kecamatan_code TEXT NOT NULL DEFAULT '', "
     "source_document TEXT, attachment_name TEXT, attachment BLOB, entered_by TEXT"},
    {"mp_budget_realisations", "attributes", "Planned and realised budget per programme and year",
     "programme_uuid TEXT NOT NULL, year INTEGER NOT NULL, planned INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0), "
     "realised INTEGER NOT NULL DEFAULT 0 CHECK (realised >= 0), UNIQUE (programme_uuid, year)"},
    {"mp_assets", "features", "ICT asset inventory",
     "geom GEOMETRY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, opd_uuid TEXT, install_date TEXT, "
     "condition TEXT CHECK (condition IS NULL OR condition IN ('baik','rusak_ringan','rusak_berat')), programme_uuid TEXT, "
     "kecamatan_code TEXT, desa_code TEXT, notes TEXT, is_sample INTEGER NOT NULL DEFAULT 0"},
    {"mp_inspections", "features", "Field inspections of the assets",
     "geom GEOMETRY, asset_uuid TEXT NOT NULL, inspected_at TEXT NOT NULL, officer TEXT NOT NULL, "
     "condition TEXT NOT NULL CHECK (condition IN ('baik','rusak_ringan','rusak_berat')), note TEXT, "
     "position_source TEXT CHECK (position_source IS NULL OR position_source IN ('typed','map','gps'))"},
    {"mp_inspection_photos", "attributes", "Photos taken at the inspections",
     "inspection_uuid TEXT NOT NULL, file_name TEXT NOT NULL, data BLOB NOT NULL"},
};

QStringList columnNames(const char *columns)
{
    // Split the definition at top-level commas (CHECK (... , ...) holds commas of its own).
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : QString::fromLatin1(columns)) {
        if (c == QLatin1Char('(')) ++depth;
        if (c == QLatin1Char(')')) --depth;
        if (c == QLatin1Char(',') && depth == 0) { parts << current; current.clear(); }
        else current += c;
    }
    parts << current;
    QStringList names;
    for (const QString &part : parts) {
        const QString name = part.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty() && name != QLatin1String("CHECK") && name != QLatin1String("UNIQUE")) names << name;
    }
    return names;
}

}

QStringList MasterPlanSchema::tables()
{
    QStringList out;
    for (const auto &t : kTables) out << QString::fromLatin1(t.name);
    return out;
}

QStringList MasterPlanSchema::columns(const QString &table)
{
    for (const auto &t : kTables)
        if (table == QLatin1String(t.name)) return QStringList{QStringLiteral("uuid")} + columnNames(t.columns);
    return {};
}

QString MasterPlanSchema::columnDefinitions(const QString &table)
{
    for (const auto &t : kTables)
        if (table == QLatin1String(t.name)) return QString::fromLatin1(t.columns);
    return {};
}

bool MasterPlanSchema::isFeatureTable(const QString &table)
{
    for (const auto &t : kTables)
        if (table == QLatin1String(t.name)) return qstrcmp(t.dataType, "features") == 0;
    return false;
}

QString MasterPlanSchema::description(const QString &table)
{
    for (const auto &t : kTables)
        if (table == QLatin1String(t.name)) return QString::fromLatin1(t.description);
    return {};
}

QString MasterPlanSchema::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString MasterPlanSchema::defaultUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("pilar") : user;
}

bool MasterPlanSchema::setUserName(SqliteDatabase &db, const QString &userName)
{
    return db.exec(QStringLiteral("INSERT INTO pilar_session(id, user_name) VALUES (1, ?1) "
                                  "ON CONFLICT(id) DO UPDATE SET user_name = excluded.user_name"), {userName});
}

bool MasterPlanSchema::create(SqliteDatabase &db)
{
    bool ok = db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS pilar_session (id INTEGER PRIMARY KEY CHECK (id = 1), user_name TEXT);"
        "CREATE TABLE IF NOT EXISTS mp_audit_log (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
        "  time TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), user_name TEXT, table_name TEXT NOT NULL, "
        "  row_uuid TEXT, action TEXT NOT NULL CHECK (action IN ('insert','update','delete')), old_values TEXT, new_values TEXT);"
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES "
        "  ('mp_audit_log', 'attributes', 'mp_audit_log', 'Audit log of every edit', strftime('%Y-%m-%dT%H:%M:%fZ','now'));"
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES "
        "  ('pilar_session', 'attributes', 'pilar_session', 'Who is editing (for the audit log)', strftime('%Y-%m-%dT%H:%M:%fZ','now'));"));
    ok = ok && setUserName(db, defaultUserName());
    for (const auto &t : kTables) {
        const QString name = QString::fromLatin1(t.name);
        ok = ok && db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                                          "uuid TEXT NOT NULL UNIQUE, %2)").arg(name, QString::fromLatin1(t.columns)));
        const bool features = qstrcmp(t.dataType, "features") == 0;
        ok = ok && db.exec(QStringLiteral("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
                                          "last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?1, ?2, ?1, ?3, "
                                          "strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?4, ?5, ?6, ?7, ?8)"),
                           {name, QString::fromLatin1(t.dataType), QString::fromLatin1(t.description),
                            features ? QVariant(109.0) : QVariant(), features ? QVariant(-7.7) : QVariant(),
                            features ? QVariant(109.8) : QVariant(), features ? QVariant(-7.0) : QVariant(),
                            features ? QVariant(4326) : QVariant()});
        if (features)
            ok = ok && db.exec(QStringLiteral("INSERT OR IGNORE INTO gpkg_geometry_columns (table_name, column_name, "
                                              "geometry_type_name, srs_id, z, m) VALUES (?1, 'geom', 'GEOMETRY', 4326, 0, 0)"),
                               {name});
        QStringList columns = columnNames(t.columns);
        columns.prepend(QStringLiteral("uuid"));
        ok = ok && createAuditTriggers(db, name, columns);
    }
    return ok && SyncSchema::create(db) && ProjectRoles::create(db) && AuditChain::protect(db) && insertDefaults(db);
}

bool MasterPlanSchema::createAuditTriggers(SqliteDatabase &db, const QString &table, const QStringList &columns)
{
    auto json = [&](const QString &row) {
        QStringList parts;
        for (const QString &c : columns) {
            // Geometry blobs go in as hex, so nothing about an edit is lost; attachments and photos by size only.
            const QString value = c == QLatin1String("geom")         ? QStringLiteral("hex(%1.%2)").arg(row, c)
                                : c == QLatin1String("attachment") || c == QLatin1String("data")
                                                                     ? QStringLiteral("length(%1.%2)").arg(row, c)
                                                                     : row + QLatin1Char('.') + c;
            parts << QStringLiteral("'%1', %2").arg(c, value);
        }
        return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
    };
    const QString user = QStringLiteral("(SELECT user_name FROM pilar_session WHERE id = 1)");
    return db.exec(QStringLiteral(
        "CREATE TRIGGER IF NOT EXISTS %1_audit_insert AFTER INSERT ON %1 BEGIN "
        "INSERT INTO mp_audit_log(user_name, table_name, row_uuid, action, new_values) VALUES (%2, '%1', NEW.uuid, 'insert', %3); END;"
        "CREATE TRIGGER IF NOT EXISTS %1_audit_update AFTER UPDATE ON %1 BEGIN "
        "INSERT INTO mp_audit_log(user_name, table_name, row_uuid, action, old_values, new_values) "
        "VALUES (%2, '%1', NEW.uuid, 'update', %4, %3); END;"
        "CREATE TRIGGER IF NOT EXISTS %1_audit_delete AFTER DELETE ON %1 BEGIN "
        "INSERT INTO mp_audit_log(user_name, table_name, row_uuid, action, old_values) VALUES (%2, '%1', OLD.uuid, 'delete', %4); END;")
                       .arg(table, user, json(QStringLiteral("NEW")), json(QStringLiteral("OLD"))));
}

bool MasterPlanSchema::insertDefaults(SqlConnection &db)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM mp_pillars")).toInt() > 0)
        return true; // an existing list belongs to the planners: never overwrite it
    struct P { const char *code, *id, *en, *color; std::initializer_list<std::pair<const char *, const char *>> subs; };
    const P pillars[] = {
        {"GOV", "Tata kelola pemerintahan", "Smart Governance", "#1f78b4",
         {{"pelayanan publik", "public services"}, {"birokrasi", "bureaucracy"}, {"kebijakan", "policy"}}},
        {"BRA", "Branding daerah", "Smart Branding", "#e31a1c",
         {{"pariwisata", "tourism"}, {"bisnis", "business"}, {"wajah kota", "city appearance"}}},
        {"ECO", "Ekonomi", "Smart Economy", "#ff7f00",
         {{"industri", "industry"}, {"kesejahteraan", "welfare"}, {"ekosistem transaksi keuangan", "financial transaction ecosystem"}}},
        {"SOC", "Masyarakat", "Smart Society", "#6a3d9a",
         {{"komunitas", "community"}, {"ekosistem belajar", "learning ecosystem"}, {"keamanan", "security"}}},
        {"LIV", "Lingkungan hidup layak", "Smart Living", "#33a02c",
         {{"kesehatan", "health"}, {"transportasi", "transport"}, {"harmoni", "harmony"}}},
        {"ENV", "Lingkungan", "Smart Environment", "#00a6a6",
         {{"proteksi lingkungan", "environmental protection"}, {"pengelolaan sampah/limbah", "waste management"}, {"energi", "energy"}}},
    };
    bool ok = true;
    int position = 0;
    for (const P &p : pillars) {
        const QString uuid = newUuid();
        ok = ok && db.exec(QStringLiteral("INSERT INTO mp_pillars(uuid, code, name_id, name_en, color, position) VALUES (?1,?2,?3,?4,?5,?6)"),
                           {uuid, QString::fromLatin1(p.code), QString::fromUtf8(p.id), QString::fromUtf8(p.en),
                            QString::fromLatin1(p.color), position++});
        int sub = 0;
        for (const auto &[id, en] : p.subs)
            ok = ok && db.exec(QStringLiteral("INSERT INTO mp_sub_elements(uuid, pillar_uuid, code, name_id, name_en, position) "
                                              "VALUES (?1,?2,?3,?4,?5,?6)"),
                               {newUuid(), uuid, QStringLiteral("%1-%2").arg(QString::fromLatin1(p.code)).arg(sub + 1),
                                QString::fromUtf8(id), QString::fromUtf8(en), sub}), ++sub;
    }
    ok = ok && db.exec(QStringLiteral("INSERT INTO mp_stages(uuid, code, name_id, name_en, first_year, last_year, position) VALUES "
                                      "(?1, 'DASAR', 'Tahapan Dasar', 'Basic stage', 2019, 2021, 0), "
                                      "(?2, 'LANJUTAN', 'Tahapan Lanjutan', 'Advanced stage', 2022, 2023, 1)"),
                       {newUuid(), newUuid()});
    const std::pair<const char *, const char *> opds[] = {
        {"DINKOMINFO", "Dinas Komunikasi dan Informatika"},
        {"BAPPELITBANGDA", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"},
        {"DINKES", "Dinas Kesehatan"},
        {"DINDIK", "Dinas Pendidikan"},
        {"DINHUB", "Dinas Perhubungan"},
        {"DLH", "Dinas Lingkungan Hidup"},
        {"DINDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"},
        {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
    };
    for (const auto &[code, name] : opds)
        ok = ok && db.exec(QStringLiteral("INSERT INTO mp_opd(uuid, code, name, short_name) VALUES (?1,?2,?3,?2)"),
                           {newUuid(), QString::fromLatin1(code), QString::fromUtf8(name)});
    const std::tuple<const char *, const char *, const char *> partners[] = {
        {"BNI", "PT Bank Negara Indonesia (Persero) Tbk — BNI 46", "bank"},
        {"TELKOM", "PT Telkom Indonesia", "telco"},
        {"UNSOED", "Universitas Jenderal Soedirman", "university"},
    };
    for (const auto &[code, name, kind] : partners)
        ok = ok && db.exec(QStringLiteral("INSERT INTO mp_partners(uuid, code, name, kind) VALUES (?1,?2,?3,?4)"),
                           {newUuid(), QString::fromLatin1(code), QString::fromUtf8(name), QString::fromLatin1(kind)});
    return ok;
}

const QVector<MasterPlanSchema::Reference> &MasterPlanSchema::references()
{
    static const QVector<Reference> refs = {
        {QStringLiteral("mp_sub_elements"), QStringLiteral("pillar_uuid"), QStringLiteral("mp_pillars"), false},
        {QStringLiteral("mp_programmes"), QStringLiteral("pillar_uuid"), QStringLiteral("mp_pillars"), false},
        {QStringLiteral("mp_programmes"), QStringLiteral("stage_uuid"), QStringLiteral("mp_stages"), false},
        {QStringLiteral("mp_programmes"), QStringLiteral("sub_element_uuid"), QStringLiteral("mp_sub_elements"), true},
        {QStringLiteral("mp_programmes"), QStringLiteral("opd_uuid"), QStringLiteral("mp_opd"), true},
        {QStringLiteral("mp_assets"), QStringLiteral("opd_uuid"), QStringLiteral("mp_opd"), true},
        {QStringLiteral("mp_assets"), QStringLiteral("programme_uuid"), QStringLiteral("mp_programmes"), true},
        {QStringLiteral("mp_programme_partners"), QStringLiteral("programme_uuid"), QStringLiteral("mp_programmes"), false},
        {QStringLiteral("mp_programme_partners"), QStringLiteral("partner_uuid"), QStringLiteral("mp_partners"), false},
        {QStringLiteral("mp_activities"), QStringLiteral("programme_uuid"), QStringLiteral("mp_programmes"), false},
        {QStringLiteral("mp_indicator_targets"), QStringLiteral("indicator_uuid"), QStringLiteral("mp_indicators"), false, true},
        {QStringLiteral("mp_realisations"), QStringLiteral("indicator_uuid"), QStringLiteral("mp_indicators"), false, true},
        {QStringLiteral("mp_indicators"), QStringLiteral("programme_uuid"), QStringLiteral("mp_programmes"), true, true},
        {QStringLiteral("mp_budget_realisations"), QStringLiteral("programme_uuid"), QStringLiteral("mp_programmes"), true, true},
    };
    return refs;
}

}
