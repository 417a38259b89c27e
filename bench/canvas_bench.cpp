// The canvas never blocks (issue 7, goal 4): a big layer is loaded on a worker, shown,
// zoomed and panned while a 1 ms timer measures how long the GUI event loop ever waits.
// Also: time from the layer's arrival to its first drawn frame.
//
//   pilar-bench-canvas FILE
#include "LayerLoader.h"
#include "MapCanvas.h"
#include "Project.h"
#include "ThreadPriority.h"
#include "VectorLayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include "PeakMemory.h"

#include <algorithm>

using namespace pilar;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: pilar-bench-canvas FILE" << Qt::endl;
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);

    Project project;
    MapCanvas canvas;
    canvas.resize(1920, 1080);
    canvas.setProject(&project);
    canvas.show();
    app.processEvents();

    // The stall meter: a 1 ms timer; the longest gap between two ticks is the longest time
    // the event loop could not answer (a click, a repaint).
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = -1, worst = 0;
    QString phase = QStringLiteral("start"), worstPhase;
    std::vector<qint64> gaps;
    QTimer meter;
    meter.setInterval(1);
    meter.setTimerType(Qt::PreciseTimer);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0) {
            gaps.push_back(now - lastTick);
            if (now - lastTick > worst) { worst = now - lastTick; worstPhase = phase; }
        }
        lastTick = now;
    });
    meter.start();

    const auto waitForFrame = [&] {
        QEventLoop loop;
        QObject::connect(&canvas, &MapCanvas::renderFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    };

    // Load on a worker, as the application does.
    QElapsedTimer t;
    t.start();
    QFutureWatcher<LayerLoader::Result> watcher;
    QEventLoop loading;
    QObject::connect(&watcher, &QFutureWatcher<LayerLoader::Result>::finished, &loading, &QEventLoop::quit);
    phase = QStringLiteral("loading");
    watcher.setFuture(QtConcurrent::run([file] {
        ThreadPriority::lowerCurrent();   // as ProjectSession does
        return LayerLoader::load(file);
    }));
    loading.exec();
    const double loadMs = t.nsecsElapsed() / 1e6;
    LayerLoader::Result loaded = watcher.result();
    if (!loaded.ok() || loaded.layers.empty()) {
        QTextStream(stderr) << "cannot load " << file << Qt::endl;
        return 1;
    }
    const auto layer = loaded.layers.front();
    t.restart();
    phase = QStringLiteral("first frame");
    project.setCrs(layer->crs());
    project.addLayer(layer);
    canvas.zoomToFullExtent();
    waitForFrame();
    const double firstFrameMs = t.nsecsElapsed() / 1e6;

    // A planner's session: zoom in step by step, pan, zoom out; then a burst of wheel steps
    // faster than renders finish (each cancels the one in flight).
    t.restart();
    const QPointF middle(960, 540);
    int renders = 0;
    phase = QStringLiteral("zoom in");
    for (int i = 0; i < 6; ++i) { canvas.zoomByFactor(0.5, middle); waitForFrame(); ++renders; }
    phase = QStringLiteral("pan");
    for (int i = 0; i < 6; ++i) { canvas.panByPixels(300, 120); waitForFrame(); ++renders; }
    phase = QStringLiteral("zoom out");
    for (int i = 0; i < 6; ++i) { canvas.zoomByFactor(2.0, middle); waitForFrame(); ++renders; }
    phase = QStringLiteral("wheel burst");
    // What one repaint of the canvas costs on the GUI thread: the sharp image, then a preview.
    QElapsedTimer paint;
    paint.start();
    canvas.repaint();
    const double repaintMs = paint.nsecsElapsed() / 1e6;
    canvas.zoomByFactor(0.5, middle);
    paint.restart();
    canvas.repaint();
    const double previewRepaintMs = paint.nsecsElapsed() / 1e6;
    waitForFrame();
    const double sessionMs = t.nsecsElapsed() / 1e6;
    for (int i = 0; i < 20; ++i) {
        canvas.zoomByFactor(i < 10 ? 0.8 : 1.25, QPointF(700 + 20 * i, 500));
        QEventLoop pause;
        QTimer::singleShot(15, &pause, &QEventLoop::quit);
        pause.exec();
    }
    waitForFrame();
    meter.stop();

    std::sort(gaps.begin(), gaps.end());
    const auto percentile = [&](double q) { return gaps.empty() ? 0.0 : gaps[std::size_t(q * (gaps.size() - 1))] / 1e6; };
    QJsonObject json{{QStringLiteral("file"), QFileInfo(file).fileName()},
                     {QStringLiteral("features"), qint64(std::static_pointer_cast<VectorLayer>(layer)->featureCount())},
                     {QStringLiteral("load_ms"), qRound(loadMs)},
                     {QStringLiteral("first_frame_ms"), qRound(firstFrameMs)},
                     {QStringLiteral("session_renders"), renders},
                     {QStringLiteral("session_ms_per_render"), qRound(sessionMs / renders)},
                     {QStringLiteral("ticks"), qint64(gaps.size())},
                     {QStringLiteral("stall_p99_ms"), percentile(0.99)},
                     {QStringLiteral("stall_max_ms"), worst / 1e6},
                     {QStringLiteral("stall_max_during"), worstPhase},
                     {QStringLiteral("repaint_ms"), repaintMs},
                     {QStringLiteral("preview_repaint_ms"), previewRepaintMs},
                     {QStringLiteral("peak_mib"), qint64(pilar::bench::peakMiB())}};
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
