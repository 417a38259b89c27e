#pragma once

#include "FieldOrigin.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pilar {

class Feedback;

/// Check-out: a field package is a self-contained GeoPackage with the chosen kecamatan's
/// programmes, indicators, realisations, assets, inspections and attachments, the
/// reference lists, the map layers (layers outside the project copied in, clipped to the
/// area) and a copy of the plan's tables as they were (pilar_base_*), from which the
/// changes made in the field are computed at check-in. It opens in Pilar as an ordinary
/// project, in field mode. Written to a temporary file and renamed into place.
class FieldPackage
{
    Q_DECLARE_TR_FUNCTIONS(pilar::FieldPackage)

public:
    struct Options
    {
        QStringList kecamatanCodes;     ///< at least one, e.g. 33.03.05
        QString officer;                ///< default: the operating-system user
        QString laptop;                 ///< default: this computer's name
        QString outPath;
        /// Re-check-out an existing package (same id, area, officer and laptop) after its
        /// changes were checked in; `outPath` may be the package itself.
        QString refreshPackage;
    };

    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        FieldOrigin origin;
        QMap<QString, int> rows;        ///< rows per table in the package
        qint64 bytes = 0;
        QStringList warnings;
    };

    static Result checkout(const QString &projectPath, const Options &options, Feedback *feedback = nullptr);
    /// True when `path` is a field package (has its check-out record).
    static bool isPackage(const QString &path);
};

}
