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


namespace {

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

}

bool TestData::writeXlsx(const QString &path, const QList<QStringList> &rows, const QStringList &mergedRanges)
{
    return writeXlsx(path, int(rows.size()), [&rows](int r) { return rows[r]; }, mergedRanges);
}

bool TestData::writeXlsx(const QString &path, int rowCount, const std::function<QStringList(int)> &rowAt, const QStringList &mergedRanges)
{
    // Texts are written inline (t="inlineStr", as many tools do), so a sheet of a million rows
    // streams into the zip in chunks instead of being built in memory.
    auto cellsOf = [](const QStringList &row, int r) -> QByteArray {
        const QByteArray number = QByteArray::number(r + 1);
        QByteArray out = "<row r=\"" + number + "\">";
        for (int c = 0; c < row.size(); ++c) {
            const QString &value = row[c];
            if (value.isEmpty()) continue;
            const QByteArray ref = columnName(c).toLatin1() + number;
            bool isNumber = false;
            if (value.front().isDigit() || value.front() == QLatin1Char('-')) value.toDouble(&isNumber);
            if (value == QLatin1String("~")) {   // a formatted cell with nothing in it
                out += "<c r=\"" + ref + "\" s=\"1\"/>";
            } else if (value.startsWith(QLatin1Char('='))) {
                const QString formula = value.mid(1).section(QLatin1Char('|'), 0, 0), cached = value.section(QLatin1Char('|'), 1);
                out += "<c r=\"" + ref + "\"><f>" + xmlEscaped(formula).toUtf8() + "</f>"
                       + (cached.isEmpty() ? QByteArray() : "<v>" + cached.toUtf8() + "</v>") + "</c>";
            } else if (isNumber) {
                out += "<c r=\"" + ref + "\"><v>" + value.toUtf8() + "</v></c>";
            } else {
                out += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xmlEscaped(value).toUtf8() + "</t></is></c>";
            }
        }
        return out + "</row>";
    };
    const std::vector<std::pair<const char *, QString>> parts = {
        {"[Content_Types].xml",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        "</Types>")},
        {"_rels/.rels",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>")},
        {"xl/workbook.xml",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        "<sheets><sheet name=\"Aset\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {"xl/_rels/workbook.xml.rels",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        "</Relationships>")}};
    QFile::remove(path);
    void *zip = CPLCreateZip(path.toUtf8().constData(), nullptr);
    if (!zip) return false;
    auto write = [zip](const QByteArray &bytes) { return CPLWriteFileInZip(zip, bytes.constData(), int(bytes.size())) == CE_None; };
    bool ok = true;
    for (const auto &[name, text] : parts)
        ok = ok && CPLCreateFileInZip(zip, name, nullptr) == CE_None && write(text.toUtf8()) && CPLCloseFileInZip(zip) == CE_None;
    ok = ok && CPLCreateFileInZip(zip, "xl/worksheets/sheet1.xml", nullptr) == CE_None
         && write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    QByteArray chunk;
    for (int r = 0; ok && r < rowCount; ++r) {
        chunk += cellsOf(rowAt(r), r);
        if (chunk.size() > (1 << 20) || r + 1 == rowCount) { ok = write(chunk); chunk.clear(); }
    }
    QString tail = QStringLiteral("</sheetData>");
    if (!mergedRanges.isEmpty()) {
        tail += QStringLiteral("<mergeCells count=\"%1\">").arg(mergedRanges.size());
        for (const QString &range : mergedRanges) tail += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(range);
        tail += QStringLiteral("</mergeCells>");
    }
    ok = ok && write(QString(tail + QStringLiteral("</worksheet>")).toUtf8()) && CPLCloseFileInZip(zip) == CE_None;
    return CPLCloseZip(zip) == CE_None && ok;
}

}
