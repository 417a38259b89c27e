// A project at the scale of a whole province's inventory (issue 8): 100,000 assets and
// 1,000,000 realisation entries added to the demo regency, then the work a planner does on it —
// open, read the plan, the dashboard's roll-ups (per pillar, stage, OPD, kecamatan), the trend,
// validate, and the progress and asset reports. Prints the time and peak memory of each step.
//   pilar-bench-load [ASSETS] [REALISATIONS]
#include "AssetListDocument.h"
#include "DemoProject.h"
#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "MasterPlanSnapshot.h"
#include "MasterPlanStore.h"
#include "ProgressReport.h"
#include "ProgressReportDocument.h"
#include "ProjectValidator.h"
#include "SqliteDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include "PeakMemory.h"

using namespace pilar;
using pilar::bench::peakMiB;
using pilar::bench::resetPeak;

namespace {

QTextStream out(stdout);

template <typename F> void step(const QString &name, F &&work)
{
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const QString detail = work();
    out << QStringLiteral("%1  %2 ms  peak %3 MiB  %4\n").arg(name, -34).arg(timer.elapsed(), 7).arg(peakMiB(), 5).arg(detail);
    out.flush();
}

// Adds the rows in one transaction, as an import would (the audit triggers run for each row).
bool grow(const QString &project, int assets, int realisations, QString *error)
{
    MasterPlanStore store;
    if (!store.open(project, error)) return false;
    SqliteDatabase &db = store.database();
    const QStringList kecamatan = store.kecamatanCodes();
    QStringList indicators, programmes;
    for (const Indicator &i : store.indicators()) indicators << i.uuid;
    for (const Programme &p : store.programmes()) programmes << p.uuid;
    QRandomGenerator random(8);
    static const char *types[] = {"cctv", "wifi", "tower", "kiosk", "street_light", "sensor"};
    static const char *conditions[] = {"baik", "rusak_ringan", "rusak_berat"};
    SqliteDatabase::Transaction tx(db);
    for (int i = 0; i < assets; ++i) {
        const double lon = 109.2 + random.bounded(0.45), lat = -7.5 + random.bounded(0.35);
        if (!db.exec(QStringLiteral("INSERT INTO mp_assets(uuid, geom, code, name, type, condition, programme_uuid, kecamatan_code) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                     {MasterPlanSchema::newUuid(), GeoPackageGeometry::fromWkt(QStringLiteral("POINT (%1 %2)").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6)),
                      QStringLiteral("LOAD-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("Aset uji %1").arg(i),
                      QString::fromLatin1(types[i % 6]), QString::fromLatin1(conditions[i % 3]), programmes[i % programmes.size()],
                      kecamatan[i % kecamatan.size()]})) {
            *error = db.lastError();
            return false;
        }
    }
    const QDate first(2019, 1, 1);
    for (int i = 0; i < realisations; ++i) {
        if (!db.exec(QStringLiteral("INSERT INTO mp_realisations(uuid, indicator_uuid, value, date, kecamatan_code, source_document, entered_by) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, 'e-Monev', 'bench')"),
                     {MasterPlanSchema::newUuid(), indicators[i % indicators.size()], double(random.bounded(1000)) / 10.0,
                      first.addDays(random.bounded(5 * 365)).toString(Qt::ISODate), kecamatan[(i / indicators.size()) % kecamatan.size()]})) {
            *error = db.lastError();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);   // reports lay out text
    const int assets = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int realisations = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1000000;
    const QString dir = QDir::currentPath() + QStringLiteral("/bench/out/load");
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/province.gpkg");
    QString error;
    out << QStringLiteral("Load bench: the demo regency + %1 assets + %2 realisations\n").arg(assets).arg(realisations);

    // Made once and kept: the growth takes minutes and is not what is measured.
    const QString stamp = project + QStringLiteral(".%1-%2").arg(assets).arg(realisations);
    if (!QFile::exists(stamp)) {
        QFile::remove(project);
        step(QStringLiteral("make the project (once)"), [&] {
            if (!DemoProject::create(project, &error) || !grow(project, assets, realisations, &error)) return QString(QStringLiteral("FAILED: ") + error);
            MasterPlanStore seal;   // the audit chain takes in the new entries
            seal.open(project, &error);
            QFile(stamp).open(QIODevice::WriteOnly);
            return QStringLiteral("%1 MB").arg(QFileInfo(project).size() / 1e6, 0, 'f', 0);
        });
    }

    MasterPlanStore store;
    step(QStringLiteral("open the project"), [&] { return store.open(project, &error) ? QString() : error; });
    step(QStringLiteral("read the realisations"), [&] { return QStringLiteral("%1").arg(store.realisations().size()); });
    step(QStringLiteral("read the indicators"), [&] { return QStringLiteral("%1").arg(store.indicators().size()); });
    MasterPlanSnapshot plan;
    step(QStringLiteral("read the whole plan"), [&] {
        plan = MasterPlanSnapshot::read(store);
        return QStringLiteral("%1 programmes, %2 realisations").arg(plan.programmes.size()).arg(plan.realisations.size());
    });
    const QDate at(2023, 12, 31);
    for (const auto &groupBy : {std::pair{ProgressReport::GroupBy::Pillar, "pillar"}, std::pair{ProgressReport::GroupBy::Stage, "stage"},
                                std::pair{ProgressReport::GroupBy::Opd, "OPD"}, std::pair{ProgressReport::GroupBy::Kecamatan, "kecamatan"}})
        step(QStringLiteral("roll-up per %1").arg(QLatin1String(groupBy.second)), [&] {
            const auto report = ProgressReport::compute(plan, at, groupBy.first);
            return QStringLiteral("%1 groups").arg(report.groups.size());
        });
    step(QStringLiteral("trend per pillar, 2019-2023"), [&] {
        return QStringLiteral("%1 points").arg(ProgressReport::trend(plan, at, ProgressReport::GroupBy::Pillar).size());
    });
    step(QStringLiteral("validate"), [&] {
        const auto report = ProjectValidator::validate(project);
        return report.ok() ? QStringLiteral("no problems") : QStringLiteral("%1 problems").arg(report.problems.size());
    });
    step(QStringLiteral("progress report (PDF)"), [&] {
        ProgressReportDocument::Options options;
        options.projectPath = project;
        options.output = dir + QStringLiteral("/progress.pdf");
        options.at = at;
        const auto result = ProgressReportDocument::write(options);
        return result.ok ? QStringLiteral("%1 pages").arg(result.pages) : result.error;
    });
    step(QStringLiteral("read the asset inventory"), [&] { return QStringLiteral("%1 assets").arg(store.assets().size()); });
    step(QStringLiteral("asset inventory, one kecamatan (PDF)"), [&] {
        AssetListDocument::Options options;
        options.projectPath = project;
        options.output = dir + QStringLiteral("/assets.pdf");
        options.kecamatanCodes = {QStringLiteral("33.03.05")};
        const auto result = AssetListDocument::write(options);
        return result.ok ? QStringLiteral("%1 pages").arg(result.pages) : result.error;
    });
    return 0;
}
