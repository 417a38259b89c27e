// The packed R-tree answers exactly what a brute-force scan answers.
#include "SpatialIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pilar;

class TestSpatialIndex : public QObject
{
    Q_OBJECT

    // `queries` random squares (up to `size` wide, within `range`): the index names exactly
    // the valid boxes a scan over all of them finds, in id order.
    static void compareWithBruteForce(const SpatialIndex &index, const std::vector<Extent> &boxes, QRandomGenerator &rng, int queries,
                                      double range, double size)
    {
        for (int q = 0; q < queries; ++q) {
            const double x = rng.bounded(range), y = rng.bounded(range), s = rng.bounded(size);
            const Extent area(x, y, x + s, y + s);
            std::vector<uint32_t> expected;
            for (uint32_t i = 0; i < boxes.size(); ++i)
                if (boxes[i].isValid() && boxes[i].intersects(area)) expected.push_back(i);
            QCOMPARE(index.query(area), expected);
        }
    }

    // `count` boxes up to `size` wide, scattered over a square of `range`.
    static std::vector<Extent> randomBoxes(QRandomGenerator &rng, int count, double range, double size)
    {
        std::vector<Extent> boxes;
        for (int i = 0; i < count; ++i) {
            const double x = rng.bounded(range), y = rng.bounded(range);
            boxes.emplace_back(x, y, x + rng.bounded(size), y + rng.bounded(size));
        }
        return boxes;
    }

private slots:
    void matchesBruteForce()
    {
        QRandomGenerator rng(42);
        std::vector<Extent> boxes = randomBoxes(rng, 20000, 1000, 5);
        boxes[77] = Extent(); // an item without geometry is never returned
        const SpatialIndex index(boxes);
        QCOMPARE(index.size(), boxes.size() - 1);
        compareWithBruteForce(index, boxes, rng, 200, 1000, 100);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(index.query(Extent(-10, -10, 2000, 2000)).size(), boxes.size() - 1);
        QVERIFY(index.query(Extent(5000, 5000, 6000, 6000)).empty());
    }

    // A large layer's boxes are taken on two threads: the answers stay exact, the empty
    // items on either side are never returned.
    void largeIndexMatchesBruteForce()
    {
        QRandomGenerator rng(7);
        std::vector<Extent> boxes = randomBoxes(rng, 150000, 10000, 3);
        boxes[10] = boxes[140000] = Extent();
        const SpatialIndex index(boxes);
        QCOMPARE(index.size(), boxes.size() - 2);
        compareWithBruteForce(index, boxes, rng, 50, 10000, 300);
    }

    // The leaves' order is the Hilbert curve: the fast form equals the walk over the bits.
    void hilbertOrderIsTheCurve()
    {
        const auto walk = [](uint32_t x, uint32_t y) {
            uint32_t d = 0;
            for (uint32_t s = 1u << 15; s > 0; s >>= 1) {
                const uint32_t rx = (x & s) > 0, ry = (y & s) > 0;
                d += s * s * ((3 * rx) ^ ry);
                if (ry == 0) {
                    if (rx == 1) { x = s - 1 - x; y = s - 1 - y; }
                    std::swap(x, y);
                }
            }
            return d;
        };
        QRandomGenerator rng(3);
        for (int i = 0; i < 100000; ++i) {
            const uint32_t x = rng.bounded(65536u), y = rng.bounded(65536u);
            QCOMPARE(SpatialIndex::hilbert(x, y), walk(x, y));
        }
        for (uint32_t x : {0u, 1u, 32767u, 32768u, 65535u})
            for (uint32_t y : {0u, 1u, 32767u, 32768u, 65535u}) QCOMPARE(SpatialIndex::hilbert(x, y), walk(x, y));
        // Neighbours along the curve are neighbouring cells.
        QCOMPARE(SpatialIndex::hilbert(0, 0), 0u);
        QCOMPARE(SpatialIndex::hilbert(1, 0), 1u);
        QCOMPARE(SpatialIndex::hilbert(1, 1), 2u);
        QCOMPARE(SpatialIndex::hilbert(0, 1), 3u);
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
