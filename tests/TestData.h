#pragma once

#include <functional>

#include <QString>
#include <QList>
#include <QStringList>

#include <utility>
#include <vector>

namespace pilar::test {

/// One feature for a test file: WKT geometry (or empty for none) and attribute values.
struct TestFeature
{
    QString wkt;
    QStringList values;
};

/// Writes real files with GDAL for tests: no mocks, the same drivers users meet.
class TestData
{
public:
    /// A vector file with one layer; fields are "name:type" with type int, real or str.
    /// epsg 0 writes no CRS. Returns false (and prints GDAL's reason) on failure.
    static bool writeVector(const QString &path, const QString &driver, const QString &layer, int epsg,
                            const QStringList &fields, const std::vector<TestFeature> &features,
                            const QStringList &creationOptions = {}, bool append = false);
    /// A GeoTIFF of `bands` bands (Byte) over [x0, x0 + w*res] x [y0 - h*res, y0], values from fn.
    static bool writeRaster(const QString &path, int epsg, int width, int height, int bands, double x0, double y0,
                            double res, int (*fn)(int band, int x, int y), bool overviews = false, bool colorTable = false);
    /// Converts a raster with gdal_translate semantics (e.g. to GPKG or MBTiles).
    static bool translateRaster(const QString &src, const QString &dst, const QStringList &args);
    /// An .xlsx workbook written part by part (GDAL's zip writer), as spreadsheets from other
    /// agencies arrive: one sheet of `rows` (a cell "=F|V" is a formula F with the cached value
    /// V, "=F|" one never calculated; a cell that parses as a number is a number), with the
    /// given merged ranges ("A1:E1"). An empty `rows` writes a workbook with an empty sheet.
    static bool writeXlsx(const QString &path, const QList<QStringList> &rows, const QStringList &mergedRanges = {});
    /// The same for a sheet too big to hold: `rowAt(r)` gives row r as it is written. A cell "~"
    /// is a formatted cell with nothing in it (what Excel leaves below the data).
    static bool writeXlsx(const QString &path, int rowCount, const std::function<QStringList(int)> &rowAt,
                          const QStringList &mergedRanges = {});
    /// A text file with the given contents.
    static bool writeText(const QString &path, const QByteArray &contents);
    /// The source tree's tests/data folder.
    static QString dataDir();
};

}
