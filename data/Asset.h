#pragma once

#include <QDate>
#include <QString>

namespace pilar {

/// An ICT asset (aset TIK) in the inventory. Enumerated fields hold the stored codes.
struct Asset
{
    QString uuid;
    QString code;
    QString name;
    QString type;           ///< cctv, wifi, fibre, tower, server_room, kiosk, street_light, sensor, application
    QString opdUuid;
    QDate installDate;
    QString condition;      ///< baik, rusak_ringan, rusak_berat
    QString programmeUuid;
    QString kecamatanCode;
    QString desaCode;
    QString geometryWkt;    ///< point or line in EPSG:4326
    QString notes;
    bool sample = false;
    qint64 rowVersion = 0;  ///< as Programme::rowVersion
};

}
