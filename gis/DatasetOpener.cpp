#include "DatasetOpener.h"

#include "GdalSupport.h"

#include <cpl_conv.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <vector>

namespace pilar {

namespace {
bool siblingExists(const QFileInfo &info, const QString &suffix)
{
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    for (const QString &s : {suffix.toLower(), suffix.toUpper()})
        if (dir.exists(base + QLatin1Char('.') + s)) return true;
    return false;
}

// The names in a CSV's header line, every usual delimiter counted, so that a doubt about
// the coordinate columns is found rather than missed (see open()).
QStringList csvHeaderNames(const QString &path)
{
    VSILFILE *file = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!file) return {};
    QByteArray head(65536, '\0');
    head.resize(int(VSIFReadL(head.data(), 1, head.size(), file)));
    VSIFCloseL(file);
    const int end = head.indexOf('\n');
    if (end >= 0) head.truncate(end);
    QStringList names;
    for (QString name : QString::fromUtf8(head).split(QRegularExpression(QStringLiteral("[,;\t|]")))) {
        name = name.trimmed();
        name.remove(QLatin1Char('"'));
        name.remove(QChar(0xFEFF));  // a byte-order mark before the first name
        names << name;
    }
    return names;
}

QStringList namesAmong(const QStringList &names, const QStringList &wanted)
{
    QStringList found;
    for (const QString &name : names)
        if (wanted.contains(name, Qt::CaseInsensitive)) found << name;
    return found;
}
}

QString DatasetOpener::displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

GDALDatasetUniquePtr DatasetOpener::open(const QString &path, QString *error, QStringList *warnings)
{
    gdal::ensureInitialized();
    const QString name = displayName(path);
    // GDAL virtual paths (/vsizip/...) and connection strings are passed through untouched.
    const bool isFileLike = !path.startsWith(QLatin1String("/vsi")) && !path.contains(QLatin1Char(':'));
    const QFileInfo info(path);
    if (isFileLike) {
        if (!info.exists()) {
            if (error) *error = DatasetOpener::tr("%1: file not found.").arg(name);
            return nullptr;
        }
        if (info.isFile() && !info.isReadable()) {
            if (error) *error = DatasetOpener::tr("%1: the file cannot be read (permission denied).").arg(name);
            return nullptr;
        }
        if (info.isFile() && info.size() == 0) {
            if (error) *error = DatasetOpener::tr("%1: the file is empty.").arg(name);
            return nullptr;
        }
        if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
            if (!siblingExists(info, QStringLiteral("shx"))) {
                if (error)
                    *error = DatasetOpener::tr("%1: the Shapefile is missing its index file (.shx); copy the .shx that belongs with it.").arg(name);
                return nullptr;
            }
            if (!siblingExists(info, QStringLiteral("dbf"))) {
                if (error)
                    *error = DatasetOpener::tr("%1: the Shapefile is missing its attribute file (.dbf); copy the .dbf that belongs with it.").arg(name);
                return nullptr;
            }
        }
    }

    std::vector<QByteArray> optionBytes;
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        optionBytes = {"GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom,wkt_geom,geometri",
                       "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES", "EMPTY_STRING_AS_NULL=YES"};
        const QStringList longitudeNames = {QStringLiteral("lon"), QStringLiteral("long"), QStringLiteral("longitude"), QStringLiteral("lng"),
                                            QStringLiteral("x"), QStringLiteral("bujur"), QStringLiteral("easting")};
        const QStringList latitudeNames = {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("y"),
                                           QStringLiteral("lintang"), QStringLiteral("northing")};
        // GDAL 3.6 crashes on a sheet with two longitude columns (a "lon" and an "x", say) or two
        // latitude columns when it is asked to build points and drop the coordinate columns:
        // then Pilar asks for no points and says which columns are in doubt.
        const QStringList header = csvHeaderNames(path);
        const QStringList longitudes = namesAmong(header, longitudeNames), latitudes = namesAmong(header, latitudeNames);
        if (longitudes.size() <= 1 && latitudes.size() <= 1) {
            optionBytes.push_back("X_POSSIBLE_NAMES=" + longitudeNames.join(QLatin1Char(',')).toUtf8());
            optionBytes.push_back("Y_POSSIBLE_NAMES=" + latitudeNames.join(QLatin1Char(',')).toUtf8());
        } else if (warnings) {
            const QStringList doubtful = longitudes.size() > 1 ? longitudes : latitudes;
            *warnings << DatasetOpener::tr("%1: more than one column could hold the longitude or the latitude (%2), so no points are made from them; "
                                           "keep one and rename the others.").arg(name, doubtful.join(QStringLiteral(", ")));
        }
    }
    // Planners' spreadsheets have a header row, even when every column holds text
    // (GDAL's automatic detection would then take the names for data).
    // (GDAL 3.6 takes this as a configuration option, set for this thread only).
    const QString suffix = info.suffix().toLower();
    const bool spreadsheet = suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods");
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", spreadsheet ? "FORCE" : nullptr);
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", spreadsheet ? "FORCE" : nullptr);
    std::vector<const char *> options;
    for (const auto &o : optionBytes) options.push_back(o.constData());
    options.push_back(nullptr);

    // A PostgreSQL connection is a vector source: asked for rasters too, GDAL's PostGIS Raster
    // driver fails on a server without that extension and takes the whole open with it.
    const bool database = path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
    gdal::resetError();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(),
                                              GDAL_OF_VECTOR | (database ? 0 : GDAL_OF_RASTER) | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                              nullptr, options.data(), nullptr));
    if (!ds) {
        const QString reason = gdal::lastErrorMessage();
        if (error) {
            if (info.isDir())
                *error = DatasetOpener::tr("%1: this folder holds no map data that can be read.").arg(name);
            else if (reason.isEmpty() || reason.contains(QLatin1String("not recognized"), Qt::CaseInsensitive))
                *error = DatasetOpener::tr("%1: the file format is not supported or the file is not map data.").arg(name);
            else
                *error = DatasetOpener::tr("%1: the file is damaged or cannot be read (%2).").arg(name, reason);
        }
        return nullptr;
    }
    if (ds->GetLayerCount() == 0 && ds->GetRasterCount() == 0 &&
        CSLCount(ds->GetMetadata("SUBDATASETS")) == 0) {
        if (error) *error = DatasetOpener::tr("%1: the file holds no layers.").arg(name);
        return nullptr;
    }
    if (warnings && isFileLike && info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0 &&
        !siblingExists(info, QStringLiteral("prj")))
        *warnings << DatasetOpener::tr("%1: the Shapefile has no .prj file, so its coordinate reference system is unknown.").arg(name);
    return ds;
}

}
