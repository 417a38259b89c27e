#pragma once

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace pilar {

class Project;
class ProjectSession;

/// The GUI's side of ProjectRecovery: while the open project has unsaved changes, their
/// recovery copy is rewritten every few seconds; when they are saved or knowingly dropped,
/// it goes. At start, a copy left by a session that crashed is offered back.
class RecoveryKeeper : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryKeeper(ProjectSession *session, QObject *parent = nullptr);

    /// How often a modified project is written (default 20 s).
    void setInterval(int milliseconds);
    /// Writes the recovery copy of the open project now, when it has unsaved changes.
    void writeNow();
    /// The planner closed or replaced the project after being asked about its changes.
    void discardCurrent();
    /// Offers a recovery copy left behind by a crash; true when the planner chose to restore it.
    bool offerRestore(QWidget *parent);

private:
    void projectChanged(Project *project);

    ProjectSession *m_session;
    QPointer<Project> m_project;
    QTimer *m_timer;
};

}
