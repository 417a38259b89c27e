#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

class OGRSpatialReference;

namespace pilar {

/// A coordinate reference system as a value: its definition (WKT2 or "EPSG:n"),
/// authority id, name and units. Immutable and cheap to copy; safe to share
/// between threads (it holds no GDAL or PROJ objects).
class Crs
{
public:
    Crs() = default;

    /// "EPSG:32749", "32749", a WKT string or a PROJ string. Invalid Crs on failure;
    /// errorMessage, when given, receives the reason.
    static Crs fromUserInput(const QString &text, QString *errorMessage = nullptr);
    static Crs fromEpsg(int code) { return fromUserInput(QStringLiteral("EPSG:%1").arg(code)); }
    /// From a WKT string as GDAL reports a layer's SRS; identifies the EPSG code where it can.
    static Crs fromWkt(const QString &wkt);
    /// From GDAL's object (a layer's or raster's SRS); identifies the EPSG code where it can.
    static Crs fromOgr(const OGRSpatialReference *srs);

    bool isValid() const { return !m_wkt.isEmpty(); }
    QString authId() const { return m_authId; }          ///< "EPSG:32749", or empty when unknown
    int epsg() const;                                     ///< 0 when there is no EPSG code
    QString name() const { return m_name; }
    QString wkt() const { return m_wkt; }                 ///< WKT2:2019
    /// What PROJ and GDAL are given: "EPSG:n" when known (unambiguous, short), else the WKT.
    QString definition() const { return m_authId.isEmpty() ? m_wkt : m_authId; }
    bool isGeographic() const { return m_geographic; }
    /// Metres per map unit; for geographic CRSs, metres per degree at the equator.
    double metersPerUnit() const { return m_metersPerUnit; }
    QString unitName() const { return m_unitName; }
    /// "WGS 84 / UTM zone 49S (EPSG:32749)"
    QString displayName() const;

    bool operator==(const Crs &o) const;
    bool operator!=(const Crs &o) const { return !(*this == o); }

    /// The CRSs a planner in Purbalingga needs, offered first in every CRS chooser.
    static QVector<int> commonEpsgCodes();

private:
    static Crs fromSpatialReference(const OGRSpatialReference *srs);

    QString m_wkt;
    QString m_authId;
    QString m_name;
    QString m_unitName;
    bool m_geographic = false;
    double m_metersPerUnit = 1.0;
};

}

Q_DECLARE_METATYPE(pilar::Crs)
