#pragma once

#include "MapRenderer.h"
#include "MapSettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>

namespace pilar {

class Feedback;

/// Renders a map on a worker thread (QtConcurrent). start() snapshots the layers on the
/// calling thread; finished() arrives on that thread. Starting again cancels the render
/// in flight, whose result is then dropped, so only the newest view is ever shown.
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderJob(QObject *parent = nullptr);
    ~MapRenderJob() override;

    void start(const MapSettings &settings);
    void cancel();
    bool isActive() const;
    /// Blocks until the render in flight is done (tests, shutdown).
    void waitForFinished();

signals:
    void finished(const QImage &image, const pilar::MapSettings &settings, const pilar::MapRenderer::Result &result);

private:
    static void prepareIndexes(const MapSettings &settings);
    struct Output { QImage image; MapRenderer::Result result; };
    QFutureWatcher<Output> *m_watcher = nullptr;
    std::shared_ptr<Feedback> m_feedback;
    MapSettings m_settings;
    quint64 m_generation = 0;
};

}

Q_DECLARE_METATYPE(pilar::MapSettings)
Q_DECLARE_METATYPE(pilar::MapRenderer::Result)
