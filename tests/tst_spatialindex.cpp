// The packed R-tree answers exactly what a brute-force scan answers.
#include "SpatialIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pilar;

class TestSpatialIndex : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce()
    {
        QRandomGenerator rng(42);
        std::vector<Extent> boxes;
        for (int i = 0; i < 20000; ++i) {
            const double x = rng.bounded(1000.0), y = rng.bounded(1000.0);
            boxes.emplace_back(x, y, x + rng.bounded(5.0), y + rng.bounded(5.0));
        }
        boxes[77] = Extent(); // an item without geometry is never returned
        const SpatialIndex index(boxes);
        QCOMPARE(index.size(), boxes.size() - 1);
        for (int q = 0; q < 200; ++q) {
            const double x = rng.bounded(1000.0), y = rng.bounded(1000.0), s = rng.bounded(100.0);
            const Extent area(x, y, x + s, y + s);
            std::vector<uint32_t> expected;
            for (uint32_t i = 0; i < boxes.size(); ++i)
                if (boxes[i].isValid() && boxes[i].intersects(area)) expected.push_back(i);
            QCOMPARE(index.query(area), expected);
        }
        QCOMPARE(index.query(Extent(-10, -10, 2000, 2000)).size(), boxes.size() - 1);
        QVERIFY(index.query(Extent(5000, 5000, 6000, 6000)).empty());
    }

    void emptyAndSingle()
    {
        QVERIFY(SpatialIndex().query(Extent(0, 0, 1, 1)).empty());
        const SpatialIndex one(std::vector<Extent>{Extent(0, 0, 1, 1)});
        QCOMPARE(one.query(Extent(0.5, 0.5, 2, 2)), std::vector<uint32_t>{0});
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
