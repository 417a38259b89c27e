// What a project file says about its layers, as QGIS, a script or a damaged disk may leave it:
// the style of a layer (JSON in pilar_layers), the saved view extent and the report paper.
// Any bytes must load into some style that then draws, never crash.
#include "FuzzSupport.h"

#include "Extent.h"
#include "LayerLoader.h"
#include "MapRenderer.h"
#include "MapSettings.h"
#include "RasterLayer.h"
#include "RasterStyle.h"
#include "ReportSettings.h"
#include "VectorLayer.h"
#include "VectorStyle.h"

#include <gdal_priv.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pilar;

namespace {

std::vector<std::shared_ptr<Layer>> g_layers;

void load(const QString &name, const QByteArray &geojson)
{
    const QString path = fuzz::scratchPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(geojson);
    f.close();
    const auto r = LayerLoader::load(path);
    for (const auto &l : r.layers) g_layers.push_back(l);
}

}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::start(argc, argv);
    load(QStringLiteral("sites.geojson"), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"nama":"Menara A","nilai":3.5},"geometry":{"type":"Point","coordinates":[109.36,-7.39]}},
        {"type":"Feature","properties":{"nama":"Menara B","nilai":-1},"geometry":{"type":"Point","coordinates":[109.40,-7.42]}}]})");
    load(QStringLiteral("roads.geojson"), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"nama":"Jalan","nilai":12},"geometry":{"type":"LineString","coordinates":[[109.3,-7.3],[109.45,-7.45],[109.5,-7.35]]}}]})");
    load(QStringLiteral("desa.geojson"), R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"nama":"Desa","nilai":0},"geometry":{"type":"Polygon","coordinates":[[[109.3,-7.3],[109.5,-7.3],[109.5,-7.5],[109.3,-7.5],[109.3,-7.3]]]}}]})");
    // An 8 × 8 single-band raster over the same area.
    const QByteArray tif = QFile::encodeName(fuzz::scratchPath(QStringLiteral("dem.tif")));
    if (GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff")) {
        GDALDataset *ds = gtiff->Create(tif.constData(), 8, 8, 1, GDT_Float32, nullptr);
        if (ds) {
            double gt[6] = {109.3, 0.025, 0, -7.3, 0, -0.025};
            ds->SetGeoTransform(gt);
            ds->SetProjection("EPSG:4326");
            float values[64];
            for (int i = 0; i < 64; ++i) values[i] = float(i * 7 % 23);
            (void)ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 8, 8, values, 8, 8, GDT_Float32, 0, 0);
            GDALClose(ds);
        }
    }
    const auto r = LayerLoader::load(QString::fromLocal8Bit(tif));
    for (const auto &l : r.layers) g_layers.push_back(l);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    Extent::fromString(text);
    ReportSettings::Paper paper{};
    ReportSettings::parsePaper(text, paper);

    const QJsonObject json = QJsonDocument::fromJson(input).object();
    if (json.isEmpty()) return 0;
    for (const auto &layer : g_layers) {
        if (auto *vector = dynamic_cast<VectorLayer *>(layer.get())) {
            const VectorStyle style = VectorStyle::fromJson(json);
            vector->setStyle(VectorStyle::fromJson(style.toJson()));
        } else if (auto *raster = dynamic_cast<RasterLayer *>(layer.get())) {
            raster->setStyle(RasterStyle::fromJson(json, raster->defaultStyle()));
        }
    }
    MapSettings settings;
    settings.outputSize = QSize(96, 64);
    settings.extent = Extent(109.25, -7.55, 109.55, -7.25);
    settings.crs = g_layers.empty() ? Crs() : g_layers.front()->crs();
    settings.layers = g_layers;
    MapRenderer::renderImage(settings);
    return 0;
}
