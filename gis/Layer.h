#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QString>

#include <algorithm>
#include <memory>

namespace pilar {

class LayerRenderer;
class MapSettings;

enum class LayerType { Vector, Raster };

/// A map layer: where it comes from, its CRS and how it shows. Owned through
/// std::shared_ptr by the project; renders take snapshots (createRenderer) so the
/// GUI thread may keep changing names, styles and visibility meanwhile.
/// Not thread-safe itself: change it on the GUI thread only.
class Layer : public std::enable_shared_from_this<Layer>
{
public:
    virtual ~Layer() = default;

    virtual LayerType type() const = 0;
    /// Extent in the layer's own CRS.
    virtual Extent extent() const = 0;
    /// A snapshot of everything the render needs, taken on the calling (GUI) thread.
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const = 0;

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    /// The file (absolute path) and, for multi-layer sources, the layer or table name.
    QString sourcePath() const { return m_sourcePath; }
    QString sourceLayer() const { return m_sourceLayer; }
    void setSource(const QString &path, const QString &layerName) { m_sourcePath = path; m_sourceLayer = layerName; }

    Crs crs() const { return m_crs; }
    void setCrs(const Crs &crs) { m_crs = crs; }
    /// True when the source carried no CRS: the user must choose one before it is drawn.
    bool crsMissing() const { return !m_crs.isValid(); }

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity) { m_opacity = std::clamp(opacity, 0.0, 1.0); }

protected:
    Layer();

private:
    QString m_id;
    QString m_name;
    QString m_sourcePath;
    QString m_sourceLayer;
    Crs m_crs;
    bool m_visible = true;
    double m_opacity = 1.0;
};

}
