#include "ServerSchema.h"

#include "MasterPlanSchema.h"
#include "PostgresDatabase.h"

#include <QRegularExpression>

namespace pilar {

namespace {

const char *kFunctions = R"SQL(
CREATE OR REPLACE FUNCTION pilar_audit_values(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT (j - 'fid' - 'row_version' - 'base_value' - 'office_value' - 'field_value' - 'resolved_value' - 'field_row')
    || CASE WHEN j ? 'attachment' THEN jsonb_build_object('attachment', (length(j->>'attachment') - 2) / 2) ELSE '{}'::jsonb END
    || CASE WHEN j ? 'data' THEN jsonb_build_object('data', (length(j->>'data') - 2) / 2) ELSE '{}'::jsonb END
$$;
CREATE OR REPLACE FUNCTION pilar_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  old_values jsonb;
  new_values jsonb;
  row_uuid text;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_values := pilar_audit_values(to_jsonb(OLD)); row_uuid := OLD.uuid; END IF;
  IF TG_OP <> 'DELETE' THEN new_values := pilar_audit_values(to_jsonb(NEW)); row_uuid := NEW.uuid; END IF;
  INSERT INTO mp_audit_log(user_name, client_name, table_name, row_uuid, action, old_values, new_values)
  VALUES (session_user, nullif(current_setting('pilar.user_name', true), ''), TG_TABLE_NAME, row_uuid, lower(TG_OP),
          old_values::text, new_values::text);
  PERFORM pg_notify('pilar_changes', TG_TABLE_NAME || ' ' || row_uuid);
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION pilar_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.row_version := OLD.row_version + 1;
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION pilar_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log cannot be changed or emptied' USING ERRCODE = '42501';
END $$;
CREATE TABLE IF NOT EXISTS pilar_opd_editors (role_name text NOT NULL, opd_uuid text NOT NULL, PRIMARY KEY (role_name, opd_uuid));
CREATE OR REPLACE FUNCTION pilar_may_edit_opd(opd text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT pg_has_role(session_user, 'pilar_admin', 'MEMBER')
      OR EXISTS (SELECT 1 FROM pilar_opd_editors WHERE role_name = session_user AND opd_uuid = opd)
$$;
)SQL";

// Made once the plan's tables exist (a SQL function's body is checked when it is created).
const char *kDetailRules = R"SQL(
-- A programme's or asset's details follow their row's OPD. A detail whose row is gone may be
-- cleaned up by anyone who edits (the store deletes a programme's details with it).
CREATE OR REPLACE FUNCTION pilar_may_edit_programme(p text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM mp_programmes WHERE uuid = p) THEN true
              ELSE pilar_may_edit_opd((SELECT opd_uuid FROM mp_programmes WHERE uuid = p)) END
$$;
CREATE OR REPLACE FUNCTION pilar_may_edit_indicator(i text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT pilar_may_edit_programme((SELECT programme_uuid FROM mp_indicators WHERE uuid = i))
$$;
CREATE OR REPLACE FUNCTION pilar_may_edit_asset(a text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM mp_assets WHERE uuid = a) THEN true
              ELSE pilar_may_edit_opd((SELECT opd_uuid FROM mp_assets WHERE uuid = a)) END
$$;
CREATE OR REPLACE FUNCTION pilar_may_edit_inspection(i text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT pilar_may_edit_asset((SELECT asset_uuid FROM mp_inspections WHERE uuid = i))
$$;
)SQL";

const char *kRoles = R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilar_viewer') THEN CREATE ROLE pilar_viewer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilar_editor') THEN CREATE ROLE pilar_editor NOLOGIN IN ROLE pilar_viewer; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilar_admin') THEN CREATE ROLE pilar_admin NOLOGIN IN ROLE pilar_editor; END IF;
END $$;
)SQL";

}

QList<std::pair<QString, QString>> ServerSchema::opdRules()
{
    return {{QStringLiteral("mp_programmes"), QStringLiteral("pilar_may_edit_opd(opd_uuid)")},
            {QStringLiteral("mp_assets"), QStringLiteral("pilar_may_edit_opd(opd_uuid)")},
            {QStringLiteral("mp_activities"), QStringLiteral("pilar_may_edit_programme(programme_uuid)")},
            {QStringLiteral("mp_programme_partners"), QStringLiteral("pilar_may_edit_programme(programme_uuid)")},
            {QStringLiteral("mp_budget_realisations"), QStringLiteral("pilar_may_edit_programme(programme_uuid)")},
            {QStringLiteral("mp_indicators"), QStringLiteral("pilar_may_edit_programme(programme_uuid)")},
            {QStringLiteral("mp_indicator_targets"), QStringLiteral("pilar_may_edit_indicator(indicator_uuid)")},
            {QStringLiteral("mp_realisations"), QStringLiteral("pilar_may_edit_indicator(indicator_uuid)")},
            {QStringLiteral("mp_inspections"), QStringLiteral("pilar_may_edit_asset(asset_uuid)")},
            {QStringLiteral("mp_inspection_photos"), QStringLiteral("pilar_may_edit_inspection(inspection_uuid)")}};
}

QString ServerSchema::translateColumns(const QString &sqliteColumns)
{
    // SQLite's INTEGER is 64-bit (budgets in rupiah pass 2^31); BLOBs are bytea.
    QString out = sqliteColumns;
    static const QList<std::pair<QRegularExpression, QString>> words = {
        {QRegularExpression(QStringLiteral("\\bGEOMETRY\\b")), QStringLiteral("geometry(Geometry, 4326)")},
        {QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("bigint")},
        {QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("double precision")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("bytea")},
    };
    for (const auto &[pattern, replacement] : words) out.replace(pattern, replacement);
    return out;
}

bool ServerSchema::create(PostgresDatabase &db, bool withDefaultLists)
{
    bool ok = db.exec(QStringLiteral(
        "CREATE EXTENSION IF NOT EXISTS postgis;"
        "CREATE TABLE IF NOT EXISTS pilar_project (fid bigserial PRIMARY KEY, key text NOT NULL UNIQUE, value text);"
        "CREATE TABLE IF NOT EXISTS pilar_layers (fid bigserial PRIMARY KEY, layer_id text NOT NULL UNIQUE, position bigint NOT NULL, "
        "  name text NOT NULL, kind text NOT NULL, source text, source_layer text, crs text, visible bigint NOT NULL DEFAULT 1, "
        "  opacity double precision NOT NULL DEFAULT 1, style text);"
        "CREATE TABLE IF NOT EXISTS mp_audit_log (fid bigserial PRIMARY KEY, "
        "  time text NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "  user_name text, client_name text, table_name text NOT NULL, row_uuid text, "
        "  action text NOT NULL CHECK (action IN ('insert','update','delete')), old_values text, new_values text);"));
    ok = ok && db.exec(QString::fromUtf8(kFunctions)) && db.exec(QString::fromUtf8(kRoles));
    QStringList tables;
    for (const QString &table : MasterPlanSchema::tables()) {
        tables << table;
        ok = ok && db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (fid bigserial PRIMARY KEY, uuid text NOT NULL UNIQUE, "
                                          "row_version bigint NOT NULL DEFAULT 1, %2)")
                               .arg(table, translateColumns(MasterPlanSchema::columnDefinitions(table))));
        ok = ok && db.exec(QStringLiteral("COMMENT ON TABLE %1 IS '%2';"
                                          "CREATE OR REPLACE TRIGGER %1_row_version BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION pilar_row_version();"
                                          "CREATE OR REPLACE TRIGGER %1_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION pilar_audit();")
                               .arg(table, MasterPlanSchema::description(table)));
        if (MasterPlanSchema::isFeatureTable(table))
            ok = ok && db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_geom ON %1 USING gist (geom)").arg(table));
    }
    // Field packages out, their check-ins and the conflicts waiting for review (as SyncSchema
    // keeps them in a GeoPackage; a conflict's values are tagged text, see SyncOffice).
    ok = ok && db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS pilar_sync_packages (fid bigserial PRIMARY KEY, uuid text NOT NULL UNIQUE, officer text, laptop text, "
        "  kecamatan_codes text, snapshot text, checked_out_at text, file_name text, last_checkin_at text);"
        "CREATE TABLE IF NOT EXISTS pilar_sync_checkins (fid bigserial PRIMARY KEY, uuid text NOT NULL UNIQUE, package_uuid text NOT NULL, "
        "  changes_sha256 text NOT NULL, checked_in_at text NOT NULL, officer text, laptop text, inserted bigint NOT NULL DEFAULT 0, "
        "  updated bigint NOT NULL DEFAULT 0, deleted bigint NOT NULL DEFAULT 0, conflicts bigint NOT NULL DEFAULT 0, "
        "  UNIQUE (package_uuid, changes_sha256));"
        "CREATE TABLE IF NOT EXISTS pilar_sync_conflicts (fid bigserial PRIMARY KEY, uuid text NOT NULL UNIQUE, package_uuid text NOT NULL, "
        "  checkin_uuid text NOT NULL, table_name text NOT NULL, row_uuid text NOT NULL, column_name text, kind text NOT NULL "
        "  CHECK (kind IN ('edited_both','deleted_in_office','deleted_in_field','duplicate_code','missing_reference')), "
        "  base_value text, office_value text, field_value text, field_row text, officer text, laptop text, created_at text NOT NULL, "
        "  resolved_at text, resolution text CHECK (resolution IS NULL OR resolution IN ('office','field','edited')), resolved_by text, "
        "  resolved_value text);"
        "CREATE INDEX IF NOT EXISTS pilar_sync_conflicts_open ON pilar_sync_conflicts (resolved_at, table_name, row_uuid);"
        "CREATE OR REPLACE TRIGGER pilar_sync_conflicts_audit AFTER INSERT OR UPDATE OR DELETE ON pilar_sync_conflicts "
        "  FOR EACH ROW EXECUTE FUNCTION pilar_audit();"));
    ok = ok && db.exec(QString::fromUtf8(kDetailRules));
    // Lookups the store makes on every read and save.
    ok = ok && db.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS mp_realisations_indicator ON mp_realisations (indicator_uuid);"
        "CREATE INDEX IF NOT EXISTS mp_indicator_targets_indicator ON mp_indicator_targets (indicator_uuid);"
        "CREATE INDEX IF NOT EXISTS mp_audit_log_row ON mp_audit_log (row_uuid);"
        "CREATE OR REPLACE TRIGGER mp_audit_log_append_only BEFORE UPDATE OR DELETE ON mp_audit_log FOR EACH ROW EXECUTE FUNCTION pilar_audit_refuse();"
        "CREATE OR REPLACE TRIGGER mp_audit_log_no_truncate BEFORE TRUNCATE ON mp_audit_log FOR EACH STATEMENT EXECUTE FUNCTION pilar_audit_refuse();"));
    // Who may do what: the log only through the triggers, the plan by editors, settings by admins.
    const QString plan = tables.join(QStringLiteral(", "));
    ok = ok && db.exec(QStringLiteral(
        "REVOKE ALL ON mp_audit_log, pilar_opd_editors, pilar_project, pilar_layers, %1, %2 FROM PUBLIC;"
        "GRANT USAGE ON SCHEMA public TO pilar_viewer;"
        "GRANT SELECT ON mp_audit_log, pilar_project, pilar_layers, pilar_opd_editors, spatial_ref_sys, %1, %2 TO pilar_viewer;"
        "GRANT INSERT, UPDATE, DELETE ON %1 TO pilar_editor;"
        "GRANT INSERT, UPDATE ON %2 TO pilar_editor;"
        "GRANT INSERT, UPDATE ON pilar_project TO pilar_editor;"
        "GRANT INSERT, UPDATE, DELETE ON pilar_layers TO pilar_editor;"
        "GRANT INSERT, UPDATE, DELETE ON pilar_opd_editors TO pilar_admin;"
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO pilar_editor;")
                           .arg(plan, QStringLiteral("pilar_sync_packages, pilar_sync_checkins, pilar_sync_conflicts")));
    // The key that signs field packages is for those who may check them in, not for viewers.
    ok = ok && db.exec(QStringLiteral(
        "ALTER TABLE pilar_project ENABLE ROW LEVEL SECURITY;"
        "DROP POLICY IF EXISTS pilar_project_read ON pilar_project; CREATE POLICY pilar_project_read ON pilar_project FOR SELECT "
        "  USING (key <> 'sync_key' OR pg_has_role(session_user, 'pilar_editor', 'MEMBER'));"
        "DROP POLICY IF EXISTS pilar_project_add ON pilar_project; CREATE POLICY pilar_project_add ON pilar_project FOR INSERT WITH CHECK (true);"
        "DROP POLICY IF EXISTS pilar_project_change ON pilar_project; CREATE POLICY pilar_project_change ON pilar_project FOR UPDATE "
        "  USING (true) WITH CHECK (true);"));
    for (const auto &[table, rule] : opdRules())
        ok = ok && db.exec(QStringLiteral(
            "DROP POLICY IF EXISTS %1_read ON %1; CREATE POLICY %1_read ON %1 FOR SELECT USING (true);"
            "DROP POLICY IF EXISTS %1_own_opd ON %1; CREATE POLICY %1_own_opd ON %1 FOR ALL "
            "  USING (%2) WITH CHECK (%2);").arg(table, rule));
    return ok && (!withDefaultLists || MasterPlanSchema::insertDefaults(db));
}

bool ServerSchema::allowEditorForOpd(PostgresDatabase &db, const QString &role, const QString &opdCode)
{
    return db.exec(QStringLiteral("INSERT INTO pilar_opd_editors(role_name, opd_uuid) SELECT ?1, uuid FROM mp_opd WHERE code = ?2 "
                                  "ON CONFLICT DO NOTHING"), {role, opdCode});
}

bool ServerSchema::restrictEditorsToTheirOpd(PostgresDatabase &db, bool restrict)
{
    const QString mode = restrict ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE");
    bool ok = true;
    for (const auto &[table, rule] : opdRules()) ok = ok && db.exec(QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY").arg(table, mode));
    return ok;
}

}
