// The project GeoPackage: save → reopen restores everything; it stays a valid GeoPackage.
#include "Classification.h"
#include "DemoProject.h"
#include "LayerLoader.h"
#include "MasterPlanStore.h"
#include "Project.h"
#include "ProjectFile.h"
#include "SqliteDatabase.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <gdal_priv.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using test::TestData;

class TestProject : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &n) const { return m_dir.filePath(n); }

    std::shared_ptr<Layer> loadOne(const QString &file, const QString &layer = QString())
    {
        LayerLoader::Options o;
        o.layerName = layer;
        auto r = LayerLoader::load(file, o);
        return r.layers.empty() ? nullptr : r.layers.front();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("data")));
        QVERIFY(TestData::writeVector(path(QStringLiteral("data/aset.gpkg")), QStringLiteral("GPKG"), QStringLiteral("aset"), 4326,
                                      {QStringLiteral("jenis:str"), QStringLiteral("nilai:int")},
                                      {{QStringLiteral("POINT (109.36 -7.39)"), {QStringLiteral("CCTV"), QStringLiteral("5")}},
                                       {QStringLiteral("POINT (109.30 -7.26)"), {QStringLiteral("WiFi"), QStringLiteral("9")}}}));
        QVERIFY(TestData::writeVector(path(QStringLiteral("data/jalan.shp")), QStringLiteral("ESRI Shapefile"), QStringLiteral("jalan"), 32749,
                                      {QStringLiteral("nama:str")},
                                      {{QStringLiteral("LINESTRING (310000 9180000, 320000 9190000)"), {QStringLiteral("Jl. Jend. Sudirman")}}}));
        QFile::remove(path(QStringLiteral("data/jalan.prj"))); // the user will have to choose its CRS
    }

    void saveAndReopenRestoresEverything()
    {
        Project project;
        project.setTitle(QStringLiteral("Rencana Induk 2023"));
        project.setCrs(Crs::fromEpsg(23835));
        auto aset = std::static_pointer_cast<VectorLayer>(loadOne(path(QStringLiteral("data/aset.gpkg"))));
        auto jalan = loadOne(path(QStringLiteral("data/jalan.shp")));
        QVERIFY(aset && jalan);
        QVERIFY(jalan->crsMissing());
        jalan->setCrs(Crs::fromEpsg(32749)); // what the user chose in the CRS dialog
        VectorStyle style;
        style.kind = StyleKind::Categorized;
        style.field = QStringLiteral("jenis");
        style.categories = Classification::categorize(*aset->data(), style.field, style.symbol);
        style.labels.enabled = true;
        style.labels.field = QStringLiteral("jenis");
        aset->setStyle(style);
        aset->setName(QStringLiteral("Aset TIK"));
        aset->setOpacity(0.7);
        jalan->setVisible(false);
        project.addLayer(jalan);
        project.addLayer(aset);
        project.moveLayer(1, 0); // aset below jalan
        const Extent view(180000, 680000, 190000, 690000);
        project.setViewExtent(view);

        const QString file = path(QStringLiteral("rencana.gpkg"));
        QString error;
        QVERIFY2(ProjectFile::save(project, file, &error), qPrintable(error));
        QVERIFY(!project.isModified());
        QCOMPARE(project.filePath(), QFileInfo(file).absoluteFilePath());

        auto loaded = ProjectFile::load(file);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
        Project &p = *loaded.project;
        QCOMPARE(p.title(), QStringLiteral("Rencana Induk 2023"));
        QCOMPARE(p.id(), project.id());
        QCOMPARE(p.crs().authId(), QStringLiteral("EPSG:23835"));
        QCOMPARE(p.viewExtent().toString(3), view.toString(3));
        QCOMPARE(int(p.layers().size()), 2);
        const auto l0 = std::static_pointer_cast<VectorLayer>(p.layers()[0]);
        QCOMPARE(l0->name(), QStringLiteral("Aset TIK"));
        QCOMPARE(l0->id(), aset->id());
        QCOMPARE(l0->style(), aset->style());
        QCOMPARE(l0->opacity(), 0.7);
        QCOMPARE(l0->featureCount(), std::size_t(2));
        const auto l1 = p.layers()[1];
        QVERIFY(!l1->isVisible());
        QCOMPARE(l1->crs().authId(), QStringLiteral("EPSG:32749"));

        // Layers are referenced by relative path, so the folder can move as a whole.
        SqliteDatabase db;
        QVERIFY(db.open(file, true));
        QCOMPARE(db.scalar(QStringLiteral("SELECT source FROM pilar_layers WHERE position = 0")).toString(),
                 QStringLiteral("data/aset.gpkg"));
    }

    void isAValidGeoPackage()
    {
        const QString file = path(QStringLiteral("rencana.gpkg"));
        GDALDatasetUniquePtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        QCOMPARE(QString::fromLatin1(ds->GetDriverName()), QStringLiteral("GPKG"));
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty()) QSKIP("ogrinfo is not installed");
        QProcess proc;
        proc.start(ogrinfo, {QStringLiteral("-so"), file});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY(proc.readAllStandardOutput().contains("pilar_layers"));
    }

    void demoProjectAndSaveAsCarriesEmbeddedLayers()
    {
        const QString demo = path(QStringLiteral("demo.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(demo, &error), qPrintable(error));
        auto loaded = ProjectFile::load(demo);
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        Project &p = *loaded.project;
        QCOMPARE(p.crs().authId(), QStringLiteral("EPSG:32749"));
        QCOMPARE(int(p.layers().size()), 5); // desa, kecamatan, kabupaten, sample assets, sample programmes
        const auto desa = std::static_pointer_cast<VectorLayer>(p.layers()[0]);
        const auto kec = std::static_pointer_cast<VectorLayer>(p.layers()[1]);
        QCOMPARE(desa->featureCount(), std::size_t(239));
        QCOMPARE(kec->featureCount(), std::size_t(18));
        QVERIFY(kec->style().labels.enabled);
        QVERIFY(p.viewExtent().isValid());

        // Save As elsewhere: the boundaries inside the project travel with it.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("copy")));
        const QString copy = path(QStringLiteral("copy/salinan.gpkg"));
        QVERIFY2(ProjectFile::save(p, copy, &error), qPrintable(error));
        QVERIFY(QFile::remove(demo));
        auto reopened = ProjectFile::load(copy);
        QVERIFY2(reopened.project, qPrintable(reopened.error));
        QVERIFY2(reopened.warnings.isEmpty(), qPrintable(reopened.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(int(reopened.project->layers().size()), 5);
        QCOMPARE(reopened.project->layers()[0]->sourcePath(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".saving")));
    }

    void editsInTheWriteAheadLogTravelWithSaveAs()
    {
        const QString demo = path(QStringLiteral("wal.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(demo, &error), qPrintable(error));
        auto loaded = ProjectFile::load(demo);
        QVERIFY2(loaded.project, qPrintable(loaded.error));

        // An edit committed while the project stays open sits in the write-ahead log, not yet in the file.
        MasterPlanStore store;
        QVERIFY2(store.open(demo, &error), qPrintable(error));
        QCOMPARE(store.database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        Opd opd{QString(), QStringLiteral("9.99"), QStringLiteral("Dinas Uji Ketahanan"), QStringLiteral("DUK")};
        QVERIFY2(store.saveOpd(opd, &error), qPrintable(error));
        QVERIFY(QFileInfo(demo + QStringLiteral("-wal")).size() > 0);

        // A reader is not held up by a writer in the middle of a transaction, and sees the last commit.
        SqliteDatabase::Transaction writing(store.database());
        QVERIFY(store.database().exec(QStringLiteral("UPDATE mp_opd SET name = 'belum disimpan' WHERE code = '9.99'")));
        SqliteDatabase reader;
        QVERIFY(reader.open(demo, true));
        QCOMPARE(reader.scalar(QStringLiteral("SELECT name FROM mp_opd WHERE code = '9.99'")).toString(), QStringLiteral("Dinas Uji Ketahanan"));

        // Save As copies through SQLite: the committed edit goes along, the open transaction does not.
        const QString copy = path(QStringLiteral("wal-copy.gpkg"));
        QVERIFY2(ProjectFile::save(*loaded.project, copy, &error), qPrintable(error));
        SqliteDatabase copied;
        QVERIFY(copied.open(copy, true));
        QCOMPARE(copied.scalar(QStringLiteral("SELECT name FROM mp_opd WHERE code = '9.99'")).toString(), QStringLiteral("Dinas Uji Ketahanan"));
    }

    void plainGeoPackageOpensAsProject()
    {
        auto loaded = ProjectFile::load(path(QStringLiteral("data/aset.gpkg")));
        QVERIFY2(loaded.project, qPrintable(loaded.error));
        QCOMPARE(int(loaded.project->layers().size()), 1);
    }

    void newerSchemaIsRefused()
    {
        const QString file = path(QStringLiteral("future.gpkg"));
        QVERIFY(QFile::copy(path(QStringLiteral("rencana.gpkg")), file));
        {
            SqliteDatabase db;
            QVERIFY(db.open(file));
            QVERIFY(db.exec(QStringLiteral("UPDATE pilar_project SET value = '99' WHERE key = 'schema_version'")));
        }
        const QByteArray before = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        auto loaded = ProjectFile::load(file);
        QVERIFY(!loaded.project);
        QVERIFY(loaded.error.contains(QStringLiteral("newer version")));
        QVERIFY(loaded.error.contains(QStringLiteral("future.gpkg")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // refusing did not touch the file
    }

    void missingLayerFileIsAWarningNotAFailure()
    {
        const QString dir = path(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(path(QStringLiteral("rencana.gpkg")), dir + QStringLiteral("/rencana.gpkg")));
        auto loaded = ProjectFile::load(dir + QStringLiteral("/rencana.gpkg"));
        QVERIFY(loaded.project);
        QCOMPARE(int(loaded.project->layers().size()), 0);
        QCOMPARE(loaded.warnings.size(), 2);
        QVERIFY(loaded.warnings.first().contains(QStringLiteral("Aset TIK")));
    }

    void notAProject()
    {
        QVERIFY(TestData::writeText(path(QStringLiteral("palsu.gpkg")), "this is not a database at all, just text"));
        auto loaded = ProjectFile::load(path(QStringLiteral("palsu.gpkg")));
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.error.contains(QStringLiteral("palsu.gpkg")), qPrintable(loaded.error));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
