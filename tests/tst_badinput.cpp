// Bad input never crashes: each case gets a message naming the file and the reason.
#include "DataSourceInfo.h"
#include "LayerLoader.h"
#include "MapRenderer.h"
#include "MapSettings.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <QFile>
#include <QColor>

#include <cmath>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using test::TestData;

class TestBadInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &n) const { return m_dir.filePath(n); }

    void writeShapefile(const QString &base)
    {
        QVERIFY(TestData::writeVector(path(base + QStringLiteral(".shp")), QStringLiteral("ESRI Shapefile"), base, 32749,
                                      {QStringLiteral("nama:str")},
                                      {{QStringLiteral("POINT (319365 9182960)"), {QStringLiteral("Menara")}}}));
    }

    static void expectError(const LayerLoader::Result &r, const QString &file, const QString &reason)
    {
        QVERIFY(!r.ok());
        QVERIFY(r.layers.empty());
        const QString msg = r.errors.join(QLatin1Char('\n'));
        QVERIFY2(msg.contains(file), qPrintable(msg));
        QVERIFY2(msg.contains(reason, Qt::CaseInsensitive), qPrintable(msg));
    }

private slots:
    void missingFile()
    {
        expectError(LayerLoader::load(path(QStringLiteral("nowhere.gpkg"))), QStringLiteral("nowhere.gpkg"), QStringLiteral("not found"));
        QString error;
        DataSourceInfo info;
        QVERIFY(!DataSourceInfo::inspect(path(QStringLiteral("nowhere.gpkg")), info, &error));
        QVERIFY(error.contains(QStringLiteral("nowhere.gpkg")));
    }

    void folderAndEmptyFile()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("empty-folder"));
        expectError(LayerLoader::load(path(QStringLiteral("empty-folder"))), QStringLiteral("empty-folder"), QStringLiteral("folder"));
        QVERIFY(TestData::writeText(path(QStringLiteral("zero.geojson")), QByteArray()));
        expectError(LayerLoader::load(path(QStringLiteral("zero.geojson"))), QStringLiteral("zero.geojson"), QStringLiteral("empty"));
    }

    void unsupportedFormat()
    {
        QVERIFY(TestData::writeText(path(QStringLiteral("notes.txt")), "Rapat koordinasi smart city, 12 Maret.\n"));
        expectError(LayerLoader::load(path(QStringLiteral("notes.txt"))), QStringLiteral("notes.txt"), QStringLiteral("not supported"));
    }

    void truncatedGeoPackage()
    {
        const QString good = path(QStringLiteral("good.gpkg"));
        QVERIFY(TestData::writeVector(good, QStringLiteral("GPKG"), QStringLiteral("aset"), 4326, {QStringLiteral("nama:str")},
                                      {{QStringLiteral("POINT (109.36 -7.39)"), {QStringLiteral("CCTV")}}}));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(TestData::writeText(path(QStringLiteral("truncated.gpkg")), bytes.left(1500)));
        expectError(LayerLoader::load(path(QStringLiteral("truncated.gpkg"))), QStringLiteral("truncated.gpkg"), QString());
        QByteArray garbled = bytes;
        for (int i = 0; i < 100; ++i) garbled[i] = char(0xA5);
        QVERIFY(TestData::writeText(path(QStringLiteral("garbled.gpkg")), garbled));
        expectError(LayerLoader::load(path(QStringLiteral("garbled.gpkg"))), QStringLiteral("garbled.gpkg"), QString());
    }

    void shapefileMissingParts()
    {
        writeShapefile(QStringLiteral("noshx"));
        QVERIFY(QFile::remove(path(QStringLiteral("noshx.shx"))));
        expectError(LayerLoader::load(path(QStringLiteral("noshx.shp"))), QStringLiteral("noshx.shp"), QStringLiteral(".shx"));

        writeShapefile(QStringLiteral("nodbf"));
        QVERIFY(QFile::remove(path(QStringLiteral("nodbf.dbf"))));
        expectError(LayerLoader::load(path(QStringLiteral("nodbf.shp"))), QStringLiteral("nodbf.shp"), QStringLiteral(".dbf"));

        writeShapefile(QStringLiteral("noprj"));
        QVERIFY(QFile::remove(path(QStringLiteral("noprj.prj"))));
        const auto r = LayerLoader::load(path(QStringLiteral("noprj.shp")));
        QVERIFY(r.ok());
        QCOMPARE(int(r.layers.size()), 1);
        QVERIFY(r.layers.front()->crsMissing()); // flagged, not assumed
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral(".prj")));
    }

    void wrongPrjIsReadAsWritten()
    {
        // A .prj that claims lon/lat for UTM metres: loaded as declared, and the absurd
        // coordinates are reported rather than drawn somewhere off the planet.
        writeShapefile(QStringLiteral("wrongprj"));
        QVERIFY(TestData::writeText(path(QStringLiteral("wrongprj.prj")),
                                    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                                    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"));
        const auto r = LayerLoader::load(path(QStringLiteral("wrongprj.shp")));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("impossible")));
        QCOMPARE(std::static_pointer_cast<VectorLayer>(r.layers.front())->featureCount(), std::size_t(0));
    }

    void emptyLayer()
    {
        const QString p = path(QStringLiteral("kosong.gpkg"));
        QVERIFY(TestData::writeVector(p, QStringLiteral("GPKG"), QStringLiteral("kosong"), 4326, {QStringLiteral("nama:str")}, {}));
        const auto r = LayerLoader::load(p);
        QVERIFY(r.ok());
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("no features")));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("kosong.gpkg")));
    }

    void invalidAndAbsurdGeometries()
    {
        const QString p = path(QStringLiteral("rusak.geojson"));
        QVERIFY(TestData::writeText(p, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"n":"ok"},"geometry":{"type":"Point","coordinates":[109.36,-7.39]}},
            {"type":"Feature","properties":{"n":"self-intersecting"},"geometry":{"type":"Polygon","coordinates":[[[109.3,-7.3],[109.4,-7.4],[109.4,-7.3],[109.3,-7.4],[109.3,-7.3]]]}},
            {"type":"Feature","properties":{"n":"absurd"},"geometry":{"type":"Point","coordinates":[5000,-700]}},
            {"type":"Feature","properties":{"n":"null"},"geometry":null},
            {"type":"Feature","properties":{"n":"broken"},"geometry":{"type":"Polygon","coordinates":"nonsense"}}
        ]})"));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const auto layer = std::static_pointer_cast<VectorLayer>(r.layers.front());
        QVERIFY(layer->featureCount() >= 3);         // valid, self-intersecting, null kept
        QVERIFY(layer->extent().xMax < 110);          // the absurd point did not stretch the extent
        const QString w = r.warnings.join(QLatin1Char(' '));
        QVERIFY2(w.contains(QStringLiteral("impossible")), qPrintable(w));
        QVERIFY2(w.contains(QStringLiteral("no geometry")), qPrintable(w));
    }

    void hugeGeometryLoadsAndDraws()
    {
        // One kecamatan boundary digitised far too finely: a ring of 600,000 vertices (a 20 MB
        // GeoJSON). It loads whole, has the right extent, and is drawn, zoomed out and in.
        constexpr int kVertices = 600000;
        QByteArray json = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nama":"Batas terlalu rinci"},)"
                          R"("geometry":{"type":"Polygon","coordinates":[[)";
        for (int i = 0; i < kVertices; ++i) {
            // A wobbly circle of 0.05° around the regency's middle.
            const double a = 2 * M_PI * i / kVertices, r = 0.05 * (1 + 0.02 * std::sin(400 * a));
            json += '[' + QByteArray::number(109.36 + r * std::cos(a), 'f', 7) + ',' + QByteArray::number(-7.39 + r * std::sin(a), 'f', 7) + "],";
        }
        json += "[" + QByteArray::number(109.36 + 0.05, 'f', 7) + ",-7.39]]]}}]}";
        const QString p = path(QStringLiteral("batas terlalu rinci.geojson"));
        QVERIFY(TestData::writeText(p, json));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const auto layer = std::static_pointer_cast<VectorLayer>(r.layers.front());
        QCOMPARE(int(layer->featureCount()), 1);
        QVERIFY(std::abs(layer->extent().xMin - (109.36 - 0.051)) < 0.002 && std::abs(layer->extent().yMax - (-7.39 + 0.051)) < 0.002);
        VectorStyle style;
        style.symbol.fillColor = QColor(220, 30, 30);
        style.symbol.strokeColor = Qt::transparent;
        layer->setStyle(style);
        for (const double size : {0.2, 0.004}) {   // the whole ring, then a close-up of its edge
            MapSettings s;
            s.crs = layer->crs();
            const double x = size > 0.1 ? 109.36 : 109.36 + 0.05;
            s.extent = Extent(x - size / 2, -7.39 - size / 2, x + size / 2, -7.39 + size / 2);
            s.outputSize = QSize(400, 400);
            s.background = Qt::white;
            s.layers = {layer};
            const QImage img = MapRenderer::renderImage(s);
            QCOMPARE(QColor(img.pixel(size > 0.1 ? 200 : 20, 200)), QColor(220, 30, 30));    // inside
            QCOMPARE(QColor(img.pixel(size > 0.1 ? 5 : 395, 200)), QColor(Qt::white));       // outside
        }
    }

    void rasterWithoutGeoreferencing()
    {
        // A scanned map saved as PNG, with no world file beside it.
        QImage scan(40, 30, QImage::Format_RGB32);
        scan.fill(Qt::darkGreen);
        QVERIFY(scan.save(path(QStringLiteral("peta scan.png"))));
        expectError(LayerLoader::load(path(QStringLiteral("peta scan.png"))), QStringLiteral("peta scan.png"), QStringLiteral("georeferenc"));
    }

    void csvWithoutCoordinates()
    {
        QVERIFY(TestData::writeText(path(QStringLiteral("anggaran.csv")), "program,anggaran\nCommand centre,15000000000\n"));
        expectError(LayerLoader::load(path(QStringLiteral("anggaran.csv"))), QStringLiteral("anggaran.csv"), QStringLiteral("coordinate"));
    }

    void csvWithTwoCoordinateColumns()
    {
        // An asset sheet with both "x" (a column number) and "lon": GDAL 3.6 crashed on it when
        // asked to make points. Pilar says which columns are in doubt and makes no points.
        const QString file = path(QStringLiteral("aset ganda.csv"));
        QVERIFY(TestData::writeText(file, "kode,x,lon,lat\nAST-1,3,109.36,-7.39\n"));
        const LayerLoader::Result r = LayerLoader::load(file);
        expectError(r, QStringLiteral("aset ganda.csv"), QStringLiteral("more than one column could hold the longitude or the latitude (x, lon)"));
        QCOMPARE(r.errors.size(), 1);  // the reason, not also "no coordinate columns were found"

        // `pilar-cli info` says why the sheet has no geometry.
        DataSourceInfo info;
        QString error;
        QVERIFY2(DataSourceInfo::inspect(file, info, &error), qPrintable(error));
        QCOMPARE(info.warnings, r.errors);
        QVERIFY2(info.toText().endsWith(r.errors.front() + QLatin1Char('\n')), qPrintable(info.toText()));

        // Two latitude columns, the first after a byte-order mark, are refused the same way.
        const QString latitudes = path(QStringLiteral("dua lintang.csv"));
        QVERIFY(TestData::writeText(latitudes, "\xEF\xBB\xBFy;lat;lon\n4;-7.39;109.36\n"));
        const LayerLoader::Result twice = LayerLoader::load(latitudes);
        expectError(twice, QStringLiteral("dua lintang.csv"), QStringLiteral("(y, lat)"));

        // One longitude column (whatever the delimiter) still makes points.
        const QString single = path(QStringLiteral("aset.csv"));
        QVERIFY(TestData::writeText(single, "kode;lon;lat\nAST-1;109.36;-7.39\n"));
        const LayerLoader::Result ok = LayerLoader::load(single);
        QVERIFY2(ok.ok(), qPrintable(ok.errors.join(QLatin1Char('\n'))));
        QCOMPARE(ok.layers.size(), std::size_t(1));
    }

    void shapefileInALegacyCodePage()
    {
        // A kecamatan office's Shapefile written on Windows in code page 1252 (its .cpg says so):
        // names arrive as they were typed.
        const QString shp = path(QStringLiteral("desa lama.shp"));
        QVERIFY(TestData::writeVector(shp, QStringLiteral("ESRI Shapefile"), QStringLiteral("desa lama"), 4326, {QStringLiteral("nama:str")},
                                      {{QStringLiteral("POINT (109.36 -7.39)"), {QStringLiteral("Kelurahan Wétan – Café")}}},
                                      {QStringLiteral("ENCODING=CP1252")}));
        QFile dbf(path(QStringLiteral("desa lama.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        QVERIFY(dbf.readAll().contains("W\xe9tan"));   // really stored as one byte per letter, not UTF-8
        const auto r = LayerLoader::load(shp);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const auto layer = std::static_pointer_cast<VectorLayer>(r.layers.front());
        QCOMPARE(layer->data()->attribute(0, 0).toString(), QStringLiteral("Kelurahan Wétan – Café"));
    }

    void kmlWithBrokenXml()
    {
        QVERIFY(TestData::writeText(path(QStringLiteral("titik wifi.kml")),
                                    "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark>"
                                    "<name>WiFi alun-alun</name><Point><coordinates>109.36,-7.39"));
        const auto r = LayerLoader::load(path(QStringLiteral("titik wifi.kml")));
        if (!r.ok()) {
            expectError(r, QStringLiteral("titik wifi.kml"), QString());
        } else {   // GDAL may read what is there before the break; nothing invented
            QVERIFY(std::static_pointer_cast<VectorLayer>(r.layers.front())->featureCount() <= 1);
        }
    }

    void geojsonWithLatitudeAndLongitudeSwapped()
    {
        // [lat, lon] instead of [lon, lat]: a latitude of 109° is impossible, and said so.
        const QString p = path(QStringLiteral("terbalik.geojson"));
        QVERIFY(TestData::writeText(p, R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"n":"menara"},"geometry":{"type":"Point","coordinates":[-7.39,109.36]}}]})"));
        const auto r = LayerLoader::load(p);
        const QString w = r.warnings.join(QLatin1Char(' ')) + r.errors.join(QLatin1Char(' '));
        QVERIFY2(w.contains(QStringLiteral("impossible")) || w.contains(QStringLiteral("no features")), qPrintable(w));
        QVERIFY2(w.contains(QStringLiteral("terbalik.geojson")), qPrintable(w));
    }

    void bitFlippedGeoPackage()
    {
        // A GeoPackage that spent a week on a failing USB stick: every 97th byte past the header
        // flipped. Loading refuses it with its name, or reads what is sound; never a crash.
        const QString good = path(QStringLiteral("bagus.gpkg"));
        std::vector<test::TestFeature> features;
        for (int i = 0; i < 300; ++i)
            features.push_back({QStringLiteral("POINT (%1 -7.4)").arg(109.2 + i * 0.001), {QStringLiteral("aset %1").arg(i)}});
        QVERIFY(TestData::writeVector(good, QStringLiteral("GPKG"), QStringLiteral("aset"), 4326, {QStringLiteral("nama:str")}, features));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 1024; i < bytes.size(); i += 97) bytes[i] = char(~bytes[i]);
        QVERIFY(TestData::writeText(path(QStringLiteral("rusak usb.gpkg")), bytes));
        const auto r = LayerLoader::load(path(QStringLiteral("rusak usb.gpkg")));
        if (!r.ok()) expectError(r, QStringLiteral("rusak usb.gpkg"), QString());
    }

    void namesWithSpacesAndNonAscii()
    {
        const QString p = path(QStringLiteral("Data Desa – Kecamatan Bukateja (édisi 2).geojson"));
        QVERIFY(TestData::writeVector(p, QStringLiteral("GeoJSON"), QStringLiteral("desa"), 4326, {QStringLiteral("nama:str")},
                                      {{QStringLiteral("POINT (109.42 -7.43)"), {QStringLiteral("Kedungjati")}}}));
        const auto r = LayerLoader::load(p);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.layers.front()->name(), QStringLiteral("Data Desa – Kecamatan Bukateja (édisi 2)"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
