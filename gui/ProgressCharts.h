#pragma once

#include "ReportCharts.h"

#include <QCoreApplication>
#include <QDate>
#include <QSharedPointer>

class QCPAxisTicker;
class QCustomPlot;
class QWidget;

namespace pilar {

/// The progress charts, built once for the dashboard and for printed reports: achievement
/// per group in status colours with the planned markers, and planned vs actual over time
/// with the forecast. As ReportCharts they draw into a report page as vectors.
class ProgressCharts : public ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProgressCharts)

public:
    static QCustomPlot *makePlot(QWidget *parent, const QString &title);
    static QSharedPointer<QCPAxisTicker> yearTicker();
    /// Bars per group; `namesAsTicks` labels them by name (kecamatan) instead of code; `selected` is framed.
    static void fillAchievement(QCustomPlot *plot, const ProgressReport &report, bool namesAsTicks, int selected);
    static void fillTrend(QCustomPlot *plot, const QVector<ProgressReport::TrendPoint> &points, std::optional<double> forecast, int firstYear,
                          int finalYear, const QDate &until, const QString &title);

    void achievement(QPainter &painter, const QRectF &rect, const ProgressReport &report, const QString &title) override;
    void trend(QPainter &painter, const QRectF &rect, const QVector<ProgressReport::TrendPoint> &points, std::optional<double> forecast,
               int firstYear, int finalYear, const QString &title) override;

private:
    static void drawInto(QPainter &painter, const QRectF &rect, QCustomPlot *plot);
};

}
