// Pilar's own benchmark: load, render and browse a large vector layer, timed with
// medians. Not a test: figures go to the closing note and are compared with the
// QGIS/GDAL anchors in ../shared/bench (issue 7 will extend the comparison).
//
//   pilar-bench [--features N] [--file existing.gpkg --layer NAME] [--runs R]
//   pilar-bench --features N --write out.gpkg      (generate once; measure with --file)
#include "CoordinateTransform.h"
#include "Feedback.h"
#include "GdalSupport.h"
#include "LayerLoader.h"
#include "MapRenderer.h"
#include "VectorLayer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include "PeakMemory.h"

#include <algorithm>
#include <random>

using namespace pilar;
using pilar::bench::peakMiB;
using pilar::bench::resetPeak;

namespace {

// Deterministic buildings over the Purbalingga extent, like ../shared/bench/make_datasets.sh.
bool makeBuildings(const QString &path, int count)
{
    gdal::ensureInitialized();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    OGRLayer *layer = ds->CreateLayer("buildings", &srs, wkbPolygon, nullptr);
    OGRFieldDefn kind("kind", OFTString), floors("floors", OFTInteger);
    layer->CreateField(&kind);
    layer->CreateField(&floors);
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(109.22, 109.58), lat(-7.49, -7.17), size(0.00005, 0.0002);
    const char *kinds[] = {"rumah", "sekolah", "kantor", "toko", "masjid", "puskesmas"};
    layer->StartTransaction();
    for (int i = 0; i < count; ++i) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField(0, kinds[i % 6]);
        f.SetField(1, 1 + int(rng() % 4));
        const double x = lon(rng), y = lat(rng), w = size(rng), h = size(rng);
        OGRPolygon poly;
        OGRLinearRing ring;
        ring.addPoint(x, y); ring.addPoint(x + w, y); ring.addPoint(x + w, y + h);
        ring.addPoint(x + w * 0.5, y + h * 1.3); ring.addPoint(x, y + h); ring.addPoint(x, y);
        poly.addRing(&ring);
        f.SetGeometry(&poly);
        layer->CreateFeature(&f);
    }
    layer->CommitTransaction();
    return true;
}

template <typename F>
double medianMs(int runs, F &&fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("features"), QStringLiteral("Synthetic buildings to generate."), QStringLiteral("N"), QStringLiteral("500000")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("Use an existing GeoPackage instead."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Layer name in --file."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("write"), QStringLiteral("Only generate the synthetic file here, then exit."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions for medians."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    if (parser.isSet(QStringLiteral("write")))
        return makeBuildings(parser.value(QStringLiteral("write")), parser.value(QStringLiteral("features")).toInt()) ? 0 : 1;
    QString file = parser.value(QStringLiteral("file"));
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("buildings.gpkg"));
        QElapsedTimer t;
        t.start();
        if (!makeBuildings(file, parser.value(QStringLiteral("features")).toInt())) {
            out << "cannot write " << file << Qt::endl;
            return 1;
        }
        out << "generated " << parser.value(QStringLiteral("features")) << " polygons in " << t.elapsed() << " ms" << Qt::endl;
    }

    QElapsedTimer t;
    t.start();
    LayerLoader::Options options;
    options.layerName = parser.value(QStringLiteral("layer"));
    auto loaded = LayerLoader::load(file, options);
    if (!loaded.ok() || loaded.layers.empty()) {
        out << "load failed: " << loaded.errors.join(QLatin1Char(' ')) << Qt::endl;
        return 1;
    }
    const double loadMs = t.nsecsElapsed() / 1e6;
    auto layer = std::static_pointer_cast<VectorLayer>(loaded.layers.front());
    out << "features: " << layer->featureCount() << Qt::endl;
    out << "load (GDAL read into memory): " << loadMs << " ms" << Qt::endl;

    MapSettings s;
    s.crs = Crs::fromEpsg(32749);
    s.outputSize = QSize(1920, 1080);
    s.layers = {layer};
    CoordinateTransform tr(layer->crs(), s.crs);
    const Extent full = tr.transformExtent(layer->extent());
    s.extent = full;
    t.restart();
    QImage first = MapRenderer::renderImage(s);
    out << "first render, full extent, reprojected to UTM 49S (projection + index + draw): " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    out << "re-render full extent (median of " << runs << "): " << medianMs(runs, [&] { MapRenderer::renderImage(s); }) << " ms" << Qt::endl;
    const double side = std::sqrt(1.0 / 50);
    s.extent = Extent(full.centerX() - full.width() * side / 2, full.centerY() - full.height() * side / 2,
                      full.centerX() + full.width() * side / 2, full.centerY() + full.height() * side / 2);
    out << "re-render 1/50 of the extent (median): " << medianMs(runs, [&] { MapRenderer::renderImage(s); }) << " ms" << Qt::endl;
    s.crs = layer->crs();
    s.extent = layer->extent();
    t.restart();
    MapRenderer::renderImage(s);
    out << "render in the layer's own CRS, first time (index only): " << t.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    out << "peak memory (VmHWM): " << peakMiB() << " MiB" << Qt::endl;
    return first.isNull() ? 1 : 0;
}
