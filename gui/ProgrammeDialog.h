#pragma once

#include "Programme.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

class QTabWidget;

namespace pilar {

class IndicatorHistoryWidget;

class MasterPlanController;

/// The form for one programme, with the lists (pillars, stages, OPD, partners) from the
/// project. OK checks the same rules as the store and lists every problem in the form.
class ProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    ProgrammeDialog(MasterPlanController *controller, const Programme &programme, QWidget *parent = nullptr);
    Programme programme() const;
    /// Fills the form (tests and "duplicate" use it).
    void setProgramme(const Programme &programme);
    QString problemsText() const;
    /// "Programme" and, for an existing programme, "Indicators and Progress".
    QTabWidget *tabs() const { return m_tabs; }
    IndicatorHistoryWidget *history() const { return m_history; }

    void accept() override;

private:
    void fillSubElements();

    MasterPlanController *m_controller;
    Programme m_original;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_pillar;
    QComboBox *m_subElement;
    QComboBox *m_stage;
    QComboBox *m_status;
    QComboBox *m_horizon;
    QComboBox *m_opd;
    QListWidget *m_partners;
    QComboBox *m_funding;
    QLineEdit *m_budget;
    QSpinBox *m_startYear;
    QSpinBox *m_endYear;
    QLineEdit *m_kecamatan;
    QLineEdit *m_site;
    QPlainTextEdit *m_description;
    QTableWidget *m_activities;
    QLabel *m_problems;
    QTabWidget *m_tabs = nullptr;
    IndicatorHistoryWidget *m_history = nullptr;
};

}
