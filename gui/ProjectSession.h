#pragma once

#include "Crs.h"
#include "LayerLoader.h"
#include "ProjectFile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace pilar {

class Feedback;
class Layer;
class Project;

/// The open project and the long operations on it: opening a project and adding layers
/// run on worker threads with progress and cancel; results arrive on the GUI thread.
/// Questions (a layer without CRS) go through a callback so tests can answer them.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    /// Returns the CRS to use for a layer that has none, or an invalid Crs to skip it.
    using CrsChooser = std::function<Crs(const Layer &layer, const QString &explanation, const Crs &guess)>;

    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Project *project() const { return m_project.get(); }
    void setCrsChooser(CrsChooser chooser) { m_crsChooser = std::move(chooser); }

    void newProject();
    /// Opens asynchronously; projectChanged() or a message follows.
    void openProject(const QString &path);
    /// Opens the unsaved changes kept in a recovery file (ProjectRecovery), asynchronously.
    void restoreProject(const QString &recoveryPath);
    /// Loads the files asynchronously and adds their layers on top.
    void addLayers(const QStringList &paths);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    bool isBusy() const;
    void cancel();
    /// Blocks until the current operation is done (tests, shutdown).
    void waitForIdle();

signals:
    void projectChanged(pilar::Project *project);
    void busyChanged(bool busy);
    void progress(int percent, const QString &text);
    void warning(const QString &text);
    void error(const QString &text);
    void layersAdded(const QStringList &layerIds);
    void projectSaved(const QString &path);

private:
    void setProject(std::unique_ptr<Project> project);
    void open(const QString &path, bool recovered);
    void startNextLoad();
    void finishLoad(const QString &path, LayerLoader::Result result);
    std::shared_ptr<Feedback> makeFeedback();

    std::unique_ptr<Project> m_project;
    CrsChooser m_crsChooser;
    QStringList m_pendingLoads;
    QFutureWatcher<ProjectFile::LoadResult> *m_openWatcher = nullptr;
    QFutureWatcher<LayerLoader::Result> *m_loadWatcher = nullptr;
    QString m_loadingPath;
    std::shared_ptr<Feedback> m_feedback;
};

}
