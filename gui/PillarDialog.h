#pragma once

#include "Pillar.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QTableWidget;

namespace pilar {

class MasterPlanController;

/// Edits the list of pillars (the plan's dimensions are data, not code): codes, names
/// in both languages and colours; new pillars can be added. Saved as one undoable edit.
class PillarDialog : public QDialog
{
    Q_OBJECT
public:
    PillarDialog(MasterPlanController *controller, QWidget *parent = nullptr);
    QVector<Pillar> pillars() const;
    /// Adds an empty row to fill in.
    void addRow(const Pillar &pillar = Pillar());
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    MasterPlanController *m_controller;
    QTableWidget *m_table;
    QLabel *m_problems;
};

}
