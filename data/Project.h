#pragma once

#include "Crs.h"
#include "Extent.h"
#include "Layer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace pilar {

/// An open Pilar project: its layers (bottom first), map CRS, last view and title.
/// Lives on the GUI thread (or the CLI's main thread); emits signals so views update,
/// and knows none of them. Saved to and loaded from a GeoPackage by ProjectFile.
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    /// The .gpkg the project was loaded from or last saved to; empty for a new project.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }

    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs);
    Extent viewExtent() const { return m_viewExtent; }
    void setViewExtent(const Extent &extent) { m_viewExtent = extent; }

    const std::vector<std::shared_ptr<Layer>> &layers() const { return m_layers; }
    std::shared_ptr<Layer> layer(const QString &id) const;
    int indexOf(const QString &layerId) const;
    /// Adds on top of the stack.
    void addLayer(std::shared_ptr<Layer> layer);
    void insertLayer(int index, std::shared_ptr<Layer> layer);
    void removeLayer(const QString &layerId);
    void moveLayer(int from, int to);
    /// Call after changing a layer's name, style, visibility or opacity (marks the project modified).
    void notifyLayerChanged(const QString &layerId);
    /// Call after a layer's features or filter changed: redraw, but nothing to save in the project.
    void notifyLayerContentChanged(const QString &layerId) { emit layerChanged(layerId); }
    /// Union of all layer extents in the project CRS.
    Extent fullExtent() const;

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

signals:
    void layersChanged();
    void layerChanged(const QString &layerId);
    void crsChanged();
    void titleChanged();
    void modifiedChanged(bool modified);

private:
    QString m_id;
    QString m_title;
    QString m_filePath;
    Crs m_crs;
    Extent m_viewExtent;
    std::vector<std::shared_ptr<Layer>> m_layers;
    bool m_modified = false;
};

}
