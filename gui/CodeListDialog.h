#pragma once

#include "Opd.h"
#include "Partner.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace pilar {

class MasterPlanController;

/// Edits one of the plan's code lists — the OPD (agencies) or the partners (mitra):
/// code, name and a third column (short name, or kind of partner). New rows can be
/// added. Saved as one undoable edit.
class CodeListDialog : public QDialog
{
    Q_OBJECT
public:
    enum class List { Opd, Partners };
    CodeListDialog(MasterPlanController *controller, List list, QWidget *parent = nullptr);
    /// Appends a row (code, name, third column).
    void addRow(const QString &uuid, const QString &code, const QString &name, const QString &third);
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    MasterPlanController *m_controller;
    List m_list;
    QTableWidget *m_table;
    QLabel *m_problems;
};

}
