#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QJsonObject>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pilar {

/// What a GDAL source holds, read from its metadata without loading features
/// (for `pilar-cli info` and the add-layer dialog).
struct DataSourceInfo
{
    Q_DECLARE_TR_FUNCTIONS(pilar::DataSourceInfo)
public:

    struct LayerInfo
    {
        QString name;
        bool raster = false;
        QString geometryType;   ///< "Multi Polygon", or the raster's band layout
        Crs crs;                ///< invalid when the source has none
        Crs suggestedCrs;       ///< a guess from the coordinates when crs is invalid
        qint64 featureCount = -1;
        Extent extent;          ///< in the layer's CRS
        int width = 0, height = 0, bands = 0, overviews = 0;
    };

    QString path;
    QString driver;
    QVector<LayerInfo> layers;
    QStringList warnings;   ///< translated, each naming the file (e.g. coordinate columns in doubt)

    /// Fills the info; returns false with a translated message naming the file otherwise.
    static bool inspect(const QString &path, DataSourceInfo &info, QString *error);
    QJsonObject toJson() const;
    /// Human-readable multi-line text, translated.
    QString toText() const;
};

}
