#include "MasterPlanExport.h"

#include "GdalSupport.h"
#include "MasterPlanStore.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace pilar {

namespace {
struct Column { const char *name; OGRFieldType type; };
}

int MasterPlanExport::run(const QString &projectPath, What what, const QString &outputPath, QString *error)
{
    const QString outName = QDir::toNativeSeparators(outputPath);
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    const char *driverName = suffix == QLatin1String("csv") ? "CSV" : suffix == QLatin1String("xlsx") ? "XLSX"
                           : (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) ? "GeoJSON"
                           : suffix == QLatin1String("gpkg") ? "GPKG" : nullptr;
    if (!driverName) {
        if (error) *error = tr("%1: choose .csv, .xlsx, .geojson or .gpkg as the export format.").arg(outName);
        return -1;
    }
    MasterPlanStore store;
    if (!store.open(projectPath, error)) return -1;
    QHash<QString, QString> pillarCode, stageCode, opdCode, partnerCode, subCode, programmeCode;
    for (const auto &p : store.pillars()) pillarCode.insert(p.uuid, p.code);
    for (const auto &s : store.stages()) stageCode.insert(s.uuid, s.code);
    for (const auto &o : store.opds()) opdCode.insert(o.uuid, o.code);
    for (const auto &p : store.partners()) partnerCode.insert(p.uuid, p.code);
    for (const auto &s : store.subElements()) subCode.insert(s.uuid, s.code);
    const auto programmes = store.programmes();
    for (const auto &p : programmes) programmeCode.insert(p.uuid, p.code);

    std::vector<std::pair<QString, OGRFieldType>> columns;
    std::vector<std::pair<QStringList, QString>> rows; // values, WKT
    if (what == What::Programmes) {
        for (const char *c : {"code", "name", "pillar", "sub_element", "stage", "horizon", "status", "opd", "partners", "funding"})
            columns.emplace_back(QString::fromLatin1(c), OFTString);
        columns.emplace_back(QStringLiteral("budget"), OFTInteger64);
        columns.emplace_back(QStringLiteral("start_year"), OFTInteger);
        columns.emplace_back(QStringLiteral("end_year"), OFTInteger);
        for (const char *c : {"kecamatan_codes", "desa_codes", "description", "sample"}) columns.emplace_back(QString::fromLatin1(c), OFTString);
        for (const Programme &p : programmes) {
            QStringList partners;
            for (const QString &u : p.partnerUuids) partners << partnerCode.value(u);
            rows.push_back({{p.code, p.name, pillarCode.value(p.pillarUuid), subCode.value(p.subElementUuid), stageCode.value(p.stageUuid),
                             p.horizon, p.status, opdCode.value(p.opdUuid), partners.join(QLatin1Char(';')), p.funding,
                             QString::number(p.budget), p.startYear ? QString::number(p.startYear) : QString(),
                             p.endYear ? QString::number(p.endYear) : QString(), p.kecamatanCodes.join(QLatin1Char(';')),
                             p.desaCodes.join(QLatin1Char(';')), p.description, p.sample ? QStringLiteral("yes") : QStringLiteral("no")},
                            p.geometryWkt});
        }
    } else {
        for (const char *c : {"code", "name", "type", "opd", "install_date", "condition", "programme", "kecamatan_code", "desa_code",
                              "notes", "sample"})
            columns.emplace_back(QString::fromLatin1(c), OFTString);
        for (const Asset &a : store.assets())
            rows.push_back({{a.code, a.name, a.type, opdCode.value(a.opdUuid), a.installDate.toString(Qt::ISODate), a.condition,
                             programmeCode.value(a.programmeUuid), a.kecamatanCode, a.desaCode, a.notes,
                             a.sample ? QStringLiteral("yes") : QStringLiteral("no")},
                            a.geometryWkt});
    }
    const bool geometryField = qstrcmp(driverName, "XLSX") == 0 || qstrcmp(driverName, "CSV") == 0;
    if (geometryField) columns.emplace_back(QStringLiteral("wkt"), OFTString);

    gdal::ensureInitialized();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    const QString temp = QFileInfo(outputPath).absolutePath() + QStringLiteral("/.") + QFileInfo(outputPath).completeBaseName() +
                         QStringLiteral(".exporting.") + suffix;
    QFile::remove(temp);
    gdal::resetError();
    GDALDatasetUniquePtr ds(driver ? driver->Create(temp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds) {
        if (error) *error = tr("%1: cannot write the file (%2).").arg(outName, gdal::lastErrorMessage());
        return -1;
    }
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *layerName = what == What::Programmes ? "programmes" : "assets";
    OGRLayer *layer = ds->CreateLayer(layerName, geometryField ? nullptr : &srs, geometryField ? wkbNone : wkbUnknown, nullptr);
    bool ok = layer != nullptr;
    for (const auto &[name, type] : columns) {
        OGRFieldDefn field(name.toUtf8().constData(), type);
        ok = ok && layer->CreateField(&field) == OGRERR_NONE;
    }
    ok = ok && layer->StartTransaction() == OGRERR_NONE;
    for (const auto &[values, wkt] : rows) {
        if (!ok) break;
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < values.size(); ++i)
            if (!values[i].isEmpty()) feature.SetField(i, values[i].toUtf8().constData());
        if (geometryField) {
            if (!wkt.isEmpty()) feature.SetField(int(columns.size()) - 1, wkt.toUtf8().constData());
        } else if (!wkt.isEmpty()) {
            OGRGeometry *g = nullptr;
            const QByteArray text = wkt.toUtf8();
            if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g) == OGRERR_NONE) feature.SetGeometryDirectly(g);
        }
        ok = layer->CreateFeature(&feature) == OGRERR_NONE;
    }
    ok = ok && layer->CommitTransaction() == OGRERR_NONE;
    const QString reason = gdal::lastErrorMessage();
    ds.reset(); // close before renaming
    if (!ok || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(outputPath).constData()) != 0) {
        QFile::remove(temp);
        if (error) *error = tr("%1: cannot write the file (%2).").arg(outName, reason);
        return -1;
    }
    return int(rows.size());
}

}
