// Field packages at regency scale: check-out of the whole demo regency and check-in of a
// package with 10,000 changed rows (new assets, edited realisations, and edits the office
// made too). Prints times (median of the runs) and the peak memory of each phase.
#include "CheckIn.h"
#include "DemoProject.h"
#include "FieldChanges.h"
#include "FieldPackage.h"
#include "GeoPackageGeometry.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include "PeakMemory.h"

#include <algorithm>

using namespace pilar;
using pilar::bench::peakMiB;
using pilar::bench::resetPeak;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 3;
    const int newAssets = 7000;
    const QString dir = QDir::currentPath() + QStringLiteral("/bench/out/field");
    QDir().mkpath(dir);
    const QString office = dir + QStringLiteral("/office.gpkg");
    QFile::remove(office);
    QString error;
    if (!DemoProject::create(office, &error)) { out << error << Qt::endl; return 1; }
    QStringList codes;
    {
        MasterPlanStore store;
        store.open(office, &error);
        codes = store.kecamatanCodes();
    }

    QList<double> checkoutMs, diffMs, checkinMs;
    long checkoutPeak = 0, checkinPeak = 0;
    qint64 packageBytes = 0, changeFileBytes = 0;
    int changes = 0, conflicts = 0;
    for (int run = 0; run < runs; ++run) {
        const QString package = dir + QStringLiteral("/regency.gpkg");
        FieldPackage::Options options;
        options.kecamatanCodes = codes;
        options.officer = QStringLiteral("bench");
        options.laptop = QStringLiteral("bench-laptop");
        options.outPath = package;
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const auto result = FieldPackage::checkout(office, options);
        checkoutMs << timer.elapsed();
        checkoutPeak = std::max(checkoutPeak, peakMiB());
        if (!result.ok) { out << result.error << Qt::endl; return 1; }
        packageBytes = result.bytes;

        // Field work: new assets with positions, every realisation re-checked, 300 asset notes.
        {
            SqliteDatabase db;
            db.open(package);
            SqliteDatabase::Transaction tx(db);
            QRandomGenerator random(42 + run);
            for (int i = 0; i < newAssets; ++i)
                db.exec(QStringLiteral("INSERT INTO mp_assets(uuid, code, name, type, kecamatan_code, geom) VALUES (?1,?2,?3,'sensor',?4,?5)"),
                        {MasterPlanSchema::newUuid(), QStringLiteral("FIELD-%1-%2").arg(run).arg(i), QStringLiteral("Sensor %1").arg(i),
                         codes[i % codes.size()],
                         GeoPackageGeometry::fromWkt(QStringLiteral("POINT (%1 %2)").arg(109.2 + random.generateDouble() * 0.5).arg(-7.5 + random.generateDouble() * 0.4))});
            db.exec(QStringLiteral("UPDATE mp_realisations SET source_document = 'diperiksa ulang di lapangan'"));
            db.exec(QStringLiteral("UPDATE mp_assets SET notes = 'dicek petugas' WHERE fid IN (SELECT fid FROM mp_assets WHERE code LIKE 'SAMPEL%' LIMIT 300)"));
            tx.commit();
        }
        // Meanwhile the office edits 50 of the same notes: conflicts to keep.
        const QString officeCopy = dir + QStringLiteral("/office-run.gpkg");
        QFile::remove(officeCopy);
        QFile::copy(office, officeCopy);
        {
            SqliteDatabase db;
            db.open(officeCopy);
            db.exec(QStringLiteral("UPDATE mp_assets SET notes = 'diubah kantor' WHERE fid IN (SELECT fid FROM mp_assets ORDER BY code LIMIT 50)"));
        }
        timer.restart();
        const auto fieldChanges = FieldChanges::fromPackage(package, &error);
        diffMs << timer.elapsed();
        if (!fieldChanges) { out << error << Qt::endl; return 1; }
        changes = int(fieldChanges->pending().size());
        const QString changeFile = dir + QStringLiteral("/regency.pilarchanges");
        fieldChanges->writeFile(changeFile, &error);
        changeFileBytes = QFileInfo(changeFile).size();

        resetPeak();
        timer.restart();
        const auto checkin = CheckIn::apply(officeCopy, package, QStringLiteral("bench"));
        checkinMs << timer.elapsed();
        checkinPeak = std::max(checkinPeak, peakMiB());
        if (!checkin.ok) { out << checkin.error << Qt::endl; return 1; }
        conflicts = checkin.conflicts;
    }
    out << QStringLiteral("field packages (demo regency, %1 kecamatan, %2 runs, median):").arg(codes.size()).arg(runs) << Qt::endl;
    out << QStringLiteral("  check-out of the whole regency: %1 ms, package %2 MB, peak %3 MiB")
               .arg(median(checkoutMs), 0, 'f', 0).arg(double(packageBytes) / 1048576, 0, 'f', 1).arg(checkoutPeak) << Qt::endl;
    out << QStringLiteral("  changes found (session diff): %1 rows in %2 ms; change file %3 kB")
               .arg(changes).arg(median(diffMs), 0, 'f', 0).arg(changeFileBytes / 1024) << Qt::endl;
    out << QStringLiteral("  check-in of %1 changes (reading the package included): %2 ms, %3 conflicts kept, peak %4 MiB")
               .arg(changes).arg(median(checkinMs), 0, 'f', 0).arg(conflicts).arg(checkinPeak) << Qt::endl;
    return 0;
}
