#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pilar {

/// GeoPackage geometry blobs (the "GP" header, an XY envelope, then ISO WKB), so the
/// project store can write feature rows through its own SQLite connection and GDAL,
/// QGIS and ogrinfo read them as ordinary features.
class GeoPackageGeometry
{
public:
    /// WKT → blob; an empty QByteArray when the WKT does not parse.
    static QByteArray fromWkt(const QString &wkt, int srsId = 4326);
    /// Blob → WKT; empty for NULL or unreadable blobs.
    static QString toWkt(const QByteArray &blob);
    /// ISO WKB (as PostGIS's ST_AsBinary gives it) → WKT written as toWkt() writes it.
    static QString wkbToWkt(QByteArrayView wkb);
};

}
