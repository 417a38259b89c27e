// The renderer's output checked at known pixels: a blank or misplaced image fails.
#include "CoordinateTransform.h"
#include "Feedback.h"
#include "LabelingEngine.h"
#include "LayerLoader.h"
#include "MapRenderJob.h"
#include "MapRenderer.h"
#include "RasterLayer.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using test::TestData;

namespace {
int gradient(int band, int x, int y) { return band == 1 ? x * 4 : band == 2 ? y * 4 : 128; }

bool near(QRgb a, QColor b, int tol = 8)
{
    return std::abs(qRed(a) - b.red()) <= tol && std::abs(qGreen(a) - b.green()) <= tol && std::abs(qBlue(a) - b.blue()) <= tol;
}
}

class TestRenderer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<VectorLayer> m_square;

    MapSettings utmView() const
    {
        MapSettings s;
        s.crs = Crs::fromEpsg(32749);
        s.extent = Extent(300000, 9175000, 330000, 9195000);
        s.outputSize = QSize(300, 200); // 100 m per pixel
        s.background = Qt::white;
        return s;
    }

private slots:
    void initTestCase()
    {
        const QString p = m_dir.filePath(QStringLiteral("square.gpkg"));
        QVERIFY(TestData::writeVector(p, QStringLiteral("GPKG"), QStringLiteral("square"), 32749, {QStringLiteral("nama:str")},
            {{QStringLiteral("POLYGON ((310000 9180000, 320000 9180000, 320000 9190000, 310000 9190000, 310000 9180000))"),
              {QStringLiteral("Kotak")}}}));
        auto r = LayerLoader::load(p);
        QVERIFY(r.ok());
        m_square = std::static_pointer_cast<VectorLayer>(r.layers.front());
        VectorStyle style;
        style.symbol.fillColor = QColor(220, 30, 30);
        style.symbol.strokeColor = Qt::transparent;
        m_square->setStyle(style);
    }

    void polygonAtKnownPixels()
    {
        MapSettings s = utmView();
        s.layers = {m_square};
        QCOMPARE(s.mapUnitsPerPixel(), 100.0);
        const QImage img = MapRenderer::renderImage(s);
        QCOMPARE(img.size(), QSize(300, 200));
        QVERIFY(near(img.pixel(150, 100), QColor(220, 30, 30)));  // the square's centre
        QVERIFY(near(img.pixel(105, 55), QColor(220, 30, 30)));   // just inside its top-left corner
        QVERIFY(near(img.pixel(95, 100), Qt::white));             // just west of it
        QVERIFY(near(img.pixel(10, 10), Qt::white));
        QVERIFY(near(img.pixel(150, 155), Qt::white));            // just south of it
    }

    void reprojectsOnTheFly()
    {
        // The same square drawn in a lon/lat map must land where PROJ says it is.
        MapSettings s;
        s.crs = Crs::fromEpsg(4326);
        CoordinateTransform t(Crs::fromEpsg(32749), s.crs);
        double cx = 315000, cy = 9185000;
        QVERIFY(t.transformPoint(cx, cy));
        s.extent = Extent(cx - 0.2, cy - 0.2, cx + 0.2, cy + 0.2);
        s.outputSize = QSize(400, 400);
        s.layers = {m_square};
        const QImage img = MapRenderer::renderImage(s);
        QVERIFY(near(img.pixel(200, 200), QColor(220, 30, 30)));
        double ex = 321000, ey = 9185000; // 1 km east of the square's edge
        QVERIFY(t.transformPoint(ex, ey));
        const QPointF px = s.mapToPixel().toPixel(ex, ey);
        QVERIFY(near(img.pixel(px.toPoint()), Qt::white));
        double ix = 319000, iy = 9185000; // 1 km inside the edge
        QVERIFY(t.transformPoint(ix, iy));
        QVERIFY(near(img.pixel(s.mapToPixel().toPixel(ix, iy).toPoint()), QColor(220, 30, 30)));
    }

    void hiddenLayersAndOpacity()
    {
        MapSettings s = utmView();
        s.layers = {m_square};
        m_square->setVisible(false);
        QVERIFY(near(MapRenderer::renderImage(s).pixel(150, 100), Qt::white));
        m_square->setVisible(true);
        m_square->setOpacity(0.5);
        const QRgb half = MapRenderer::renderImage(s).pixel(150, 100);
        m_square->setOpacity(1.0);
        QVERIFY(near(half, QColor(238, 143, 143), 6));
    }

    void rasterIsWarpedIntoPlace()
    {
        const QString p = m_dir.filePath(QStringLiteral("rgb.tif"));
        // 64 x 64 pixels of 100 m from (310000, 9190000): red grows east, green grows south.
        QVERIFY(TestData::writeRaster(p, 32749, 64, 64, 3, 310000, 9190000, 100, gradient, true));
        auto r = LayerLoader::load(p);
        QVERIFY(r.ok());
        MapSettings s = utmView();
        s.layers = {r.layers.front()};
        const QImage img = MapRenderer::renderImage(s);
        // Map pixel (130, 60) is raster pixel (30, 10) → RGB (120, 40, 128).
        QVERIFY2(near(img.pixel(130, 60), QColor(120, 40, 128), 10), qPrintable(QColor(img.pixel(130, 60)).name()));
        QVERIFY(near(img.pixel(50, 100), Qt::white)); // west of the raster
    }

    void canceledRenderStops()
    {
        MapSettings s = utmView();
        s.layers = {m_square};
        Feedback feedback;
        feedback.cancel();
        MapRenderer::Result result;
        const QImage img = MapRenderer::renderImage(s, &feedback, &result);
        QVERIFY(result.canceled);
        QVERIFY(near(img.pixel(150, 100), Qt::white));
    }

    void labelsDoNotCollide()
    {
        QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter painter(&img);
        LabelingEngine engine(96 / 25.4);
        LabelSettings ls;
        ls.enabled = true;
        engine.addCandidate(QStringLiteral("Purbalingga"), QPointF(100, 50), ls, 1);
        engine.addCandidate(QStringLiteral("Kalimanah"), QPointF(104, 52), ls, 0);   // overlaps: dropped
        engine.addCandidate(QStringLiteral("Bukateja"), QPointF(100, 85), ls, 0);    // clear: drawn
        QCOMPARE(engine.draw(painter, QRectF(0, 0, 200, 100)), 2);
        painter.end();
        int dark = 0;
        for (int x = 60; x < 140; ++x) dark += qGray(img.pixel(x, 50)) < 100;
        QVERIFY(dark > 3);
    }

    void backgroundJobDeliversOnlyTheNewestView()
    {
        MapRenderJob job;
        QSignalSpy spy(&job, &MapRenderJob::finished);
        MapSettings first = utmView();
        first.layers = {m_square};
        MapSettings second = first;
        second.extent = Extent(310000, 9180000, 320000, 9190000);
        job.start(first);
        job.start(second); // cancels the first
        QVERIFY(spy.wait(10000));
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
        const QImage img = spy.first().at(0).value<QImage>();
        const MapSettings got = spy.first().at(1).value<MapSettings>();
        QCOMPARE(got.extent, second.extent);
        QVERIFY(near(img.pixel(img.width() / 2, img.height() / 2), QColor(220, 30, 30)));
    }
};

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
