#pragma once

#include "Activity.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace pilar {

/// A programme of the master plan under a pillar and a stage.
/// Enumerated fields hold the stored codes (see MasterPlanVocabulary).
struct Programme
{
    QString uuid;
    QString code;
    QString name;
    QString pillarUuid;
    QString subElementUuid;
    QString stageUuid;
    QString horizon;        ///< quick_win, short, medium, long
    QString status;         ///< diperkuat (strengthens what exists) or ditambahkan (adds what is missing)
    QString opdUuid;
    QStringList partnerUuids;
    QString funding;        ///< apbd_kab, apbd_prov, apbn, csr
    qint64 budget = 0;      ///< Rupiah
    int startYear = 0;
    int endYear = 0;
    QStringList kecamatanCodes;
    QStringList desaCodes;
    QString geometryWkt;    ///< optional site (point, line or polygon) in EPSG:4326
    QString description;
    QVector<Activity> activities;  ///< its kegiatan, saved and undone with it
    bool sample = false;    ///< sample data, labelled as such wherever shown
    /// The server's version of the row when it was read (0 in a GeoPackage): a save is refused
    /// when someone else saved the programme in between.
    qint64 rowVersion = 0;
};

}
