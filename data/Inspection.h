#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace pilar {

/// A photo taken at an inspection, kept in the project (mp_inspection_photos).
struct InspectionPhoto
{
    QString uuid;
    QString fileName;
    qint64 size = 0;
    QByteArray data;          ///< empty when read without the bytes
};

/// A field officer's visit to an asset: its condition, a note, photos, and where the
/// officer stood (typed, picked on the map or from a GPS receiver).
struct Inspection
{
    QString uuid;
    QString assetUuid;
    QDateTime inspectedAt;
    QString officer;
    QString condition;        ///< baik, rusak_ringan, rusak_berat
    QString note;
    QString positionSource;   ///< typed, map, gps; empty when no position was taken
    bool hasPosition = false;
    double longitude = 0;
    double latitude = 0;
    QVector<InspectionPhoto> photos;
};

}
