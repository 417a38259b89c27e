#include "MapRenderer.h"

#include "Feedback.h"
#include "HugePages.h"
#include "LabelingEngine.h"
#include "Layer.h"

#include <QElapsedTimer>
#include <QPainter>

namespace pilar {

std::vector<std::unique_ptr<LayerRenderer>> MapRenderer::prepare(const MapSettings &settings)
{
    std::vector<std::unique_ptr<LayerRenderer>> out;
    for (const auto &layer : settings.layers) {
        if (!layer || !layer->isVisible() || layer->crsMissing())
            continue;
        out.push_back(layer->createRenderer(settings));
    }
    return out;
}

MapRenderer::Result MapRenderer::render(const MapSettings &settings, std::vector<std::unique_ptr<LayerRenderer>> &layers,
                                        QPainter &painter, const Feedback *feedback)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    RenderContext ctx;
    ctx.painter = &painter;
    ctx.mapToPixel = settings.mapToPixel();
    ctx.visibleExtent = settings.visibleExtent();
    ctx.outputSize = settings.outputSize;
    ctx.mapCrs = settings.crs;
    ctx.pixelsPerMm = settings.pixelsPerMm();
    ctx.dpi = settings.dpi;
    ctx.feedback = feedback;
    ctx.parallel = settings.parallelRendering;
    LabelingEngine labeling(ctx.pixelsPerMm);
    ctx.labeling = settings.drawLabels ? &labeling : nullptr;

    painter.save();
    painter.setClipRect(QRect(QPoint(0, 0), settings.outputSize));
    for (auto &layer : layers) {
        if (Feedback::canceled(feedback))
            break;
        layer->render(ctx);
        result.errors << layer->errors();
    }
    if (!Feedback::canceled(feedback) && ctx.labeling)
        labeling.draw(painter, QRectF(QPointF(0, 0), QSizeF(settings.outputSize)));
    painter.restore();
    result.canceled = Feedback::canceled(feedback);
    result.elapsedMs = timer.elapsed();
    return result;
}

MapRenderer::Result MapRenderer::render(const MapSettings &settings, QPainter &painter, const Feedback *feedback)
{
    auto layers = prepare(settings);
    return render(settings, layers, painter, feedback);
}

QImage MapRenderer::renderImage(const MapSettings &settings, const Feedback *feedback, Result *result)
{
    QImage image = HugePages::image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(settings.dpi / 0.0254));
    image.setDotsPerMeterY(int(settings.dpi / 0.0254));
    image.fill(settings.background);
    QPainter painter(&image);
    const Result r = render(settings, painter, feedback);
    painter.end();
    if (result) *result = r;
    return image;
}

}
