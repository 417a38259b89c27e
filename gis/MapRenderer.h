#pragma once

#include "LayerRenderer.h"
#include "MapSettings.h"

#include <QImage>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace pilar {

class Feedback;

/// The map engine: paints a MapSettings onto any QPainter (canvas image, PNG, PDF
/// page, test). Synchronous; MapRenderJob runs it on a worker thread.
class MapRenderer
{
public:
    struct Result
    {
        bool canceled = false;
        QStringList errors;
        qint64 elapsedMs = 0;
    };

    /// Snapshot the visible layers (call on the thread that owns the layers).
    static std::vector<std::unique_ptr<LayerRenderer>> prepare(const MapSettings &settings);
    /// Draw prepared layers; safe on any thread.
    static Result render(const MapSettings &settings, std::vector<std::unique_ptr<LayerRenderer>> &layers,
                         QPainter &painter, const Feedback *feedback = nullptr);
    /// prepare + render in one call, for callers that own the layers on this thread (CLI, tests).
    static Result render(const MapSettings &settings, QPainter &painter, const Feedback *feedback = nullptr);
    /// Renders into a new ARGB image of settings.outputSize.
    static QImage renderImage(const MapSettings &settings, const Feedback *feedback = nullptr, Result *result = nullptr);
};

}
