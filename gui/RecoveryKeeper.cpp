#include "RecoveryKeeper.h"

#include "Project.h"
#include "ProjectRecovery.h"
#include "ProjectSession.h"
#include "ProjectSettingsSnapshot.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace pilar {

RecoveryKeeper::RecoveryKeeper(ProjectSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this))
{
    m_writer.setMaxThreadCount(1);
    m_timer->setInterval(20000);
    connect(m_timer, &QTimer::timeout, this, &RecoveryKeeper::writeNow);
    connect(session, &ProjectSession::projectChanged, this, &RecoveryKeeper::projectChanged);
    projectChanged(session->project());
}

RecoveryKeeper::~RecoveryKeeper()
{
    m_writer.waitForDone();   // a removal asked for on closing must not be lost
}

void RecoveryKeeper::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void RecoveryKeeper::projectChanged(Project *project)
{
    if (m_project) disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (!project) return;
    connect(project, &Project::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer->start();
        } else {
            m_timer->stop();
            if (m_project) discard(m_project->id());   // saved
        }
    });
    if (project->isModified()) m_timer->start();   // a restored project stays protected
}

void RecoveryKeeper::writeNow()
{
    if (!m_project || !m_project->isModified()) return;
    const ProjectSettingsSnapshot settings = ProjectSettingsSnapshot::of(*m_project);
    const QString projectPath = m_project->filePath();
    m_writer.start([settings, projectPath] {
        QString error;
        if (!ProjectRecovery::write(settings, projectPath, &error)) qWarning("%s", qPrintable(error));   // the next tick tries again
    });
}

void RecoveryKeeper::waitForWrites()
{
    m_writer.waitForDone();
}

void RecoveryKeeper::discard(const QString &projectId)
{
    m_writer.start([projectId] { ProjectRecovery::discard(projectId); });
}

void RecoveryKeeper::discardCurrent()
{
    m_timer->stop();
    if (m_project) discard(m_project->id());
}

bool RecoveryKeeper::offerRestore(QWidget *parent)
{
    waitForWrites();
    const auto pending = ProjectRecovery::pending();
    if (pending.isEmpty()) return false;
    const ProjectRecovery::Entry &e = pending.first();
    const QString name = e.projectPath.isEmpty() ? e.title : QDir::toNativeSeparators(e.projectPath);
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"),
                    tr("Pilar did not close properly while \"%1\" had unsaved changes to its map (layers, styles, view). "
                       "They were kept at %2. Restore them?")
                        .arg(name, QLocale().toString(e.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    // Older copies (more than one crash) are not offered again.
    for (int i = 1; i < pending.size(); ++i) ProjectRecovery::discard(pending[i]);
    if (box.clickedButton() != restore) {
        ProjectRecovery::discard(e);
        return false;
    }
    m_session->restoreProject(e.recoveryPath);
    return true;
}

}
