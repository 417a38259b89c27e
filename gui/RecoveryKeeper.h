#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class QTimer;
class QWidget;

namespace pilar {

class Project;
class ProjectSession;

/// The GUI's side of ProjectRecovery: while the open project has unsaved changes, their
/// recovery copy is rewritten every few seconds; when they are saved or knowingly dropped,
/// it goes. At start, a copy left by a session that crashed is offered back.
/// The GUI thread only takes a snapshot of the settings; the file is written on a thread of
/// its own, one write or removal at a time and in the order asked, so a slow disk never
/// stalls the map and a removal is never overtaken by an older write.
class RecoveryKeeper : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryKeeper(ProjectSession *session, QObject *parent = nullptr);
    ~RecoveryKeeper() override;

    /// How often a modified project is written (default 20 s).
    void setInterval(int milliseconds);
    /// Writes the recovery copy of the open project now, when it has unsaved changes (returns at
    /// once; the copy is on disk when waitForWrites() returns).
    void writeNow();
    /// Waits until every write and removal asked for so far is done.
    void waitForWrites();
    /// The planner closed or replaced the project after being asked about its changes.
    void discardCurrent();
    /// Offers a recovery copy left behind by a crash; true when the planner chose to restore it.
    bool offerRestore(QWidget *parent);

private:
    void projectChanged(Project *project);
    void discard(const QString &projectId);

    ProjectSession *m_session;
    QPointer<Project> m_project;
    QTimer *m_timer;
    QThreadPool m_writer;   ///< one thread: writes and removals stay in order
};

}
