#pragma once

#include "Realisation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace pilar {

class IndicatorHistoryWidget;
class MasterPlanController;

/// Quick entry of a realised value (realisasi) of an indicator: date, value, kecamatan (or the
/// whole regency), source document and an optional attachment (a photo or a PDF, stored in
/// the project). Checks with RealisationRules (date in the plan, plausible value, a named
/// source) and asks before a second value for the same indicator and quarter. Below, the
/// indicator's history.
class RealisationDialog : public QDialog
{
    Q_OBJECT
public:
    RealisationDialog(MasterPlanController *controller, QWidget *parent = nullptr);
    void setIndicator(const QString &uuid);
    void setValues(const QDate &date, double value, const QString &source);
    /// The kecamatan the value is for; empty = the whole regency.
    void setKecamatan(const QString &code);
    /// Attaches a file (read now); false with the reason when it cannot be read or is too large.
    bool setAttachment(const QString &path, QString *error);
    /// The problems with the current entry; empty when it can be saved.
    QStringList problems() const;
    /// True when another value exists for the same indicator, kecamatan and quarter.
    bool duplicatesQuarter() const;
    /// Accepting a duplicate needs this (the dialog asks; tests set it).
    void setDuplicateConfirmed(bool confirmed) { m_duplicateConfirmed = confirmed; }
    QString problemsText() const;
    IndicatorHistoryWidget *history() const { return m_history; }
    void accept() override;

private:
    Realisation entry() const;

    MasterPlanController *m_controller;
    QComboBox *m_indicator;
    QComboBox *m_kecamatan;
    QDateEdit *m_date;
    QDoubleSpinBox *m_value;
    QLineEdit *m_source;
    QLineEdit *m_attachmentName;
    QLabel *m_problems;
    IndicatorHistoryWidget *m_history;
    QByteArray m_attachment;
    bool m_duplicateConfirmed = false;
};

}
