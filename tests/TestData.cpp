#include "TestData.h"

#include "GdalSupport.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QtDebug>

#include <vector>

namespace pilar::test {

namespace {
std::vector<QByteArray> toBytes(const QStringList &list)
{
    std::vector<QByteArray> out;
    for (const QString &s : list) out.push_back(s.toUtf8());
    return out;
}
std::vector<char *> toArgv(std::vector<QByteArray> &bytes)
{
    std::vector<char *> out;
    for (auto &b : bytes) out.push_back(b.data());
    out.push_back(nullptr);
    return out;
}
}

bool TestData::writeVector(const QString &path, const QString &driverName, const QString &layerName, int epsg,
                           const QStringList &fields, const std::vector<TestFeature> &features,
                           const QStringList &creationOptions, bool append)
{
    gdal::ensureInitialized();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toLatin1().constData());
    if (!driver) { qWarning() << "no driver" << driverName; return false; }
    GDALDatasetUniquePtr ds;
    if (append)
        ds.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    else
        ds.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) { qWarning() << "create failed" << gdal::lastErrorMessage(); return false; }
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (epsg) srs.importFromEPSG(epsg);
    OGRwkbGeometryType type = wkbUnknown;
    if (!features.empty() && !features.front().wkt.isEmpty()) {
        OGRGeometry *g = nullptr;
        QByteArray w = features.front().wkt.toUtf8();
        OGRGeometryFactory::createFromWkt(w.constData(), nullptr, &g);
        if (g) { type = wkbFlatten(g->getGeometryType()); OGRGeometryFactory::destroyGeometry(g); }
    }
    auto opts = toBytes(creationOptions);
    auto optv = toArgv(opts);
    OGRLayer *layer = ds->CreateLayer(layerName.toUtf8().constData(), epsg ? &srs : nullptr, type, optv.data());
    if (!layer) { qWarning() << "layer failed" << gdal::lastErrorMessage(); return false; }
    for (const QString &f : fields) {
        const QString name = f.section(QLatin1Char(':'), 0, 0), t = f.section(QLatin1Char(':'), 1, 1);
        OGRFieldDefn defn(name.toUtf8().constData(), t == QLatin1String("int") ? OFTInteger : t == QLatin1String("real") ? OFTReal : OFTString);
        layer->CreateField(&defn);
    }
    for (const auto &tf : features) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int i = 0; i < tf.values.size(); ++i)
            feature->SetField(i, tf.values[i].toUtf8().constData());
        if (!tf.wkt.isEmpty()) {
            OGRGeometry *g = nullptr;
            QByteArray w = tf.wkt.toUtf8();
            OGRGeometryFactory::createFromWkt(w.constData(), nullptr, &g);
            if (g) feature->SetGeometryDirectly(g);
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE) { qWarning() << "feature failed" << gdal::lastErrorMessage(); return false; }
    }
    return true;
}

bool TestData::writeRaster(const QString &path, int epsg, int width, int height, int bands, double x0, double y0,
                           double res, int (*fn)(int, int, int), bool overviews, bool colorTable)
{
    gdal::ensureInitialized();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), width, height, bands, GDT_Byte, nullptr));
    if (!ds) return false;
    double gt[6] = {x0, res, 0, y0, 0, -res};
    ds->SetGeoTransform(gt);
    if (epsg) {
        OGRSpatialReference srs;
        srs.importFromEPSG(epsg);
        ds->SetSpatialRef(&srs);
    }
    std::vector<GByte> buf(std::size_t(width) * height);
    for (int b = 1; b <= bands; ++b) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) buf[std::size_t(y) * width + x] = GByte(fn(b, x, y));
        if (ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, width, height, buf.data(), width, height, GDT_Byte, 0, 0) != CE_None)
            return false;
    }
    if (colorTable) {
        GDALColorTable table;
        for (int i = 0; i < 256; ++i) {
            GDALColorEntry e{short(i == 1 ? 255 : 0), short(i == 2 ? 255 : 0), short(i == 3 ? 255 : 0), 255};
            table.SetColorEntry(i, &e);
        }
        ds->GetRasterBand(1)->SetColorTable(&table);
    }
    if (overviews) {
        int levels[] = {2, 4};
        if (ds->BuildOverviews("AVERAGE", 2, levels, 0, nullptr, nullptr, nullptr) != CE_None) return false;
    }
    return true;
}

bool TestData::translateRaster(const QString &src, const QString &dst, const QStringList &args)
{
    gdal::ensureInitialized();
    GDALDatasetUniquePtr in(GDALDataset::Open(src.toUtf8().constData(), GDAL_OF_RASTER));
    if (!in) return false;
    auto bytes = toBytes(args);
    auto argv = toArgv(bytes);
    GDALTranslateOptions *options = GDALTranslateOptionsNew(argv.data(), nullptr);
    int err = 0;
    GDALDatasetH out = GDALTranslate(dst.toUtf8().constData(), GDALDataset::ToHandle(in.get()), options, &err);
    GDALTranslateOptionsFree(options);
    if (!out) { qWarning() << "translate failed" << gdal::lastErrorMessage(); return false; }
    GDALClose(out);
    return true;
}

bool TestData::writeText(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
}

QString TestData::dataDir()
{
    return QStringLiteral(PILAR_TEST_DATA_DIR);
}

}
