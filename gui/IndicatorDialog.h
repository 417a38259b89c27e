#pragma once

#include "Indicator.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace pilar {

class MasterPlanController;

/// The success indicators of one programme: name, unit, direction, weight, baseline and a
/// target per year — for the whole regency and, where the plan sets them, per kecamatan —
/// in one grid (rows: the regency, then each kecamatan; columns: the baseline, then the years).
/// Saved as one undoable edit.
class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorDialog(MasterPlanController *controller, const QString &programmeUuid, QWidget *parent = nullptr);

    QVector<Indicator> indicators() const;
    /// Adds an indicator with a name (tests and the Add button) and selects it.
    void addIndicator(const QString &name);
    void selectIndicator(int index);
    QListWidget *list() const { return m_list; }
    QTableWidget *grid() const { return m_grid; }
    QSpinBox *baselineYear() const { return m_baselineYear; }
    QDoubleSpinBox *weight() const { return m_weight; }
    QString problemsText() const;
    void accept() override;

private:
    void storeCurrent();   ///< form → m_indicators[m_current]
    void loadCurrent();    ///< m_indicators[m_current] → form
    void rebuildGrid();

    MasterPlanController *m_controller;
    QString m_programmeUuid;
    QVector<Indicator> m_indicators;
    int m_current = -1;
    int m_lastYear = 2023;
    QStringList m_kecamatan;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_unit;
    QComboBox *m_direction;
    QDoubleSpinBox *m_weight;
    QSpinBox *m_baselineYear;
    QTableWidget *m_grid;
    QLabel *m_problems;
    bool m_loading = false;
};

}
