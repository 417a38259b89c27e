#include "ProjectSettingsSnapshot.h"

#include "Project.h"
#include "RasterLayer.h"
#include "VectorLayer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pilar {

ProjectSettingsSnapshot ProjectSettingsSnapshot::of(const Project &project)
{
    ProjectSettingsSnapshot s;
    s.id = project.id();
    s.title = project.title();
    s.crs = project.crs().definition();
    const Extent v = project.viewExtent();
    s.viewExtent = v.isValid() ? v.toString(10) : QString();
    for (const auto &layer : project.layers()) {
        if (layer->sourcePath().isEmpty()) continue;
        Layer l;
        l.id = layer->id();
        l.name = layer->name();
        QJsonObject style;
        if (layer->type() == LayerType::Vector) {
            l.kind = QStringLiteral("vector");
            style = static_cast<const VectorLayer &>(*layer).style().toJson();
        } else {
            l.kind = QStringLiteral("raster");
            style = static_cast<const RasterLayer &>(*layer).style().toJson();
        }
        l.sourcePath = layer->sourcePath();
        l.sourceLayer = layer->sourceLayer();
        l.crs = layer->crs().isValid() ? layer->crs().definition() : QString();
        l.visible = layer->isVisible();
        l.opacity = layer->opacity();
        l.style = QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact));
        s.layers.push_back(l);
    }
    return s;
}

}
