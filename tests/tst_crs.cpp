// CRS handling against reference values from PROJ's own cs2cs (tests/data/cs2cs_reference.csv),
// in both directions, plus parsing, naming and the guess offered for CRS-less data.
#include "CoordinateTransform.h"
#include "Crs.h"
#include "CrsGuess.h"
#include "Feedback.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <QFile>
#include <QTest>

using namespace pilar;

class TestCrs : public QObject
{
    Q_OBJECT
private slots:
    // A large layer is projected for the map on two threads, half the features each: every
    // vertex must land where PROJ puts it on its own, in both halves and at the seam.
    void largeLayerProjectsAsPointByPoint()
    {
        auto data = std::make_shared<VectorData>();
        const int features = 70000;   // 4 vertices each: past the two-thread threshold
        for (int i = 0; i < features; ++i) {
            const double x = 109.2 + 0.4 * (i % 700) / 700.0, y = -7.5 + 0.4 * (i / 700) / 100.0;
            data->beginFeature(i, GeometryKind::Line);
            data->beginPart();
            for (int v = 0; v < 4; ++v) data->addVertex(x + 0.0001 * v, y + 0.00005 * v * v);
            data->endPart();
            data->endFeature();
        }
        VectorLayer layer(data);
        layer.setCrs(Crs::fromUserInput(QStringLiteral("EPSG:4326")));
        const Crs utm = Crs::fromUserInput(QStringLiteral("EPSG:32749"));
        const auto projected = layer.projected(utm);
        QVERIFY(projected);
        const CoordinateTransform reference(layer.crs(), utm);
        Extent expected;
        for (int f = 0; f < features; ++f) {
            for (uint32_t v = data->partStart[data->featurePart[f]]; v < data->partStart[data->featurePart[f + 1]]; ++v) {
                double x = data->x(f, v), y = data->y(f, v);
                QVERIFY(reference.transformPoint(x, y));
                expected.include(x, y);
                // Offsets are kept in single precision from each feature's first vertex: a millimetre is plenty.
                if (std::abs(projected->x(f, v) - x) > 1e-3 || std::abs(projected->y(f, v) - y) > 1e-3)
                    QFAIL(qPrintable(QStringLiteral("feature %1 vertex %2: %3 %4, PROJ gives %5 %6")
                                         .arg(f).arg(v).arg(projected->x(f, v), 0, 'f', 3).arg(projected->y(f, v), 0, 'f', 3)
                                         .arg(x, 0, 'f', 3).arg(y, 0, 'f', 3)));
            }
            QVERIFY(projected->bounds(f).isValid());
        }
        QVERIFY(std::abs(projected->extent().xMin - expected.xMin) < 1e-3 && std::abs(projected->extent().yMax - expected.yMax) < 1e-3);
        QVERIFY(std::abs(projected->extent().xMax - expected.xMax) < 1e-3 && std::abs(projected->extent().yMin - expected.yMin) < 1e-3);

        // Cancelled before it starts: nothing, rather than half a layer.
        Feedback stop;
        stop.cancel();
        VectorLayer again(data);
        again.setCrs(layer.crs());
        QVERIFY(!again.projected(utm, &stop));
    }

    void knownPoints_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QFile f(test::TestData::dataDir() + QStringLiteral("/cs2cs_reference.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
            const QStringList p = line.split(QLatin1Char(','));
            QCOMPARE(p.size(), 6);
            QTest::newRow(qPrintable(p[0] + QStringLiteral(" -> EPSG:") + p[3]))
                << p[1].toDouble() << p[2].toDouble() << p[3].toInt() << p[4].toDouble() << p[5].toDouble();
            ++rows;
        }
        QVERIFY(rows >= 20);
    }

    void knownPoints()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, epsg);
        QFETCH(double, x);
        QFETCH(double, y);
        const Crs target = Crs::fromEpsg(epsg);
        QVERIFY(target.isValid());
        const double tolerance = target.isGeographic() ? 1e-6 : 0.01; // a micro-degree, a centimetre
        CoordinateTransform forward(Crs::fromEpsg(4326), target);
        QVERIFY2(forward.isValid(), qPrintable(forward.errorMessage()));
        double px = lon, py = lat;
        QVERIFY(forward.transformPoint(px, py));
        QVERIFY2(std::abs(px - x) < tolerance, qPrintable(QStringLiteral("x %1 vs %2").arg(px, 0, 'f', 6).arg(x, 0, 'f', 6)));
        QVERIFY2(std::abs(py - y) < tolerance, qPrintable(QStringLiteral("y %1 vs %2").arg(py, 0, 'f', 6).arg(y, 0, 'f', 6)));
        // And back again to where we started.
        QVERIFY(forward.transformPoint(px, py, true));
        QVERIFY(std::abs(px - lon) < 1e-7);
        QVERIFY(std::abs(py - lat) < 1e-7);
    }

    void betweenProjectedSystems()
    {
        // UTM 49S to TM-3 49.1 directly, checked against the two cs2cs references.
        CoordinateTransform t(Crs::fromEpsg(32749), Crs::fromEpsg(23835));
        double x = 319365.608191, y = 9182960.562232;
        QVERIFY(t.transformPoint(x, y));
        QVERIFY(std::abs(x - 184920.677869) < 0.05);
        QVERIFY(std::abs(y - 683044.969420) < 0.05);
    }

    void parsesUserInput()
    {
        QCOMPARE(Crs::fromUserInput(QStringLiteral("32749")).authId(), QStringLiteral("EPSG:32749"));
        QCOMPARE(Crs::fromUserInput(QStringLiteral("EPSG:9470")).name(), QStringLiteral("SRGI2013"));
        QVERIFY(Crs::fromEpsg(23835).name().contains(QStringLiteral("TM-3")));
        QVERIFY(Crs::fromEpsg(4326).isGeographic());
        QVERIFY(!Crs::fromEpsg(32749).isGeographic());
        QString error;
        QVERIFY(!Crs::fromUserInput(QStringLiteral("EPSG:999999"), &error).isValid());
        QVERIFY(error.contains(QStringLiteral("999999")));
        for (int code : Crs::commonEpsgCodes()) QVERIFY2(Crs::fromEpsg(code).isValid(), qPrintable(QString::number(code)));
    }

    void identifiesEsriWkt()
    {
        // What a Shapefile's .prj holds: ESRI WKT without an authority code.
        const QString esri = QStringLiteral(
            "PROJCS[\"WGS_1984_UTM_Zone_49S\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",10000000.0],PARAMETER[\"Central_Meridian\",111.0],"
            "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        QCOMPARE(Crs::fromWkt(esri).authId(), QStringLiteral("EPSG:32749"));
    }

    void guessesFromCoordinates()
    {
        // Purbalingga in lon/lat, in UTM 49S metres, and in web-mercator metres.
        QCOMPARE(CrsGuess::best(Extent(109.22, -7.49, 109.58, -7.16)).authId(), QStringLiteral("EPSG:4326"));
        QCOMPARE(CrsGuess::best(Extent(306000, 9172000, 345000, 9208000)).authId(), QStringLiteral("EPSG:32749"));
        QCOMPARE(CrsGuess::best(Extent(12158000, -834000, 12198000, -796000)).authId(), QStringLiteral("EPSG:3857"));
        // Numbers that fit nowhere in Indonesia get no guess at all.
        QVERIFY(!CrsGuess::best(Extent(-5e7, -5e7, -4e7, -4e7)).isValid());
    }

    void transformsExtentsDensely()
    {
        CoordinateTransform t(Crs::fromEpsg(4326), Crs::fromEpsg(32749));
        const Extent e = t.transformExtent(Extent(109.2, -7.5, 109.6, -7.1));
        QVERIFY(e.isValid());
        QVERIFY(e.xMin > 300000 && e.xMax < 360000);
        QVERIFY(e.yMin > 9160000 && e.yMax < 9220000);
    }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "tst_crs.moc"
