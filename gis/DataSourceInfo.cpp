#include "DataSourceInfo.h"

#include "CrsGuess.h"
#include "DatasetOpener.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QFileInfo>
#include <QLocale>

namespace pilar {

namespace {
void describeRaster(GDALDataset &ds, const QString &name, DataSourceInfo &info)
{
    DataSourceInfo::LayerInfo li;
    li.name = name;
    li.raster = true;
    li.width = ds.GetRasterXSize();
    li.height = ds.GetRasterYSize();
    li.bands = ds.GetRasterCount();
    li.overviews = li.bands > 0 ? ds.GetRasterBand(1)->GetOverviewCount() : 0;
    li.geometryType = QStringLiteral("%1 x %2, %3 band(s)").arg(li.width).arg(li.height).arg(li.bands);
    li.crs = Crs::fromOgr(ds.GetSpatialRef());
    double gt[6];
    if (ds.GetGeoTransform(gt) == CE_None)
        for (double px : {0.0, double(li.width)})
            for (double py : {0.0, double(li.height)})
                li.extent.include(gt[0] + px * gt[1] + py * gt[2], gt[3] + px * gt[4] + py * gt[5]);
    if (!li.crs.isValid()) li.suggestedCrs = CrsGuess::best(li.extent);
    info.layers << li;
}
}

bool DataSourceInfo::inspect(const QString &path, DataSourceInfo &info, QString *error)
{
    info.warnings.clear();
    GDALDatasetUniquePtr ds = DatasetOpener::open(path, error, &info.warnings);
    if (!ds)
        return false;
    info.path = path;
    info.driver = QString::fromLatin1(ds->GetDriverName());
    info.layers.clear();
    if (ds->GetRasterCount() > 0)
        describeRaster(*ds, QFileInfo(path).completeBaseName(), info);
    char **subdatasets = ds->GetMetadata("SUBDATASETS");
    for (int i = 0; subdatasets && subdatasets[i] && ds->GetRasterCount() == 0; ++i) {
        const QString entry = QString::fromUtf8(subdatasets[i]);
        if (!entry.contains(QLatin1String("_NAME="))) continue;
        const QString name = entry.section(QLatin1Char('='), 1);
        GDALDatasetUniquePtr sub(GDALDataset::Open(name.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        if (sub) describeRaster(*sub, name.section(QLatin1Char(':'), -1), info);
    }
    for (auto *layer : ds->GetLayers()) {
        LayerInfo li;
        li.name = QString::fromUtf8(layer->GetName());
        li.geometryType = QString::fromLatin1(OGRGeometryTypeToName(layer->GetGeomType()));
        li.crs = Crs::fromOgr(layer->GetSpatialRef());
        li.featureCount = layer->GetFeatureCount(TRUE);
        OGREnvelope env;
        if (layer->GetExtent(&env, TRUE) == OGRERR_NONE)
            li.extent = Extent(env.MinX, env.MinY, env.MaxX, env.MaxY);
        if (!li.crs.isValid()) li.suggestedCrs = CrsGuess::best(li.extent);
        info.layers << li;
    }
    return true;
}

QJsonObject DataSourceInfo::toJson() const
{
    QJsonArray layersJson;
    for (const auto &l : layers) {
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("type"), l.raster ? QStringLiteral("raster") : QStringLiteral("vector")},
                      {QStringLiteral("geometry"), l.geometryType},
                      {QStringLiteral("crs"), l.crs.isValid() ? QJsonValue(l.crs.authId().isEmpty() ? l.crs.name() : l.crs.authId())
                                                               : QJsonValue()},
                      {QStringLiteral("crsName"), l.crs.name()}};
        if (!l.crs.isValid() && l.suggestedCrs.isValid())
            o.insert(QStringLiteral("suggestedCrs"), l.suggestedCrs.authId());
        if (!l.raster) o.insert(QStringLiteral("featureCount"), l.featureCount);
        else {
            o.insert(QStringLiteral("width"), l.width);
            o.insert(QStringLiteral("height"), l.height);
            o.insert(QStringLiteral("bands"), l.bands);
            o.insert(QStringLiteral("overviews"), l.overviews);
        }
        if (l.extent.isValid())
            o.insert(QStringLiteral("extent"), QJsonArray{l.extent.xMin, l.extent.yMin, l.extent.xMax, l.extent.yMax});
        layersJson.append(o);
    }
    QJsonObject json{{QStringLiteral("path"), path}, {QStringLiteral("driver"), driver}, {QStringLiteral("layers"), layersJson}};
    if (!warnings.isEmpty()) json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return json;
}

QString DataSourceInfo::toText() const
{
    const QLocale locale;
    QString out = DataSourceInfo::tr("File: %1\nFormat: %2\n").arg(DatasetOpener::displayName(path), driver);
    for (const auto &l : layers) {
        out += QLatin1Char('\n') + DataSourceInfo::tr("Layer: %1").arg(l.name) + QLatin1Char('\n');
        if (l.raster) {
            out += DataSourceInfo::tr("  Type: raster, %1 x %2 pixels, %3, %4")
                       .arg(l.width).arg(l.height)
                       .arg(DataSourceInfo::tr("%n band(s)", nullptr, l.bands), DataSourceInfo::tr("%n overview level(s)", nullptr, l.overviews))
                   + QLatin1Char('\n');
        } else {
            out += DataSourceInfo::tr("  Geometry: %1").arg(l.geometryType) + QLatin1Char('\n');
            out += DataSourceInfo::tr("  Features: %1").arg(locale.toString(l.featureCount)) + QLatin1Char('\n');
        }
        if (l.crs.isValid())
            out += DataSourceInfo::tr("  CRS: %1").arg(l.crs.displayName()) + QLatin1Char('\n');
        else if (l.suggestedCrs.isValid())
            out += DataSourceInfo::tr("  CRS: unknown (the coordinates suggest %1)").arg(l.suggestedCrs.displayName()) + QLatin1Char('\n');
        else
            out += DataSourceInfo::tr("  CRS: unknown") + QLatin1Char('\n');
        if (l.extent.isValid())
            out += DataSourceInfo::tr("  Extent: %1").arg(l.extent.toString(6)) + QLatin1Char('\n');
    }
    for (const QString &warning : warnings) out += QLatin1Char('\n') + warning + QLatin1Char('\n');
    return out;
}

}
