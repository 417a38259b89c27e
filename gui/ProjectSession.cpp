#include "ProjectSession.h"

#include "ProjectRecovery.h"

#include "CrsGuess.h"
#include "DatasetOpener.h"
#include "Feedback.h"
#include "Project.h"
#include "ThreadPriority.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace pilar {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<pilar::Project *>();
    newProject();
}

ProjectSession::~ProjectSession()
{
    cancel();
    waitForIdle();
}

std::shared_ptr<Feedback> ProjectSession::makeFeedback()
{
    QPointer<ProjectSession> self(this);
    // Progress comes from a worker thread: hop to the GUI thread before emitting.
    m_feedback = std::make_shared<Feedback>([self](double percent, const QString &text) {
        QMetaObject::invokeMethod(qApp, [self, percent, text] {
            if (self) emit self->progress(int(percent), text);
        }, Qt::QueuedConnection);
    });
    return m_feedback;
}

void ProjectSession::setProject(std::unique_ptr<Project> project)
{
    m_project = std::move(project);
    emit projectChanged(m_project.get());
}

void ProjectSession::newProject()
{
    auto project = std::make_unique<Project>();
    project->setTitle(tr("New project"));
    project->setModified(false);
    setProject(std::move(project));
}

bool ProjectSession::isBusy() const
{
    // Busy until the results are handled on this thread, not merely computed.
    return m_openWatcher || m_loadWatcher || !m_pendingLoads.isEmpty();
}

void ProjectSession::cancel()
{
    m_pendingLoads.clear();
    if (m_feedback) m_feedback->cancel();
}

void ProjectSession::waitForIdle()
{
    while (isBusy()) {
        if (m_openWatcher) m_openWatcher->waitForFinished();
        if (m_loadWatcher) m_loadWatcher->waitForFinished();
        // The watchers' finished() arrives as an event posted by the worker: let it in.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void ProjectSession::openProject(const QString &path)
{
    open(path, false);
}

void ProjectSession::restoreProject(const QString &recoveryPath)
{
    open(recoveryPath, true);
}

void ProjectSession::open(const QString &path, bool recovered)
{
    if (isBusy()) cancel(), waitForIdle();
    auto feedback = makeFeedback();
    QThread *guiThread = thread();
    auto *watcher = new QFutureWatcher<ProjectFile::LoadResult>(this);
    m_openWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_openWatcher == watcher) m_openWatcher = nullptr;
        watcher->deleteLater();
        ProjectFile::LoadResult result = watcher->future().takeResult();
        emit busyChanged(false);
        if (result.canceled) return;
        if (!result.project) {
            emit error(result.error);
            return;
        }
        for (const QString &w : result.warnings) emit warning(w);
        setProject(std::move(result.project));
    });
    emit busyChanged(true);
    watcher->setFuture(QtConcurrent::run([path, recovered, feedback, guiThread] {
        ProjectFile::LoadResult result = recovered ? ProjectRecovery::load(path, feedback.get()) : ProjectFile::load(path, feedback.get());
        if (result.project) result.project->moveToThread(guiThread); // it will live on the GUI thread
        return result;
    }));
}

void ProjectSession::addLayers(const QStringList &paths)
{
    m_pendingLoads << paths;
    if (!m_loadWatcher) startNextLoad();
}

void ProjectSession::startNextLoad()
{
    if (m_pendingLoads.isEmpty()) {
        emit busyChanged(false);
        return;
    }
    const QString path = m_pendingLoads.takeFirst();
    m_loadingPath = path;
    auto feedback = makeFeedback();
    emit busyChanged(true);
    emit progress(0, QFileInfo(path).fileName());
    auto *watcher = new QFutureWatcher<LayerLoader::Result>(this);
    m_loadWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        LayerLoader::Result result = watcher->future().takeResult();
        if (m_loadWatcher == watcher) m_loadWatcher = nullptr;
        watcher->deleteLater();
        finishLoad(path, std::move(result));
        startNextLoad();
    });
    watcher->setFuture(QtConcurrent::run([path, feedback] {
        // Below the GUI's priority, and so are the read-ahead threads GDAL starts from here
        // (Linux threads inherit their creator's nice value): the canvas keeps a core.
        ThreadPriority::lowerCurrent();
        return LayerLoader::load(path, feedback.get());
    }));
}

void ProjectSession::finishLoad(const QString &path, LayerLoader::Result result)
{
    if (result.canceled || !m_project) return;
    for (const QString &e : result.errors) emit error(e);
    for (const QString &w : result.warnings) emit warning(w);
    QStringList added;
    const bool firstLayers = m_project->layers().empty();
    for (auto &layer : result.layers) {
        if (layer->crsMissing()) {
            const Crs guess = CrsGuess::best(layer->extent());
            const QString explanation =
                guess.isValid()
                    ? tr("Layer \"%1\" from %2 has no coordinate reference system. Its coordinates suggest %3; "
                         "please confirm or choose another.").arg(layer->name(), DatasetOpener::displayName(path), guess.displayName())
                    : tr("Layer \"%1\" from %2 has no coordinate reference system. Please choose the one it was made in.")
                          .arg(layer->name(), DatasetOpener::displayName(path));
            const Crs chosen = m_crsChooser ? m_crsChooser(*layer, explanation, guess) : Crs();
            if (!chosen.isValid()) {
                emit warning(tr("Layer \"%1\" was not added: it has no coordinate reference system.").arg(layer->name()));
                continue;
            }
            layer->setCrs(chosen);
        }
        m_project->addLayer(layer);
        added << layer->id();
    }
    if (firstLayers && !added.isEmpty())
        m_project->setViewExtent(m_project->fullExtent().buffered(0.05));
    if (!added.isEmpty()) emit layersAdded(added);
}

bool ProjectSession::save(QString *error)
{
    if (!m_project || m_project->filePath().isEmpty()) return false;
    if (!ProjectFile::save(*m_project, m_project->filePath(), error)) return false;
    emit projectSaved(m_project->filePath());
    return true;
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    if (!m_project) return false;
    if (!ProjectFile::save(*m_project, path, error)) return false;
    emit projectSaved(m_project->filePath());
    return true;
}

}
