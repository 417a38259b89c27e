// Pilar's map-engine benchmark (issue 7): the same work as ../shared/bench/qgis_render.py,
// so bench/map.sh can put Pilar, GDAL's read floors and QGIS side by side. One process
// is one "cold" run: open the file, load, render a 1920x1080 view, write the PNG; then
// re-renders of the same view, a pan, a zoom and a style change. Prints one JSON line.
//
//   pilar-bench FILE [--layer NAME] [--zoom F] [--repeat R] [--out PNG]
//   (--zoom F: a window of 1/F of the extent's width and height around its centre, as QGIS's --zoom)
#include "Feedback.h"
#include "LayerLoader.h"
#include "MapRenderer.h"
#include "PngWriter.h"
#include "VectorLayer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include "PeakMemory.h"

#include <algorithm>

using namespace pilar;

namespace {

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// The anchor's symbols: fill 230,160,90 with a 0.1 mm brown outline; lines 0.3 mm grey.
VectorStyle anchorStyle(GeometryKind kind)
{
    VectorStyle style;
    if (kind == GeometryKind::Polygon) {
        style.symbol.fillColor = QColor(230, 160, 90);
        style.symbol.strokeColor = QColor(90, 50, 20);
        style.symbol.strokeWidthMm = 0.1;
    } else {
        style.symbol.fillColor = Qt::transparent;
        style.symbol.strokeColor = QColor(60, 60, 60);
        style.symbol.strokeWidthMm = 0.3;
    }
    return style;
}

Extent zoomed(const Extent &full, double zoom, double shiftX = 0)
{
    const double hw = full.width() / zoom / 2, hh = full.height() / zoom / 2;
    const double cx = full.centerX() + shiftX * 2 * hw, cy = full.centerY();
    return Extent(cx - hw, cy - hh, cx + hw, cy + hh);
}

}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A vector file (the anchors' GeoPackages)."));
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Layer name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("zoom"), QStringLiteral("1/F of the extent."), QStringLiteral("F"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Re-renders of the same view."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PNG to write."), QStringLiteral("PNG")});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1) parser.showHelp(2);
    const QString file = parser.positionalArguments().first();
    const double zoom = std::max(1.0, parser.value(QStringLiteral("zoom")).toDouble());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir dir;
    const QString png = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : dir.filePath(QStringLiteral("render.png"));

    // Cold: open → load → render → PNG written.
    const long baseline = pilar::bench::peakMiB();
    QElapsedTimer t;
    t.start();
    LayerLoader::Options options;
    options.layerName = parser.value(QStringLiteral("layer"));
    options.fields = QStringList();   // the anchor's single symbol uses no field (as QGIS asks for none)
    auto loaded = LayerLoader::load(file, options);
    if (!loaded.ok() || loaded.layers.empty() || loaded.layers.front()->type() != LayerType::Vector) {
        QTextStream(stderr) << "cannot load " << file << ": " << loaded.errors.join(QLatin1Char(' ')) << Qt::endl;
        return 1;
    }
    const double loadMs = ms(t);
    const long loadPeak = pilar::bench::peakMiB();
    auto layer = std::static_pointer_cast<VectorLayer>(loaded.layers.front());
    layer->setStyle(anchorStyle(layer->data()->dominantKind()));

    MapSettings s;
    s.crs = layer->crs();
    s.outputSize = QSize(1920, 1080);
    s.dpi = 96;
    s.background = Qt::white;
    s.layers = {layer};
    const Extent full = layer->extent();
    s.extent = zoomed(full, zoom);
    t.restart();
    QImage image = MapRenderer::renderImage(s);
    const double firstRenderMs = ms(t);
    t.restart();
    QFile pngFile(png);
    if (!pngFile.open(QIODevice::WriteOnly) || !PngWriter::write(image, pngFile)) { // as pilar-cli render writes it
        QTextStream(stderr) << "cannot write " << png << Qt::endl;
        return 1;
    }
    pngFile.close();
    const double pngMs = ms(t);
    const double coldMs = ms(sinceStart);
    const long coldPeak = pilar::bench::peakMiB();

    // Warm: the layer is in memory.
    std::vector<double> again;
    for (int i = 0; i < repeat; ++i) {
        t.restart();
        MapRenderer::renderImage(s);
        again.push_back(ms(t));
    }
    std::vector<double> pans;
    for (int i = 1; i <= repeat; ++i) {
        MapSettings moved = s;
        moved.extent = zoomed(full, zoom, 0.1 * i);  // a pan of a tenth of the view each time
        t.restart();
        MapRenderer::renderImage(moved);
        pans.push_back(ms(t));
    }
    std::vector<double> zooms;
    for (int i = 1; i <= repeat; ++i) {
        MapSettings closer = s;
        closer.extent = zoomed(full, zoom * (1 + 0.25 * i));
        t.restart();
        MapRenderer::renderImage(closer);
        zooms.push_back(ms(t));
    }
    std::vector<double> restyles;
    for (int i = 0; i < repeat; ++i) {
        VectorStyle style = layer->style();
        style.symbol.fillColor = QColor::fromHsv((40 * i) % 360, 160, 220);
        layer->setStyle(style);
        t.restart();
        MapRenderer::renderImage(s);
        restyles.push_back(ms(t));
    }

    // How much of the image is drawn on (the anchor prints the same figure).
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) ink += (line[x] & 0xffffff) != 0xffffff;
    }
    const auto list = [](const std::vector<double> &v) {
        QJsonArray a;
        for (double x : v) a.append(qRound(x * 10) / 10.0);
        return a;
    };
    QJsonObject json{{QStringLiteral("file"), QFileInfo(file).fileName()},
                     {QStringLiteral("features"), qint64(layer->featureCount())},
                     {QStringLiteral("zoom"), zoom},
                     {QStringLiteral("cold_ms"), qRound(coldMs * 10) / 10.0},
                     {QStringLiteral("load_ms"), qRound(loadMs * 10) / 10.0},
                     {QStringLiteral("first_render_ms"), qRound(firstRenderMs * 10) / 10.0},
                     {QStringLiteral("png_ms"), qRound(pngMs * 10) / 10.0},
                     {QStringLiteral("rerender_ms"), median(again)},
                     {QStringLiteral("pan_ms"), median(pans)},
                     {QStringLiteral("zoom_ms"), median(zooms)},
                     {QStringLiteral("restyle_ms"), median(restyles)},
                     {QStringLiteral("renders"), list(again)},
                     {QStringLiteral("ink"), double(ink) / (rgb.width() * rgb.height())},
                     {QStringLiteral("peak_mib"), qint64(coldPeak)},
                     {QStringLiteral("startup_peak_mib"), qint64(baseline)},
                     {QStringLiteral("load_peak_mib"), qint64(loadPeak)},
                     {QStringLiteral("peak_after_mib"), qint64(pilar::bench::peakMiB())}};
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
