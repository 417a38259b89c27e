#pragma once

#include "ProgressReport.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace pilar {

class MasterPlanController;

/// The progress dashboard (QCustomPlot): achievement per pillar, stage, OPD or kecamatan
/// against what was planned by the date; planned vs actual over the years for the chosen
/// group; budget planned vs realised; status counts; the programmes furthest behind.
/// Hovering shows values; clicking a bar picks the group; double-clicking a row opens the
/// programme. Charts can be saved as PNG, SVG or PDF.
class DashboardDock : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardDock(MasterPlanController *controller, QWidget *parent = nullptr);

    const ProgressReport &report() const { return m_report; }
    QCustomPlot *achievementChart() const { return m_bars; }
    QTableWidget *behindTable() const { return m_behind; }
    void setDate(const QDate &date);
    /// Selects the group whose trend and budget are shown (by its index in the report).
    void selectGroup(int index);
    /// Writes the three charts to one file per chart: base name + "-capaian", "-tren", "-anggaran".
    bool saveCharts(const QString &basePath, QString *error);
    /// One chart as PNG, SVG or PDF (by the file's suffix).
    bool saveChart(QCustomPlot *plot, const QString &path, QString *error) const;
    /// Changes the status thresholds kept in the project; every status follows.
    bool setThresholds(const ProgressMath::Thresholds &thresholds, QString *error);
    /// Puts the chart on the clipboard as an image.
    void copyChart(QCustomPlot *plot) const;
    QCustomPlot *trendChart() const { return m_trend; }
    QCustomPlot *budgetChart() const { return m_budget; }
    /// The map's filter in words ("Filtered as the map: pillar SG, …"), empty when none.
    QString filterDescription() const;

public slots:
    void refresh();

signals:
    void openProgrammeRequested(const QString &uuid);
    void enterRealisationRequested();

private:
    void drawAchievement();
    void drawTrend();
    void drawBudget();
    void fillBehind();
    bool inSelectedGroup(const Programme &programme) const;

    MasterPlanController *m_controller;
    QDateEdit *m_date;
    QComboBox *m_groupBy;
    QLabel *m_status;
    QCustomPlot *m_bars;
    QCustomPlot *m_trend;
    QCustomPlot *m_budget;
    QTableWidget *m_behind;
    ProgressReport m_report;
    int m_selected = -1;
};

}
