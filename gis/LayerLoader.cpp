#include "LayerLoader.h"

#include "ArrowLayerReader.h"
#include "DatasetOpener.h"
#include "Feedback.h"
#include "GdalSupport.h"
#include "OgrGeometryReader.h"
#include "RasterLayer.h"
#include "VectorLayer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <cmath>
#include <utility>

namespace pilar {

namespace {

QMetaType::Type fieldType(OGRFieldType t)
{
    switch (t) {
    case OFTInteger: return QMetaType::Int;
    case OFTInteger64: return QMetaType::LongLong;
    case OFTReal: return QMetaType::Double;
    case OFTDate: return QMetaType::QDate;
    case OFTDateTime: return QMetaType::QDateTime;
    default: return QMetaType::QString;
    }
}

QVariant fieldValue(OGRFeature &f, int i, QMetaType::Type type)
{
    if (!f.IsFieldSetAndNotNull(i))
        return QVariant();
    switch (type) {
    case QMetaType::Int: return f.GetFieldAsInteger(i);
    case QMetaType::LongLong: return qlonglong(f.GetFieldAsInteger64(i));
    case QMetaType::Double: return f.GetFieldAsDouble(i);
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        int y, m, d, hh, mm, tz;
        float ss;
        f.GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
        if (type == QMetaType::QDate) return QDate(y, m, d);
        return QDateTime(QDate(y, m, d), QTime(hh, mm, int(ss)));
    }
    default: return QString::fromUtf8(f.GetFieldAsString(i));
    }
}

std::shared_ptr<Layer> loadVector(OGRLayer &ogrLayer, const QString &path, const QString &layerName, int seed,
                                  const LayerLoader::Options &options, LayerLoader::Result &result, Feedback *feedback,
                                  double progressBase, double progressSpan)
{
    const QString file = DatasetOpener::displayName(path);
    auto data = std::make_shared<VectorData>();
    OGRFeatureDefn *defn = ogrLayer.GetLayerDefn();
    std::vector<FieldDefinition> fields;
    std::vector<int> ogrField;   // per field read: its index in the OGR layer
    CPLStringList ignored;       // the fields not asked for: GDAL leaves their columns unread
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        OGRFieldDefn *fd = defn->GetFieldDefn(i);
        const QString name = QString::fromUtf8(fd->GetNameRef());
        if (options.fields && !options.fields->contains(name, Qt::CaseInsensitive)) {
            ignored.AddString(fd->GetNameRef());
            continue;
        }
        fields.push_back({name, fieldType(fd->GetType())});
        ogrField.push_back(i);
    }
    if (!ignored.empty()) ignored.AddString("OGR_STYLE");
    ogrLayer.SetIgnoredFields(ignored.empty() ? nullptr : const_cast<const char **>(ignored.List()));
    data->setFields(fields);
    const Crs crs = Crs::fromOgr(ogrLayer.GetSpatialRef());
    qint64 withoutGeometry = 0, absurd = 0;
    bool columnar = false;
    if (options.columnar && ArrowLayerReader::suits(ogrLayer)) {
        ArrowLayerReader::Counts counts;
        columnar = ArrowLayerReader::read(ogrLayer, *data, crs.isGeographic(), counts, feedback, progressBase, progressSpan);
        if (counts.canceled) { result.canceled = true; return nullptr; }
        if (columnar) {
            absurd = counts.absurd;
            withoutGeometry = counts.withoutGeometry;
        } else {
            // The stream broke off: read again, feature by feature, from a clean start.
            auto fresh = std::make_shared<VectorData>();
            fresh->setFields(fields);
            data = fresh;
        }
    }
    if (!columnar) {
        const qint64 expected = ogrLayer.GetFeatureCount(FALSE);
        if (expected > 0) data->reserve(std::size_t(expected), 0, 0);
        OgrGeometryReader reader(*data, crs.isGeographic());
        qint64 read = 0;
        const int fieldCount = int(data->fields.size());
        ogrLayer.ResetReading();
        for (auto &feature : ogrLayer) {
            if ((read & 4095) == 0) {
                if (Feedback::canceled(feedback)) { result.canceled = true; return nullptr; }
                if (expected > 0) Feedback::progress(feedback, progressBase + progressSpan * read / expected);
            }
            ++read;
            // Roll back a feature whose coordinates are nonsense rather than letting it wreck the extent.
            const std::size_t coordMark = data->coords.size(), partMark = data->partStart.size();
            data->beginFeature(feature->GetFID(), GeometryKind::None);
            reader.resetAbsurd();
            const GeometryKind kind = reader.read(feature->GetGeometryRef());
            if (reader.absurd()) {
                data->abandonFeature(coordMark, partMark);
                ++absurd;
                continue;
            }
            data->kinds.back() = kind;
            if (kind == GeometryKind::None) ++withoutGeometry;
            for (int i = 0; i < fieldCount; ++i) data->appendAttribute(i, fieldValue(*feature, ogrField[i], data->fields[i].type));
            data->endFeature();
        }
    }
    if (data->featureCount() == 0 && absurd == 0)
        result.warnings << LayerLoader::tr("%1: layer \"%2\" has no features.").arg(file, layerName);
    if (absurd > 0)
        result.warnings << LayerLoader::tr("%1: %n feature(s) of layer \"%2\" were skipped because their coordinates are impossible for the layer's CRS.",
                              nullptr, int(absurd)).arg(file, layerName);
    if (withoutGeometry > 0 && withoutGeometry < qint64(data->featureCount()))
        result.warnings << LayerLoader::tr("%1: %n feature(s) of layer \"%2\" have no geometry or an invalid one; they are listed in the attribute table but not drawn.",
                              nullptr, int(withoutGeometry)).arg(file, layerName);

    auto layer = std::make_shared<VectorLayer>(data);
    layer->setStyle(VectorLayer::defaultStyle(data->dominantKind(), seed));
    layer->setCrs(crs);
    return layer;
}

std::shared_ptr<Layer> loadRaster(GDALDataset &ds, const QString &gdalName, LayerLoader::Result &result)
{
    const QString file = DatasetOpener::displayName(gdalName);
    double gt[6];
    const bool georeferenced = ds.GetGeoTransform(gt) == CE_None && !(gt[0] == 0 && gt[1] == 1 && gt[3] == 0 && gt[5] == 1);
    if (!georeferenced) {
        result.errors << LayerLoader::tr("%1: the raster has no georeferencing (no world file or coordinates), so it cannot be placed on the map.").arg(file);
        return nullptr;
    }
    RasterLayer::Info info;
    info.gdalName = gdalName;
    info.width = ds.GetRasterXSize();
    info.height = ds.GetRasterYSize();
    info.bandCount = ds.GetRasterCount();
    GDALRasterBand *first = ds.GetRasterBand(1);
    info.overviewCount = first->GetOverviewCount();
    info.hasColorTable = first->GetColorTable() != nullptr;
    for (double px : {0.0, double(info.width)})
        for (double py : {0.0, double(info.height)})
            info.extent.include(gt[0] + px * gt[1] + py * gt[2], gt[3] + px * gt[4] + py * gt[5]);

    RasterStyle style;
    const bool byteBands = first->GetRasterDataType() == GDT_Byte;
    if (info.hasColorTable) {
        style.mode = RasterMode::Palette;
    } else if (info.bandCount >= 3 && byteBands) {
        style.mode = RasterMode::Rgb;
    } else {
        style.mode = RasterMode::SingleBandRamp;
        double minMax[2] = {0, 255};
        if (first->ComputeRasterMinMax(TRUE, minMax) == CE_None) {
            style.minimum = minMax[0];
            style.maximum = minMax[1];
        }
    }
    auto layer = std::make_shared<RasterLayer>(info, style);
    layer->setCrs(Crs::fromOgr(ds.GetSpatialRef()));
    return layer;
}

}

LayerLoader::Result LayerLoader::load(const QString &path, const Options &options, Feedback *feedback)
{
    Result result;
    QString error;
    QStringList openWarnings;  // what the opener noticed, e.g. coordinate columns in doubt
    GDALDatasetUniquePtr ds = DatasetOpener::open(path, &error, &openWarnings);
    if (!ds) {
        result.errors << error;
        return result;
    }
    const QString file = DatasetOpener::displayName(path);
    const QString baseName = QFileInfo(path).completeBaseName();
    const QString driver = QString::fromLatin1(ds->GetDriverName());
    const bool many = ds->GetLayerCount() + (ds->GetRasterCount() > 0 ? 1 : 0) > 1;

    // Raster tables: a single raster, or several GeoPackage tile tables as subdatasets.
    QStringList rasterNames;
    if (ds->GetRasterCount() > 0)
        rasterNames << path;
    char **subdatasets = ds->GetMetadata("SUBDATASETS");
    for (int i = 0; subdatasets && subdatasets[i]; ++i) {
        const QString entry = QString::fromUtf8(subdatasets[i]);
        if (entry.contains(QLatin1String("_NAME=")) && ds->GetRasterCount() == 0)
            rasterNames << entry.section(QLatin1Char('='), 1);
    }
    for (const QString &rasterName : rasterNames) {
        const QString table = rasterName == path ? baseName : rasterName.section(QLatin1Char(':'), -1);
        if (!options.layerName.isEmpty() && options.layerName != table && rasterNames.size() > 1)
            continue;
        GDALDatasetUniquePtr rds;
        GDALDataset *rasterDs = ds.get();
        if (rasterName != path) {
            rds.reset(GDALDataset::Open(rasterName.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
            rasterDs = rds.get();
        }
        if (!rasterDs) continue;
        if (auto layer = loadRaster(*rasterDs, rasterName, result)) {
            layer->setName(table);
            layer->setSource(path, rasterName == path ? QString() : table);
            result.layers.push_back(layer);
        }
    }

    const int layerCount = ds->GetLayerCount();
    int seed = 0;
    bool found = options.layerName.isEmpty();
    for (int i = 0; i < layerCount; ++i) {
        OGRLayer *ogrLayer = ds->GetLayer(i);
        const QString name = QString::fromUtf8(ogrLayer->GetName());
        if (!options.layerName.isEmpty() && name != options.layerName)
            continue;
        found = true;
        // GPX files always declare five layers; the empty ones are noise, not a problem.
        if (driver == QLatin1String("GPX") && ogrLayer->GetFeatureCount(TRUE) == 0)
            continue;
        // Tables without geometry (Pilar's own settings, plain attribute tables) are not map layers.
        if (ogrLayer->GetGeomType() == wkbNone && options.layerName.isEmpty()) {
            if (driver == QLatin1String("CSV") && !openWarnings.isEmpty())
                result.errors << std::exchange(openWarnings, {});  // they say why there are no points
            else if (driver == QLatin1String("CSV"))
                result.errors << tr("%1: no coordinate columns were found (a WKT column, or lon/lat or x/y columns).").arg(file);
            else if (!name.startsWith(QLatin1String("pilar_")) && !name.startsWith(QLatin1String("mp_")))
                result.warnings << tr("%1: table \"%2\" has no geometry and is not shown on the map.").arg(file, name);
            continue;
        }
        auto layer = loadVector(*ogrLayer, path, name, seed++, options, result, feedback, 100.0 * i / layerCount, 100.0 / layerCount);
        if (result.canceled) {
            result.layers.clear();
            return result;
        }
        if (!layer) continue;
        layer->setName(many ? name : baseName);
        layer->setSource(path, many ? name : QString());
        result.layers.push_back(layer);
    }
    result.warnings = openWarnings + result.warnings;
    if (!found && !std::any_of(result.layers.begin(), result.layers.end(), [](auto &l) { return l->type() == LayerType::Raster; }))
        result.errors << LayerLoader::tr("%1: there is no layer named \"%2\".").arg(file, options.layerName);
    for (auto &layer : result.layers) {
        if (layer->crsMissing() && options.assignCrs.isValid())
            layer->setCrs(options.assignCrs);
    }
    if (result.layers.empty() && result.errors.isEmpty())
        result.errors << LayerLoader::tr("%1: the file holds no layers that can be shown.").arg(file);
    Feedback::progress(feedback, 100);
    return result;
}

QString LayerLoader::fileFilter()
{
    return LayerLoader::tr("All map data (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gpx *.csv *.tif *.tiff *.mbtiles);;"
              "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML/KMZ (*.kml *.kmz);;"
              "FlatGeobuf (*.fgb);;GPX (*.gpx);;CSV (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;All files (*)");
}

}
