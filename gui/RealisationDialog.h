#pragma once

#include "Realisation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace pilar {

class MasterPlanController;

/// Quick entry of a realised value (realisasi) of an indicator: date, value, source
/// document. Checks that the date lies in the plan, that the value is plausible for the
/// unit, and asks before a second value for the same indicator and quarter.
class RealisationDialog : public QDialog
{
    Q_OBJECT
public:
    RealisationDialog(MasterPlanController *controller, QWidget *parent = nullptr);
    void setIndicator(const QString &uuid);
    void setValues(const QDate &date, double value, const QString &source);
    /// The problems with the current entry; empty when it can be saved.
    QStringList problems() const;
    /// True when another value exists for the same indicator in the same quarter.
    bool duplicatesQuarter() const;
    /// Accepting a duplicate needs this (the dialog asks; tests set it).
    void setDuplicateConfirmed(bool confirmed) { m_duplicateConfirmed = confirmed; }
    QString problemsText() const;
    void accept() override;

private:
    Realisation entry() const;

    MasterPlanController *m_controller;
    QComboBox *m_indicator;
    QDateEdit *m_date;
    QDoubleSpinBox *m_value;
    QLineEdit *m_source;
    QLabel *m_problems;
    bool m_duplicateConfirmed = false;
};

}
