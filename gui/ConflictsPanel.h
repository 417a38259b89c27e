#pragma once

#include "SyncConflict.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pilar {

class MasterPlanController;

/// Review Conflicts: the changes from the field that wait for a decision, each with the
/// office's value and the field's side by side, who sent it and where the row is. Keep the
/// office's, take the field's, or type another; every decision is audited.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPanel(MasterPlanController *controller, QWidget *parent = nullptr);

    /// Re-reads the open conflicts.
    void reload();
    int openCount() const { return int(m_conflicts.size()); }
    /// Resolves the selected conflict (also used by tests).
    bool resolveSelected(int take, const QVariant &value = QVariant());
    QTreeWidget *list() const { return m_list; }

signals:
    /// Show the row's place on the map (longitude, latitude).
    void locateRequested(double longitude, double latitude);
    void resolved();

private:
    void updateButtons();
    const SyncConflict *selected() const;

    MasterPlanController *m_controller;
    QVector<SyncConflict> m_conflicts;
    QLabel *m_header;
    QTreeWidget *m_list;
    QPushButton *m_office, *m_field, *m_edit, *m_locate;
};

}
