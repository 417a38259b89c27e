// Every format the foundation promises, written by GDAL in the test and loaded back.
#include "LayerLoader.h"
#include "RasterLayer.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <gdal_priv.h>

#include <QTemporaryDir>
#include <QTest>

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
        const QPointF lp = d.labelPoints[0];
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
