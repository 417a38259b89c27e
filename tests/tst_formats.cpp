// Every format the foundation promises, written by GDAL in the test and loaded back.
#include "AttributeColumn.h"
#include "GdalSupport.h"
#include "LayerLoader.h"
#include "RasterLayer.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pilar;
using test::TestData;
using test::TestFeature;

namespace {
const std::vector<TestFeature> kPoints = {
    {QStringLiteral("POINT (109.3634 -7.3886)"), {QStringLiteral("Alun-alun"), QStringLiteral("1")}},
    {QStringLiteral("POINT (109.301 -7.263)"), {QStringLiteral("Bobotsari"), QStringLiteral("2")}},
    {QStringLiteral("POINT (109.322 -7.468)"), {QStringLiteral("Kemangkon"), QStringLiteral("3")}},
};
const QStringList kPointFields = {QStringLiteral("name:str"), QStringLiteral("rank:int")};

int gradient(int band, int x, int y) { return band == 1 ? x * 4 : band == 2 ? y * 4 : 128; }
int classes(int, int x, int) { return 1 + (x / 22) % 3; }
}

class TestFormats : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static std::shared_ptr<VectorLayer> onlyVector(const LayerLoader::Result &r)
    {
        if (r.layers.size() != 1 || r.layers.front()->type() != LayerType::Vector) return nullptr;
        return std::static_pointer_cast<VectorLayer>(r.layers.front());
    }

    // The same features with the same geometry, vertex for vertex (attributes aside).
    static void compareGeometry(const VectorData &a, const VectorData &b)
    {
        QCOMPARE(a.fids, b.fids);
        QCOMPARE(a.kinds, b.kinds);
        QCOMPARE(a.coords, b.coords);
        QCOMPARE(a.origins, b.origins);
        QCOMPARE(a.partStart, b.partStart);
        QCOMPARE(a.featurePart, b.featurePart);
        QCOMPARE(a.extent.toString(), b.extent.toString());
    }

    // A new, empty GeoPackage at `file`.
    static GDALDatasetUniquePtr newGeoPackage(const QString &file)
    {
        gdal::ensureInitialized();
        return GDALDatasetUniquePtr(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }

    static void checkPoints(const std::shared_ptr<VectorLayer> &layer, const QString &crs)
    {
        QVERIFY(layer);
        QCOMPARE(layer->featureCount(), std::size_t(3));
        QCOMPARE(layer->crs().authId(), crs);
        QCOMPARE(layer->data()->dominantKind(), GeometryKind::Point);
        const int name = layer->data()->fieldIndex(QStringLiteral("name"));
        QVERIFY(name >= 0);
        QCOMPARE(layer->data()->attribute(1, name).toString(), QStringLiteral("Bobotsari"));
        const Extent e = layer->extent();
        QVERIFY(std::abs(e.xMin - 109.301) < 1e-6 && std::abs(e.yMax + 7.263) < 1e-6);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void geoPackageWithSeveralLayers()
    {
        const QString file = path(QStringLiteral("several.gpkg"));
        QVERIFY(TestData::writeVector(file, QStringLiteral("GPKG"), QStringLiteral("sites"), 4326, kPointFields, kPoints));
        QVERIFY(TestData::writeVector(file, QStringLiteral("GPKG"), QStringLiteral("zones"), 32749, {QStringLiteral("code:str")},
                                      {{QStringLiteral("POLYGON ((310000 9180000, 320000 9180000, 320000 9190000, 310000 9190000, 310000 9180000))"),
                                        {QStringLiteral("Z1")}}}, {}, true));
        const auto r = LayerLoader::load(file);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(int(r.layers.size()), 2);
        QCOMPARE(r.layers[0]->name(), QStringLiteral("sites"));
        QCOMPARE(r.layers[1]->name(), QStringLiteral("zones"));
        QCOMPARE(r.layers[1]->crs().authId(), QStringLiteral("EPSG:32749"));
        QCOMPARE(r.layers[1]->sourceLayer(), QStringLiteral("zones"));
        // One layer by name, as a project reference does.
        LayerLoader::Options only;
        only.layerName = QStringLiteral("sites");
        checkPoints(onlyVector(LayerLoader::load(file, only)), QStringLiteral("EPSG:4326"));
    }

    void vectorFormats_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("crs");
        QTest::newRow("Shapefile") << "ESRI Shapefile" << "sites.shp" << "sites" << "EPSG:4326";
        QTest::newRow("GeoJSON") << "GeoJSON" << "sites.geojson" << "sites" << "EPSG:4326";
        QTest::newRow("FlatGeobuf") << "FlatGeobuf" << "sites.fgb" << "sites" << "EPSG:4326";
        QTest::newRow("KML") << "KML" << "sites.kml" << "sites" << "EPSG:4326";
        QTest::newRow("KMZ") << "LIBKML" << "sites.kmz" << "sites" << "EPSG:4326";
    }

    void vectorFormats()
    {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(QString, crs);
        if (!GetGDALDriverManager()->GetDriverByName(driver.toLatin1().constData()))
            QSKIP("GDAL driver not available");
        const QString p = path(file);
        QVERIFY(TestData::writeVector(p, driver, layer, 4326, kPointFields, kPoints));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        checkPoints(onlyVector(r), crs);
    }

    void gpxWaypoints()
    {
        const QString p = path(QStringLiteral("track.gpx"));
        QVERIFY(TestData::writeVector(p, QStringLiteral("GPX"), QStringLiteral("waypoints"), 4326, {QStringLiteral("name:str")},
                                      {{QStringLiteral("POINT (109.3634 -7.3886)"), {QStringLiteral("Alun-alun")}},
                                       {QStringLiteral("POINT (109.301 -7.263)"), {QStringLiteral("Bobotsari")}}}));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(int(r.layers.size()), 1); // the four empty GPX layers are not listed
        const auto layer = std::static_pointer_cast<VectorLayer>(r.layers.front());
        QCOMPARE(layer->featureCount(), std::size_t(2));
        QCOMPARE(layer->crs().authId(), QStringLiteral("EPSG:4326"));
    }

    void csvWithWkt()
    {
        const QString p = path(QStringLiteral("wkt.csv"));
        QVERIFY(TestData::writeText(p, "id,name,WKT\n1,Jalan A,\"LINESTRING (109.30 -7.30, 109.40 -7.35)\"\n"
                                       "2,Jalan B,\"LINESTRING (109.35 -7.40, 109.36 -7.45)\"\n"));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const auto layer = onlyVector(r);
        QVERIFY(layer);
        QCOMPARE(layer->featureCount(), std::size_t(2));
        QCOMPARE(layer->data()->dominantKind(), GeometryKind::Line);
        QVERIFY(layer->data()->fieldIndex(QStringLiteral("WKT")) < 0); // the geometry column is not an attribute
        // A CSV has no CRS: it is flagged, never assumed.
        QVERIFY(layer->crsMissing());
    }

    void csvWithLonLat()
    {
        const QString p = path(QStringLiteral("lonlat.csv"));
        QVERIFY(TestData::writeText(p, "nama,lintang,bujur\nCCTV Alun-alun,-7.3886,109.3634\nWiFi Bobotsari,-7.263,109.301\n"));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const auto layer = onlyVector(r);
        QVERIFY(layer);
        QCOMPARE(layer->featureCount(), std::size_t(2));
        QCOMPARE(layer->data()->dominantKind(), GeometryKind::Point);
        QVERIFY(std::abs(layer->extent().xMax - 109.3634) < 1e-9);
        LayerLoader::Options assign;
        assign.assignCrs = Crs::fromEpsg(4326);
        QCOMPARE(LayerLoader::load(p, assign).layers.front()->crs().authId(), QStringLiteral("EPSG:4326"));
    }

    void geoTiffRgbWithOverviews()
    {
        const QString p = path(QStringLiteral("rgb.tif"));
        QVERIFY(TestData::writeRaster(p, 32749, 64, 64, 3, 310000, 9190000, 100, gradient, true));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(int(r.layers.size()), 1);
        const auto raster = std::static_pointer_cast<RasterLayer>(r.layers.front());
        QCOMPARE(raster->type(), LayerType::Raster);
        QCOMPARE(raster->crs().authId(), QStringLiteral("EPSG:32749"));
        QCOMPARE(raster->style().mode, RasterMode::Rgb);
        QCOMPARE(raster->info().overviewCount, 2);
        QCOMPARE(raster->extent(), Extent(310000, 9183600, 316400, 9190000));
    }

    void geoTiffSingleBandAndPalette()
    {
        const QString grey = path(QStringLiteral("dem.tif"));
        QVERIFY(TestData::writeRaster(grey, 4326, 50, 40, 1, 109.2, -7.1, 0.01, gradient));
        auto r = LayerLoader::load(grey);
        QVERIFY(r.ok());
        auto raster = std::static_pointer_cast<RasterLayer>(r.layers.front());
        QCOMPARE(raster->style().mode, RasterMode::SingleBandRamp);
        QCOMPARE(raster->style().minimum, 0.0);
        QCOMPARE(raster->style().maximum, 196.0); // 49 * 4

        const QString classified = path(QStringLiteral("landuse.tif"));
        QVERIFY(TestData::writeRaster(classified, 4326, 66, 10, 1, 109.2, -7.1, 0.01, classes, false, true));
        r = LayerLoader::load(classified);
        QVERIFY(r.ok());
        raster = std::static_pointer_cast<RasterLayer>(r.layers.front());
        QCOMPARE(raster->style().mode, RasterMode::Palette);
    }

    void geoPackageTilesAndMbtiles()
    {
        const QString src = path(QStringLiteral("web.tif"));
        QVERIFY(TestData::writeRaster(src, 3857, 256, 256, 3, 12160000, -800000, 100, gradient));
        const QString gpkg = path(QStringLiteral("tiles.gpkg"));
        QVERIFY(TestData::translateRaster(src, gpkg, {QStringLiteral("-of"), QStringLiteral("GPKG")}));
        auto r = LayerLoader::load(gpkg);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.layers.front()->type(), LayerType::Raster);
        QCOMPARE(r.layers.front()->crs().authId(), QStringLiteral("EPSG:3857"));

        const QString mbtiles = path(QStringLiteral("tiles.mbtiles"));
        QVERIFY(TestData::translateRaster(src, mbtiles, {QStringLiteral("-of"), QStringLiteral("MBTILES")}));
        r = LayerLoader::load(mbtiles);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.layers.front()->type(), LayerType::Raster);
        QVERIFY(r.layers.front()->extent().isValid());
    }

    // The columnar read (GDAL's Arrow stream) must give exactly what the feature-by-feature
    // read gives: every field type, nulls, multi-parts, curves, empty and impossible geometries.
    void columnarReadMatchesFeatureRead()
    {
        const QString file = path(QStringLiteral("columnar.gpkg"));
        {
            GDALDatasetUniquePtr ds = newGeoPackage(file);
            QVERIFY(ds);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            OGRLayer *layer = ds->CreateLayer("mixed", &srs, wkbUnknown, nullptr);
            OGRFieldDefn i32("lantai", OFTInteger), i64("kode", OFTInteger64), real("luas", OFTReal), text("nama", OFTString),
                date("dibangun", OFTDate), stamp("diperiksa", OFTDateTime), small("ruang", OFTInteger);
            small.SetSubType(OFSTInt16);
            for (OGRFieldDefn *f : {&i32, &i64, &real, &text, &date, &stamp, &small}) layer->CreateField(f);
            const char *wkts[] = {"POINT (109.36 -7.39)", "MULTIPOLYGON (((109.3 -7.3,109.31 -7.3,109.31 -7.31,109.3 -7.3)),((109.4 -7.4,109.41 -7.4,109.41 -7.41,109.4 -7.4)))",
                                  "LINESTRING Z (109.3 -7.3 10,109.32 -7.33 12)", "CIRCULARSTRING (109.3 -7.3,109.31 -7.29,109.32 -7.3)",
                                  nullptr, "POINT (109.3 95.0)", "POLYGON ((109.3 -7.3,109.31 -7.3,109.31 -7.31,109.3 -7.3),(109.302 -7.302,109.305 -7.302,109.305 -7.305,109.302 -7.302))",
                                  "GEOMETRYCOLLECTION (POINT (109.35 -7.35),LINESTRING (109.35 -7.35,109.36 -7.36))"};
            int n = 0;
            for (const char *wkt : wkts) {
                OGRFeature f(layer->GetLayerDefn());
                if (n % 3 != 1) {
                    f.SetField(0, n * 2);
                    f.SetField(1, GIntBig(5000000000LL + n));
                    f.SetField(2, 12.5 * n);
                    f.SetField(3, n % 2 ? "Desa Kalikabong" : "Kantor Dinkominfo");
                    f.SetField(4, 2020 + n, 1 + n, 10);
                    f.SetField(5, 2023, 3, 1 + n, 8, 15, 30.0f, 100);
                    f.SetField(6, 3 * n);
                } // every third row: all fields null
                if (wkt) {
                    OGRGeometry *g = nullptr;
                    QCOMPARE(OGRGeometryFactory::createFromWkt(wkt, &srs, &g), OGRERR_NONE);
                    f.SetGeometryDirectly(g);
                }
                QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
                ++n;
            }
            // GDAL 3.6 streams boolean fields with wrong bits: such a layer must still read right.
            OGRLayer *flags = ds->CreateLayer("flags", &srs, wkbPoint, nullptr);
            OGRFieldDefn flag("aktif", OFTInteger);
            flag.SetSubType(OFSTBoolean);
            flags->CreateField(&flag);
            for (int i = 0; i < 6; ++i) {
                OGRFeature f(flags->GetLayerDefn());
                if (i != 1) f.SetField(0, i % 2);
                OGRPoint pt(109.3, -7.3);
                f.SetGeometry(&pt);
                QCOMPARE(flags->CreateFeature(&f), OGRERR_NONE);
            }
        }
        LayerLoader::Options onlyFlags;
        onlyFlags.layerName = QStringLiteral("flags");
        const auto flags = LayerLoader::load(file, onlyFlags);
        QVERIFY(flags.ok() && flags.layers.size() == 1);
        const VectorData &fd = *std::static_pointer_cast<VectorLayer>(flags.layers.front())->data();
        const QVariantList expectedFlags = {0, QVariant(), 0, 1, 0, 1};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(fd.attribute(i, 0), expectedFlags[i]);
        LayerLoader::Options rowByRow;
        rowByRow.columnar = false;
        LayerLoader::Options columnar;
        columnar.layerName = rowByRow.layerName = QStringLiteral("mixed");
        const auto a = LayerLoader::load(file, columnar), b = LayerLoader::load(file, rowByRow);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.errors.join(QLatin1Char(' '))));
        const VectorData &c = *onlyVector(a)->data(), &r = *onlyVector(b)->data();
        QCOMPARE(a.warnings, b.warnings);  // the impossible point is skipped and reported by both
        QCOMPARE(c.featureCount(), std::size_t(7));
        compareGeometry(c, r);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(c.fields.size(), std::size_t(7));
        for (std::size_t f = 0; f < c.featureCount(); ++f)
            for (std::size_t i = 0; i < c.fields.size(); ++i) {
                const QVariant x = c.attribute(f, i), y = r.attribute(f, i);
                QVERIFY2(x == y && x.typeId() == y.typeId(), qPrintable(QStringLiteral("feature %1 field %2").arg(f).arg(i)));
            }
        QCOMPARE(c.kinds[3], GeometryKind::Line);           // the arc, read as its linear form
        QVERIFY(c.featurePart[4] == c.featurePart[5]);      // no geometry: listed, nothing drawn
        QCOMPARE(c.featurePart[2] - c.featurePart[1], 2u);  // two polygons
    }

    // GDAL streams a layer in batches of a few thousand features: a layer of several batches
    // must come out whole and in order, as the feature-by-feature read gives it.
    void columnarReadJoinsItsBatches()
    {
        const QString file = path(QStringLiteral("batches.gpkg"));
        {
            GDALDatasetUniquePtr ds = newGeoPackage(file);
            QVERIFY(ds);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            OGRLayer *layer = ds->CreateLayer("bangunan", &srs, wkbPolygon, nullptr);
            OGRFieldDefn kind("jenis", OFTString), floors("lantai", OFTInteger);
            layer->CreateField(&kind);
            layer->CreateField(&floors);
            QCOMPARE(layer->StartTransaction(), OGRERR_NONE);
            for (int i = 0; i < 9000; ++i) {
                OGRFeature f(layer->GetLayerDefn());
                f.SetField(0, i % 7 ? "rumah" : "kantor");
                f.SetField(1, i % 4);
                const double x = 109.2 + 0.0004 * (i % 1000), y = -7.5 + 0.0004 * (i / 1000);
                OGRLinearRing ring;
                const int corners = 4 + i % 5;   // features of different sizes across the batches
                for (int c = 0; c < corners; ++c)
                    ring.addPoint(x + 0.0001 * std::cos(c * 2 * M_PI / corners), y + 0.0001 * std::sin(c * 2 * M_PI / corners));
                ring.closeRings();
                OGRPolygon polygon;
                polygon.addRing(&ring);
                f.SetGeometry(&polygon);
                QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
            }
            QCOMPARE(layer->CommitTransaction(), OGRERR_NONE);
        }
        LayerLoader::Options rowByRow;
        rowByRow.columnar = false;
        const auto a = LayerLoader::load(file), b = LayerLoader::load(file, rowByRow);
        QVERIFY(a.ok() && b.ok());
        const VectorData &c = *onlyVector(a)->data(), &r = *onlyVector(b)->data();
        QCOMPARE(c.featureCount(), std::size_t(9000));
        compareGeometry(c, r);
        if (QTest::currentTestFailed()) return;
        for (std::size_t f = 0; f < c.featureCount(); ++f)
            if (c.attribute(f, 0) != r.attribute(f, 0) || c.attribute(f, 1) != r.attribute(f, 1))
                QFAIL(qPrintable(QStringLiteral("feature %1").arg(f)));
        QCOMPARE(c.attribute(8999, 0), QVariant(QStringLiteral("rumah")));
        QCOMPARE(c.attribute(8999, 1), QVariant(3));
    }

    // A caller that draws with no field (pilar-cli render of a file) reads only some fields
    // or none: the same features and geometry, just the fields asked for, by either read.
    void onlyTheFieldsAskedForAreRead()
    {
        const QString file = path(QStringLiteral("columnar.gpkg"));
        QVERIFY2(QFileInfo::exists(file), "columnarReadMatchesFeatureRead writes it");
        LayerLoader::Options all;
        all.layerName = QStringLiteral("mixed");
        const auto full = LayerLoader::load(file, all);
        QVERIFY(full.ok());
        const VectorData &f = *onlyVector(full)->data();
        for (bool columnar : {true, false}) {
            LayerLoader::Options some = all;
            some.columnar = columnar;
            some.fields = QStringList{QStringLiteral("DIPERIKSA"), QStringLiteral("nama"), QStringLiteral("tidak_ada")};
            const auto two = LayerLoader::load(file, some);
            QVERIFY2(two.ok(), qPrintable(two.errors.join(QLatin1Char(' '))));
            const VectorData &t = *onlyVector(two)->data();
            QCOMPARE(t.fields.size(), std::size_t(2));   // in the file's order; a name not in the file is no field
            QCOMPARE(t.fields[0].name, QStringLiteral("nama"));
            QCOMPARE(t.fields[1].name, QStringLiteral("diperiksa"));
            compareGeometry(t, f);
            if (QTest::currentTestFailed()) return;
            QCOMPARE(two.warnings, full.warnings);
            for (std::size_t i = 0; i < t.featureCount(); ++i) {
                QCOMPARE(t.attribute(i, 0), f.attribute(i, 3));
                QCOMPARE(t.attribute(i, 1), f.attribute(i, 5));
            }
            some.fields = QStringList();
            const auto none = LayerLoader::load(file, some);
            QVERIFY(none.ok());
            const VectorData &n = *onlyVector(none)->data();
            QVERIFY(n.fields.empty() && n.columns.empty());
            compareGeometry(n, f);
            if (QTest::currentTestFailed()) return;
        }
        // A boolean field keeps its layer off the columnar read, unless it is not read at all.
        LayerLoader::Options flags;
        flags.layerName = QStringLiteral("flags");
        flags.fields = QStringList();
        const auto noFlags = LayerLoader::load(file, flags);
        QVERIFY(noFlags.ok());
        QCOMPARE(onlyVector(noFlags)->featureCount(), std::size_t(6));
        QVERIFY(onlyVector(noFlags)->data()->fields.empty());
    }

    // Columns store by type but must give back exactly what was put in.
    void attributeColumnsGiveBackWhatWasStored()
    {
        AttributeColumn ints(QMetaType::Int);
        ints.append(5);
        ints.appendNull();
        ints.appendInt(-7);
        QCOMPARE(ints.value(0), QVariant(5));
        QVERIFY(ints.value(1).isNull() && ints.isNull(1));
        QCOMPARE(ints.value(2), QVariant(-7));
        ints.set(1, 9);
        ints.set(0, QVariant());
        QCOMPARE(ints.value(1), QVariant(9));
        QVERIFY(ints.value(0).isNull());
        ints.append(QStringLiteral("tidak ada"));  // a value of another type keeps its type
        QCOMPARE(ints.value(3), QVariant(QStringLiteral("tidak ada")));
        QCOMPARE(ints.value(2), QVariant(-7));
        QCOMPARE(ints.size(), std::size_t(4));

        AttributeColumn texts(QMetaType::QString);
        for (int i = 0; i < 200000; ++i)  // few distinct texts at first, then more than codes hold
            texts.append(i < 1000 ? QVariant(QStringLiteral("jenis %1").arg(i % 3)) : i % 5 == 0 ? QVariant() : QVariant(QStringLiteral("nama %1").arg(i)));
        QCOMPARE(texts.size(), std::size_t(200000));
        QCOMPARE(texts.value(4), QVariant(QStringLiteral("jenis 1")));
        QVERIFY(texts.value(1000).isNull());
        QCOMPARE(texts.value(199999), QVariant(QStringLiteral("nama 199999")));
        texts.set(4, QStringLiteral("diubah"));
        QCOMPARE(texts.value(4), QVariant(QStringLiteral("diubah")));

        AttributeColumn dates(QMetaType::QDate);
        dates.append(QDate(2023, 12, 31));
        dates.appendNull();
        QCOMPARE(dates.value(0), QVariant(QDate(2023, 12, 31)));
        QVERIFY(dates.value(1).isNull());
    }

    void polygonsWithHolesAndMultiparts()
    {
        const QString p = path(QStringLiteral("complex.geojson"));
        QVERIFY(TestData::writeVector(p, QStringLiteral("GeoJSON"), QStringLiteral("complex"), 4326, {QStringLiteral("id:int")},
            {{QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"), {QStringLiteral("1")}},
             {QStringLiteral("MULTIPOLYGON (((20 0, 30 0, 30 10, 20 0)), ((40 0, 50 0, 50 10, 40 0)))"), {QStringLiteral("2")}},
             {QStringLiteral("MULTILINESTRING ((0 20, 10 20), (0 30, 10 30))"), {QStringLiteral("3")}},
             {QString(), {QStringLiteral("4")}}}));
        const auto r = LayerLoader::load(p);
        const auto layer = onlyVector(r);
        QVERIFY(layer);
        const VectorData &d = *layer->data();
        QCOMPARE(d.featureCount(), std::size_t(4));
        QCOMPARE(d.featurePart[1] - d.featurePart[0], 2u); // exterior + hole
        QCOMPARE(d.featurePart[2] - d.featurePart[1], 2u); // two polygons
        QCOMPARE(d.kinds[2], GeometryKind::Line);
        QCOMPARE(d.kinds[3], GeometryKind::None);
        // The label point of the holed square lies inside it, not in the hole.
        const QPointF lp = d.labelPoint(0);
        QVERIFY(lp.x() > 0 && lp.x() < 10 && lp.y() > 0 && lp.y() < 10);
        QVERIFY(!(lp.x() > 4 && lp.x() < 6 && lp.y() > 4 && lp.y() < 6));
        // Identify: inside the ring, not in its hole.
        QCOMPARE(layer->featuresAt(layer->crs(), 2, 2, 0.01), std::vector<uint32_t>{0});
        QVERIFY(layer->featuresAt(layer->crs(), 5, 5, 0.01).empty());
        QCOMPARE(layer->featuresAt(layer->crs(), 5, 20.05, 0.1), std::vector<uint32_t>{2});
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
