#include "Project.h"

#include "CoordinateTransform.h"

#include <QUuid>

namespace pilar {

Project::Project(QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_crs(Crs::fromEpsg(32749))
{
}

void Project::setTitle(const QString &title)
{
    if (title == m_title) return;
    m_title = title;
    emit titleChanged();
    setModified(true);
}

void Project::setCrs(const Crs &crs)
{
    if (!crs.isValid() || crs == m_crs) return;
    // Keep looking at the same place: carry the view over into the new CRS.
    if (m_viewExtent.isValid()) {
        CoordinateTransform t(m_crs, crs);
        const Extent e = t.transformExtent(m_viewExtent);
        m_viewExtent = e.isValid() ? e : Extent();
    }
    m_crs = crs;
    emit crsChanged();
    setModified(true);
}

std::shared_ptr<Layer> Project::layer(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : m_layers[i];
}

int Project::indexOf(const QString &layerId) const
{
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i]->id() == layerId) return int(i);
    return -1;
}

void Project::addLayer(std::shared_ptr<Layer> layer)
{
    insertLayer(int(m_layers.size()), std::move(layer));
}

void Project::insertLayer(int index, std::shared_ptr<Layer> layer)
{
    if (!layer) return;
    index = std::clamp(index, 0, int(m_layers.size()));
    m_layers.insert(m_layers.begin() + index, std::move(layer));
    emit layersChanged();
    setModified(true);
}

void Project::removeLayer(const QString &layerId)
{
    const int i = indexOf(layerId);
    if (i < 0) return;
    m_layers.erase(m_layers.begin() + i);
    emit layersChanged();
    setModified(true);
}

void Project::moveLayer(int from, int to)
{
    const int n = int(m_layers.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to) return;
    auto layer = m_layers[from];
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, layer);
    emit layersChanged();
    setModified(true);
}

void Project::notifyLayerChanged(const QString &layerId)
{
    emit layerChanged(layerId);
    setModified(true);
}

Extent Project::fullExtent() const
{
    Extent all;
    for (const auto &layer : m_layers) {
        if (layer->crsMissing()) continue;
        CoordinateTransform t(layer->crs(), m_crs);
        all.include(t.transformExtent(layer->extent()));
    }
    return all;
}

void Project::setModified(bool modified)
{
    if (modified == m_modified) return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

}
