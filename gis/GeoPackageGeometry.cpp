#include "GeoPackageGeometry.h"

#include "GdalSupport.h"

#include <ogr_geometry.h>

#include <QtEndian>

#include <cstring>
#include <memory>

namespace pilar {

QByteArray GeoPackageGeometry::fromWkt(const QString &wkt, int srsId)
{
    gdal::ensureInitialized();
    const QByteArray text = wkt.trimmed().toUtf8();
    if (text.isEmpty()) return {};
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &raw) != OGRERR_NONE || !raw) return {};
    std::unique_ptr<OGRGeometry> geometry(raw);
    QByteArray blob;
    const bool empty = geometry->IsEmpty();
    // Header: magic, version 0, flags (little endian; XY envelope unless empty), SRS id.
    const quint8 flags = 0x01 | (empty ? 0x10 : 0x02);
    blob.append('G').append('P').append(char(0)).append(char(flags));
    qint32 srs = qToLittleEndian<qint32>(srsId);
    blob.append(reinterpret_cast<const char *>(&srs), 4);
    if (!empty) {
        OGREnvelope env;
        geometry->getEnvelope(&env);
        for (double v : {env.MinX, env.MaxX, env.MinY, env.MaxY}) {
            const double le = qToLittleEndian(v);
            blob.append(reinterpret_cast<const char *>(&le), 8);
        }
    }
    QByteArray wkb(geometry->WkbSize(), Qt::Uninitialized);
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    blob.append(wkb);
    return blob;
}

QString GeoPackageGeometry::toWkt(const QByteArray &blob)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P') return {};
    const quint8 flags = quint8(blob[3]);
    static const int envelopeSizes[] = {0, 32, 48, 48, 64};
    const int envelopeKind = (flags >> 1) & 0x07;
    if (envelopeKind > 4) return {};
    const int offset = 8 + envelopeSizes[envelopeKind];
    if (blob.size() <= offset) return {};
    return wkbToWkt(QByteArrayView(blob).sliced(offset));
}

QString GeoPackageGeometry::wkbToWkt(QByteArrayView wkb)
{
    if (wkb.isEmpty()) return {};
    gdal::ensureInitialized();
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &raw, wkb.size(),
                                          wkbVariantIso) != OGRERR_NONE || !raw)
        return {};
    std::unique_ptr<OGRGeometry> geometry(raw);
    char *wkt = nullptr;
    geometry->exportToWkt(&wkt, wkbVariantIso);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

}
