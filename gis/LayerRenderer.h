#pragma once

#include "Crs.h"
#include "Extent.h"
#include "MapToPixel.h"

#include <QStringList>

class QPainter;

namespace pilar {

class Feedback;
class LabelingEngine;

/// What a layer renderer draws into: the painter, the view and the shared label engine.
struct RenderContext
{
    QPainter *painter = nullptr;
    MapToPixel mapToPixel;
    Extent visibleExtent;
    QSize outputSize;
    Crs mapCrs;
    double pixelsPerMm = 96 / 25.4;
    double dpi = 96;
    const Feedback *feedback = nullptr;
    LabelingEngine *labeling = nullptr;
    bool parallel = true;   ///< a renderer may use more than this thread
};

/// Draws one layer from a snapshot taken on the GUI thread (QGIS's layer renderer
/// pattern): constructed by Layer::createRenderer, then render() runs on a worker
/// thread and touches nothing the GUI may change.
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    virtual void render(RenderContext &context) = 0;
    /// Problems met while drawing (e.g. a raster that could not be read), translated.
    QStringList errors() const { return m_errors; }

protected:
    QStringList m_errors;
};

}
