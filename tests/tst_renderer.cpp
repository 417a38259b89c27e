// The renderer's output checked at known pixels: a blank or misplaced image fails.
#include "CoordinateTransform.h"
#include "Feedback.h"
#include "HugePages.h"
#include "LabelingEngine.h"
#include "LayerLoader.h"
#include "MapRenderJob.h"
#include "MapRenderer.h"
#include "PngWriter.h"
#include "RasterLayer.h"
#include "TestData.h"
#include "VectorLayer.h"

#include <QPainter>

#include <cmath>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;
using test::TestData;

namespace {
int gradient(int band, int x, int y) { return band == 1 ? x * 4 : band == 2 ? y * 4 : 128; }

// Fraction of pixels whose colour differs by more than `tolerance` in some channel, and the
// mean absolute difference per channel.
std::pair<double, double> difference(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size()) return {1.0, 255.0};
    qint64 off = 0, sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))});
            off += d > tolerance;
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) + std::abs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    const double pixels = double(x.width()) * x.height();
    return {off / pixels, sum / (3 * pixels)};
}

// A dense synthetic scene: 24,000 polygons from a fifth of a pixel to several pixels wide and
// 1,500 winding lines, in UTM, deterministic.
std::vector<std::shared_ptr<VectorLayer>> denseScene()
{
    auto polygons = std::make_shared<VectorData>();
    polygons->setFields({{QStringLiteral("n"), QMetaType::Int}});
    auto lines = std::make_shared<VectorData>();
    lines->setFields({{QStringLiteral("n"), QMetaType::Int}});
    quint32 seed = 20261130;
    const auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return (seed >> 8) / double(1 << 24); };
    for (int i = 0; i < 24000; ++i) {
        const double x = 300000 + 48000 * next(), y = 9160000 + 27000 * next(), r = 20 + 400 * next() * next();
        polygons->beginFeature(i, GeometryKind::Polygon);
        polygons->beginPart();
        for (int k = 0; k < 6; ++k) polygons->addVertex(x + r * std::cos(k * 1.047), y + r * std::sin(k * 1.047));
        polygons->addVertex(x + r, y);
        polygons->endPart();
        polygons->appendAttribute(0, i);
        polygons->endFeature();
    }
    for (int i = 0; i < 1500; ++i) {
        double x = 300000 + 48000 * next(), y = 9160000 + 27000 * next(), h = 6.283 * next();
        lines->beginFeature(i, GeometryKind::Line);
        lines->beginPart();
        for (int k = 0; k < 15; ++k) {
            lines->addVertex(x, y);
            h += 0.5 * (next() - 0.5);
            x += 150 * std::cos(h);
            y += 150 * std::sin(h);
        }
        lines->endPart();
        lines->appendAttribute(0, i);
        lines->endFeature();
    }
    auto a = std::make_shared<VectorLayer>(polygons), b = std::make_shared<VectorLayer>(lines);
    VectorStyle fill;
    fill.symbol.fillColor = QColor(230, 160, 90);
    fill.symbol.strokeColor = QColor(90, 50, 20);
    fill.symbol.strokeWidthMm = 0.1;
    a->setStyle(fill);
    VectorStyle line;
    line.symbol.fillColor = Qt::transparent;
    line.symbol.strokeColor = QColor(60, 60, 60);
    line.symbol.strokeWidthMm = 0.3;
    b->setStyle(line);
    for (auto &l : {a, b}) l->setCrs(Crs::fromEpsg(32749));
    return {a, b};
}

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

    // A 10 km square in UTM 49S written to a GeoPackage and loaded; null when that fails.
    std::shared_ptr<VectorLayer> loadSquare(const QString &name) const
    {
        const QString p = m_dir.filePath(name + QStringLiteral(".gpkg"));
        if (!TestData::writeVector(p, QStringLiteral("GPKG"), name, 32749, {QStringLiteral("nama:str")},
                {{QStringLiteral("POLYGON ((310000 9180000, 320000 9180000, 320000 9190000, 310000 9190000, 310000 9180000))"),
                  {QStringLiteral("Kotak")}}}))
            return nullptr;
        auto r = LayerLoader::load(p);
        return r.ok() ? std::static_pointer_cast<VectorLayer>(r.layers.front()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_square = loadSquare(QStringLiteral("square"));
        QVERIFY(m_square);
        VectorStyle style;
        style.symbol.fillColor = QColor(220, 30, 30);
        style.symbol.strokeColor = Qt::transparent;
        m_square->setStyle(style);
    }

    // The PNG a map is exported to holds the rendered pixels, its resolution and its title.
    // The renderer's images on huge pages must be plain QImages to everyone else: the same
    // rows, writable, and kept alive by copies after the first goes.
    void hugePageImagesAreOrdinaryImages()
    {
        for (const auto &[size, format] : {std::pair{QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied},
                                           std::pair{QSize(1001, 1777), QImage::Format_RGB888},
                                           std::pair{QSize(64, 64), QImage::Format_ARGB32_Premultiplied}}) {
            QImage copy;
            {
                QImage image = HugePages::image(size, format);
                const QImage plain(size, format);
                QCOMPARE(image.size(), size);
                QCOMPARE(image.format(), format);
                QCOMPARE(image.bytesPerLine(), plain.bytesPerLine());
                image.fill(Qt::white);
                QPainter(&image).fillRect(QRect(10, 10, 5, 5), Qt::red);
                copy = image;
            }
            QCOMPARE(copy.pixelColor(12, 12), QColor(Qt::red));
            QCOMPARE(copy.pixelColor(size.width() - 1, size.height() - 1), QColor(Qt::white));
            QImage changed = copy;
            changed.setPixelColor(0, 0, Qt::blue);   // writing to a shared image gives it its own pixels
            QCOMPARE(copy.pixelColor(0, 0), QColor(Qt::white));
            QCOMPARE(changed.pixelColor(0, 0), QColor(Qt::blue));
        }
    }

    void pngKeepsTheMap()
    {
        MapSettings s;
        s.crs = m_square->crs();
        s.outputSize = QSize(300, 200);
        s.dpi = 300;
        s.background = Qt::white;
        s.layers = {m_square};
        s.extent = Extent(305000, 9175000, 325000, 9195000);
        QImage map = MapRenderer::renderImage(s);
        map.setDotsPerMeterX(11811);
        map.setDotsPerMeterY(11811);
        map.setText(QStringLiteral("Title"), QStringLiteral("Peta Kecamatan Bojongsari — aset TIK"));
        const QString opaquePath = m_dir.filePath(QStringLiteral("opaque.png"));
        {
            QFile file(opaquePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString error;
            QVERIFY2(PngWriter::write(map, file, &error), qPrintable(error));
        }
        const QImage back(opaquePath);
        QVERIFY(!back.isNull());
        QVERIFY(!back.hasAlphaChannel());   // an opaque map is written as RGB
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), map.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(back.pixelColor(150, 100), QColor(220, 30, 30));
        QCOMPARE(back.dotsPerMeterX(), 11811);
        QCOMPARE(back.text(QStringLiteral("Title")), QStringLiteral("Peta Kecamatan Bojongsari — aset TIK"));

        // A map over a transparent background keeps its transparency.
        s.background = Qt::transparent;
        const QImage clear = MapRenderer::renderImage(s);
        const QString clearPath = m_dir.filePath(QStringLiteral("clear.png"));
        {
            QFile file(clearPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(PngWriter::write(clear, file));
        }
        const QImage clearBack(clearPath);
        QVERIFY(clearBack.hasAlphaChannel());
        QCOMPARE(clearBack.pixelColor(5, 5).alpha(), 0);
        QCOMPARE(clearBack.pixelColor(150, 100), QColor(220, 30, 30));
        QCOMPARE(difference(clearBack, clear, 1).first, 0.0);

        // A device that cannot be written to gives a reason instead of a file.
        QFile readOnly(opaquePath);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!PngWriter::write(map, readOnly, &error));
        QVERIFY(!error.isEmpty());
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

    // The fast paths (dots for sub-pixel features, two cores, hairlines) must keep the picture:
    // checked against a reference rendering kept in tests/data/reference (rewrite it with
    // PILAR_UPDATE_REFERENCE=1 only when a change of the picture is intended, and look at it).
    void denseLayersMatchTheReference()
    {
        const auto layers = denseScene();
        MapSettings s;
        s.crs = Crs::fromEpsg(32749);
        s.extent = Extent(300000, 9160000, 348000, 9187000);
        s.outputSize = QSize(480, 270);  // 100 m a pixel: a quarter of the polygons are under a pixel
        s.background = Qt::white;
        s.layers = {layers[0], layers[1]};
        const QImage parallel = MapRenderer::renderImage(s);
        s.parallelRendering = false;
        const QImage sequential = MapRenderer::renderImage(s);
        const auto [offParallel, meanParallel] = difference(parallel, sequential, 8);
        QVERIFY2(offParallel < 0.001, qPrintable(QStringLiteral("two cores differ from one at %1 % of pixels").arg(100 * offParallel)));

        const QString reference = QStringLiteral(PILAR_TEST_DATA_DIR "/reference/dense_layers.png");
        if (qEnvironmentVariableIsSet("PILAR_UPDATE_REFERENCE")) QVERIFY(sequential.save(reference));
        const QImage expected(reference);
        QVERIFY2(!expected.isNull(), qPrintable(reference));
        const auto [off, mean] = difference(parallel, expected, 24);
        if (off >= 0.005 || mean >= 1.5) parallel.save(m_dir.filePath(QStringLiteral("dense_layers_actual.png")));
        QVERIFY2(off < 0.005, qPrintable(QStringLiteral("%1 % of pixels differ from the reference").arg(100 * off)));
        QVERIFY2(mean < 1.5, qPrintable(QStringLiteral("mean difference %1").arg(mean)));
        Q_UNUSED(meanParallel);
    }

    // A feature smaller than a pixel is exactly one pixel, in its outline colour.
    void subPixelFeaturesAreOnePixelEach()
    {
        auto d = std::make_shared<VectorData>();
        d->setFields({});
        for (int i = 0; i < 50; ++i) {
            const double x = 300000 + 100 * (2 * i + 1) + 50, y = 9180050; // the middle of pixel (2i + 1, 149)
            d->beginFeature(i, GeometryKind::Polygon);
            d->beginPart();
            d->addVertex(x - 10, y - 10); d->addVertex(x + 10, y - 10); d->addVertex(x, y + 10); d->addVertex(x - 10, y - 10);
            d->endPart();
            d->endFeature();
        }
        auto layer = std::make_shared<VectorLayer>(d);
        layer->setCrs(Crs::fromEpsg(32749));
        VectorStyle style;
        style.symbol.fillColor = QColor(230, 160, 90);
        style.symbol.strokeColor = QColor(90, 50, 20);
        layer->setStyle(style);
        MapSettings s = utmView();
        s.layers = {layer};
        const QImage img = MapRenderer::renderImage(s).convertToFormat(QImage::Format_RGB32);
        int coloured = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (img.pixel(x, y) != qRgb(255, 255, 255)) {
                    ++coloured;
                    QCOMPARE(img.pixel(x, y), qRgb(90, 50, 20));
                    QCOMPARE(y, 149);         // 9,180,050 m is the middle of row 149 from the top
                    QCOMPARE(x % 2, 1);
                }
        QCOMPARE(coloured, 50);
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

    // After a view of the whole layer (which needs no index) the index is built in the
    // background, so the first zoom does not wait for it.
    void indexIsPreparedAfterTheFirstView()
    {
        const auto layer = loadSquare(QStringLiteral("fresh"));
        QVERIFY(layer);
        MapSettings s = utmView();
        s.layers = {layer};
        QVERIFY(!layer->projected(s.crs)->hasIndex());
        MapRenderer::renderImage(s);
        QVERIFY(!layer->projected(s.crs)->hasIndex()); // the whole layer was in view
        MapRenderJob job;
        QSignalSpy spy(&job, &MapRenderJob::finished);
        job.start(s);
        QVERIFY(spy.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(layer->projected(s.crs)->hasIndex(), 10000);
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
