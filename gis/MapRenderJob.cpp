#include "MapRenderJob.h"

#include "HugePages.h"
#include "ThreadPriority.h"

#include "Feedback.h"
#include "VectorLayer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace pilar {

MapRenderJob::MapRenderJob(QObject *parent)
    : QObject(parent)
{
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForFinished();
}

void MapRenderJob::prepareIndexes(const MapSettings &settings)
{
    // A layer's first view is often all of it, which needs no spatial index; the next one (a
    // zoom) does, and building it for a million features takes ~0.4 s. Build it now, in the
    // background, so that zoom is drawn at once.
    std::vector<std::shared_ptr<const VectorLayer>> vectors;
    for (const auto &layer : settings.layers)
        if (auto vector = std::dynamic_pointer_cast<const VectorLayer>(layer); vector && vector->isVisible() && !vector->crsMissing())
            vectors.push_back(vector);
    if (vectors.empty()) return;
    (void)QtConcurrent::run([vectors, crs = settings.crs] {
        ThreadPriority::lowerCurrent();
        for (const auto &vector : vectors)
            if (const auto geometry = vector->projected(crs); geometry && !geometry->hasIndex()) geometry->index();
    });
}

void MapRenderJob::start(const MapSettings &settings)
{
    cancel();
    auto feedback = std::make_shared<Feedback>();
    m_feedback = feedback;
    m_settings = settings;
    const quint64 generation = ++m_generation;
    auto layers = std::make_shared<std::vector<std::unique_ptr<LayerRenderer>>>(MapRenderer::prepare(settings));

    auto *watcher = new QFutureWatcher<Output>(this);
    connect(watcher, &QFutureWatcher<Output>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_watcher == watcher) m_watcher = nullptr;
        const Output out = watcher->result();
        if (generation != m_generation || out.result.canceled)
            return; // superseded by a newer view
        emit finished(out.image, m_settings, out.result);
        prepareIndexes(m_settings);
    });
    m_watcher = watcher;
    watcher->setFuture(QtConcurrent::run([settings, layers, feedback]() -> Output {
        ThreadPriority::lowerCurrent();
        Output out;
        out.image = HugePages::image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        out.image.fill(settings.background);
        QPainter painter(&out.image);
        out.result = MapRenderer::render(settings, *layers, painter, feedback.get());
        return out;
    }));
}

void MapRenderJob::cancel()
{
    if (m_feedback) m_feedback->cancel();
}

bool MapRenderJob::isActive() const
{
    return m_watcher && m_watcher->isRunning();
}

void MapRenderJob::waitForFinished()
{
    if (m_watcher) m_watcher->waitForFinished();
}

}
