#pragma once

#include <gdal_priv.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pilar {

/// Opens any GDAL source read-only after checking what GDAL's own messages explain
/// poorly (missing file, a folder, a Shapefile without its .shx or .dbf), with the
/// right open options for CSV coordinates. Errors and warnings are translated and name the file.
class DatasetOpener
{
    Q_DECLARE_TR_FUNCTIONS(pilar::DatasetOpener)

public:
    static GDALDatasetUniquePtr open(const QString &path, QString *error, QStringList *warnings = nullptr);
    /// The file name as shown in messages: the path the user gave, native separators.
    static QString displayName(const QString &path);
};

}
