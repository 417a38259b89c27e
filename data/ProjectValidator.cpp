#include "ProjectValidator.h"

#include "AuditChain.h"

#include "GeoPackageGeometry.h"
#include "GdalSupport.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "ProjectFile.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace pilar {

QJsonObject ProjectValidator::Report::toJson() const
{
    QJsonArray list, noteList;
    for (const Problem &p : problems)
        list.append(QJsonObject{{QStringLiteral("table"), p.table}, {QStringLiteral("row"), p.row}, {QStringLiteral("message"), p.message}});
    for (const Problem &p : notes)
        noteList.append(QJsonObject{{QStringLiteral("table"), p.table}, {QStringLiteral("row"), p.row}, {QStringLiteral("message"), p.message}});
    return {{QStringLiteral("path"), path}, {QStringLiteral("schemaVersion"), schemaVersion}, {QStringLiteral("programmes"), programmes},
            {QStringLiteral("assets"), assets}, {QStringLiteral("ok"), ok()}, {QStringLiteral("problems"), list}, {QStringLiteral("notes"), noteList}};
}

QString ProjectValidator::Report::toText() const
{
    QString out = tr("Project: %1\nFormat version: %2\nProgrammes: %3, assets: %4\n")
                      .arg(QDir::toNativeSeparators(path)).arg(schemaVersion).arg(programmes).arg(assets);
    auto list = [&](const QVector<Problem> &items) {
        for (const Problem &p : items)
            out += QStringLiteral("  [%1%2] %3\n").arg(p.table, p.row.isEmpty() ? QString() : QStringLiteral(" ") + p.row, p.message);
    };
    if (problems.isEmpty()) {
        out += tr("No problems found.") + QLatin1Char('\n');
    } else {
        out += tr("%n problem(s):", nullptr, int(problems.size())) + QLatin1Char('\n');
        list(problems);
    }
    if (!notes.isEmpty()) {
        out += tr("%n note(s):", nullptr, int(notes.size())) + QLatin1Char('\n');
        list(notes);
    }
    return out;
}

ProjectValidator::Report ProjectValidator::validate(const QString &path)
{
    Report report;
    report.path = path;
    auto problem = [&](const QString &table, const QString &row, const QString &message) { report.problems.push_back({table, row, message}); };
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        problem(QString(), QString(), tr("%1: file not found.").arg(name));
        return report;
    }
    gdal::ensureInitialized();
    gdal::resetError();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || QString::fromLatin1(ds->GetDriverName()) != QLatin1String("GPKG")) {
        problem(QString(), QString(), tr("%1 is not a GeoPackage that GDAL can open (%2).").arg(name, gdal::lastErrorMessage()));
        return report;
    }
    ds.reset();
    SqliteDatabase db;
    if (!db.open(path, true)) {
        problem(QString(), QString(), db.lastError());
        return report;
    }
    const QString integrity = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok")) problem(QString(), QString(), tr("The database is damaged: %1").arg(integrity));
    if (!db.tableExists(QStringLiteral("pilar_project"))) {
        problem(QString(), QString(), tr("%1 is a GeoPackage but not a Pilar project.").arg(name));
        return report;
    }
    report.schemaVersion = db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'schema_version'")).toInt();
    if (report.schemaVersion > ProjectFile::kSchemaVersion)
        problem(QString(), QString(), tr("The project format %1 is newer than this Pilar reads (%2).").arg(report.schemaVersion).arg(ProjectFile::kSchemaVersion));
    else if (report.schemaVersion < ProjectFile::kSchemaVersion)
        problem(QString(), QString(), tr("The project format %1 is older than the current %2; open it in Pilar to upgrade it.")
                                          .arg(report.schemaVersion).arg(ProjectFile::kSchemaVersion));
    for (const QString &table : MasterPlanSchema::tables()) {
        if (!db.tableExists(table)) { problem(table, QString(), tr("The table is missing.")); continue; }
        if (db.scalar(QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE table_name = ?1"), {table}).toInt() == 0)
            problem(table, QString(), tr("The table is not registered in gpkg_contents, so GIS programs will not list it."));
    }
    if (!report.problems.isEmpty() && !db.tableExists(QStringLiteral("mp_programmes")))
        return report;

    // The audit log's hash chain: an entry changed, removed or slipped in breaks it.
    if (db.tableExists(QStringLiteral("mp_audit_log"))) {
        QString reason;
        if (AuditChain::firstBroken(db, &reason) >= 0)
            problem(QStringLiteral("mp_audit_log"), QString(), tr("The audit log was altered outside Pilar: %1.").arg(reason));
    }

    // Orphaned references: a row pointing at a uuid that no longer exists.
    for (const MasterPlanSchema::Reference &r : MasterPlanSchema::references()) {
        if (r.progress) continue;
        QList<QVariantList> rows;
        const bool hasCode = r.table != QLatin1String("mp_programme_partners") && r.table != QLatin1String("mp_activities");
        db.query(QStringLiteral("SELECT %1, %2 FROM %3 t WHERE %2 IS NOT NULL AND %2 <> '' AND %2 NOT IN (SELECT uuid FROM %4)")
                     .arg(hasCode ? QStringLiteral("code") : QStringLiteral("uuid"), r.column, r.table, r.target), {}, rows);
        for (const auto &row : rows)
            problem(r.table, row[0].toString(), tr("%1 refers to a row of %2 that does not exist.").arg(r.column, r.target));
        if (!r.optional) {
            db.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IS NULL OR %3 = ''")
                         .arg(hasCode ? QStringLiteral("code") : QStringLiteral("uuid"), r.table, r.column), {}, rows);
            for (const auto &row : rows) problem(r.table, row[0].toString(), tr("%1 is empty.").arg(r.column));
        }
    }
    // Progress data: targets and values must belong to an indicator. Indicators and budget rows
    // of a deleted programme are kept while the deletion can be undone: a note, not a fault.
    for (const MasterPlanSchema::Reference &r : MasterPlanSchema::references()) {
        if (!r.progress) continue;
        if (!db.tableExists(r.table)) continue;
        QList<QVariantList> rows;
        const QString label = r.table == QLatin1String("mp_indicators") ? QStringLiteral("name") : QStringLiteral("uuid");
        db.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IS NULL OR %3 NOT IN (SELECT uuid FROM %4)")
                     .arg(label, r.table, r.column, r.target), {}, rows);
        for (const auto &row : rows) {
            if (r.optional)
                report.notes.push_back({r.table, row[0].toString(),
                                        tr("belongs to a programme that was deleted; kept so the deletion can be undone, and left out of every figure.")});
            else
                problem(r.table, row[0].toString(),
                        tr("%1 refers to a row of %2 that does not exist.").arg(r.column, r.target));
        }
    }
    db.close();

    // Every row against the editors' rules, and geometries against GEOS validity.
    MasterPlanStore store;
    QString error;
    if (!store.open(path, &error)) {
        problem(QString(), QString(), error);
        return report;
    }
    auto checkGeometry = [&](const QString &table, const QString &code, const QString &wkt) {
        if (wkt.isEmpty()) return;
        OGRGeometry *g = nullptr;
        const QByteArray text = wkt.toUtf8();
        if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g) == OGRERR_NONE && g) {
            if (!g->IsValid()) problem(table, code, tr("The geometry is invalid (for example, it crosses itself)."));
            OGRGeometryFactory::destroyGeometry(g);
        }
    };
    const auto programmes = store.programmes();
    report.programmes = programmes.size();
    for (const Programme &p : programmes) {
        for (const QString &m : store.validate(p)) problem(QStringLiteral("mp_programmes"), p.code, m);
        checkGeometry(QStringLiteral("mp_programmes"), p.code, p.geometryWkt);
    }
    const auto assets = store.assets();
    report.assets = assets.size();
    for (const Asset &a : assets) {
        for (const QString &m : store.validate(a)) problem(QStringLiteral("mp_assets"), a.code, m);
        checkGeometry(QStringLiteral("mp_assets"), a.code, a.geometryWkt);
    }
    return report;
}

}
