#pragma once

#include "MasterPlanStore.h"

#include <QDialog>

class QTableWidget;

namespace pilar {

/// Shown when a save on the office server is refused because another planner saved the same
/// programme or asset first: their version and yours side by side, field by field (as in the
/// check-in review). Nothing is written until the planner chooses: keep theirs (Close), or
/// save mine over theirs (accept()).
class SaveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// `what` names the row ("Programme GOV-01"), `who` the last change ("sari (2026-11-30T10:00)").
    SaveConflictDialog(const QString &what, const QString &who, const QVector<MasterPlanStore::Difference> &differences,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

}
