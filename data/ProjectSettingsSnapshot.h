#pragma once

#include <QString>
#include <QVector>

namespace pilar {

class Project;

/// A project's settings at one moment — id, title, CRS, view, and each stored layer with its
/// source and style — as plain values. Taken on the thread that owns the Project (cheap: no
/// data is read), then written from any thread, so a recovery copy never blocks the GUI.
struct ProjectSettingsSnapshot
{
    struct Layer
    {
        QString id;
        QString name;
        QString kind;          ///< "vector" or "raster"
        QString sourcePath;    ///< as the layer has it; made relative to the file it is written to
        QString sourceLayer;
        QString crs;           ///< definition, empty when unknown
        bool visible = true;
        double opacity = 1.0;
        QString style;         ///< compact JSON
    };

    QString id;
    QString title;
    QString crs;
    QString viewExtent;        ///< Extent::toString(10), empty when not set
    QVector<Layer> layers;     ///< computed layers (the progress map) are rebuilt, not stored

    static ProjectSettingsSnapshot of(const Project &project);
};

}
