// Ellipsoidal measurement: the same answer whatever the CRS of the vertices.
#include "CoordinateTransform.h"
#include "Measurement.h"

#include <QTest>

using namespace pilar;

class TestMeasurement : public QObject
{
    Q_OBJECT
private slots:
    void distanceMatchesGeod()
    {
        // Reference: PROJ's `geod +ellps=WGS84 -I` between Alun-alun Purbalingga and Bobotsari.
        const double reference = 15505.332;
        const QVector<QPointF> lonLat = {QPointF(109.3634, -7.3886), QPointF(109.301, -7.263)};
        QVERIFY(std::abs(Measurement::lengthMeters(lonLat, Crs::fromEpsg(4326)) - reference) < 0.01);
        // The same two points in UTM 49S measure the same on the ellipsoid.
        CoordinateTransform t(Crs::fromEpsg(4326), Crs::fromEpsg(32749));
        QVector<QPointF> utm;
        for (QPointF p : lonLat) {
            double x = p.x(), y = p.y();
            QVERIFY(t.transformPoint(x, y));
            utm << QPointF(x, y);
        }
        QVERIFY(std::abs(Measurement::lengthMeters(utm, Crs::fromEpsg(32749)) - reference) < 0.01);
    }

    void areaOfASquareKilometre()
    {
        // A 1 km square in UTM: its ellipsoidal area differs from 1 km² only by the UTM
        // scale factor near the zone edge (Purbalingga sits ~1.6° west of 111°E).
        const QVector<QPointF> square = {QPointF(319000, 9182000), QPointF(320000, 9182000), QPointF(320000, 9183000),
                                         QPointF(319000, 9183000)};
        const double area = Measurement::areaSquareMeters(square, Crs::fromEpsg(32749));
        QVERIFY2(std::abs(area - 1e6) / 1e6 < 0.002, qPrintable(QString::number(area)));
        QCOMPARE(Measurement::areaSquareMeters({QPointF(0, 0), QPointF(1, 1)}, Crs::fromEpsg(4326)), 0.0);
    }

    void formatting()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QCOMPARE(Measurement::formatLength(15505.332), QStringLiteral("15,505 km"));
        QCOMPARE(Measurement::formatArea(32000), QStringLiteral("3,20 ha"));
        QCOMPARE(Measurement::formatArea(2.5e6), QStringLiteral("2,500 km²"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(Measurement::formatLength(850), QStringLiteral("850.0 m"));
    }
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
