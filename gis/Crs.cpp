#include "Crs.h"

#include "GdalSupport.h"

#include <ogr_spatialref.h>

#include <QCoreApplication>

namespace pilar {

namespace {
constexpr double kMetersPerDegree = 111319.490793; // WGS 84 equatorial arc of one degree

OGRSpatialReference *identified(OGRSpatialReference &srs)
{
    if (srs.GetAuthorityName(nullptr) && srs.GetAuthorityCode(nullptr))
        return nullptr;
    // Shapefile .prj files carry ESRI WKT without codes: find the best EPSG match.
    return srs.FindBestMatch(90);
}
}

Crs Crs::fromSpatialReference(const OGRSpatialReference *srs)
{
    Crs crs;
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, options) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return {};
    }
    crs.m_wkt = QString::fromUtf8(wkt);
    CPLFree(wkt);
    const char *authName = srs->GetAuthorityName(nullptr);
    const char *authCode = srs->GetAuthorityCode(nullptr);
    if (authName && authCode)
        crs.m_authId = QString::fromLatin1(authName).toUpper() + QLatin1Char(':') + QString::fromLatin1(authCode);
    crs.m_name = QString::fromUtf8(srs->GetName() ? srs->GetName() : "");
    crs.m_geographic = srs->IsGeographic();
    if (crs.m_geographic) {
        crs.m_metersPerUnit = kMetersPerDegree;
        crs.m_unitName = QStringLiteral("degree");
    } else {
        const char *unit = nullptr;
        crs.m_metersPerUnit = srs->GetLinearUnits(&unit);
        crs.m_unitName = QString::fromUtf8(unit ? unit : "metre");
    }
    return crs;
}

Crs Crs::fromUserInput(const QString &text, QString *errorMessage)
{
    gdal::ensureInitialized();
    QString input = text.trimmed();
    bool isNumber = false;
    input.toInt(&isNumber);
    if (isNumber)
        input = QStringLiteral("EPSG:") + input;
    if (input.isEmpty()) {
        if (errorMessage) *errorMessage = QCoreApplication::translate("pilar::Crs", "No coordinate reference system given.");
        return {};
    }
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    gdal::resetError();
    if (srs.SetFromUserInput(input.toUtf8().constData()) != OGRERR_NONE) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("pilar::Crs", "Unknown coordinate reference system \"%1\".").arg(text.trimmed());
        return {};
    }
    if (OGRSpatialReference *match = identified(srs)) {
        Crs crs = fromSpatialReference(match);
        match->Release();
        return crs;
    }
    return fromSpatialReference(&srs);
}

Crs Crs::fromOgr(const OGRSpatialReference *srs)
{
    if (!srs || srs->IsEmpty())
        return {};
    OGRSpatialReference copy(*srs);
    if (OGRSpatialReference *match = identified(copy)) {
        Crs crs = fromSpatialReference(match);
        match->Release();
        return crs;
    }
    return fromSpatialReference(&copy);
}

Crs Crs::fromWkt(const QString &wkt)
{
    return fromUserInput(wkt);
}

int Crs::epsg() const
{
    if (!m_authId.startsWith(QLatin1String("EPSG:")))
        return 0;
    return m_authId.mid(5).toInt();
}

QString Crs::displayName() const
{
    if (!isValid())
        return QCoreApplication::translate("pilar::Crs", "Unknown CRS");
    if (m_authId.isEmpty())
        return m_name;
    return QStringLiteral("%1 (%2)").arg(m_name, m_authId);
}

bool Crs::operator==(const Crs &o) const
{
    if (!m_authId.isEmpty() || !o.m_authId.isEmpty())
        return m_authId == o.m_authId;
    return m_wkt == o.m_wkt;
}

QVector<int> Crs::commonEpsgCodes()
{
    return {32749, 4326, 9470, 4755, 23835, 3857};
}

}
