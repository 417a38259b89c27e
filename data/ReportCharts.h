#pragma once

#include "ProgressReport.h"

#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace pilar {

/// Draws the dashboard's charts into a report page. The GUI library provides the QCustomPlot
/// implementation, so a printed chart is the same chart as on screen, as vectors in a PDF;
/// without one a report leaves the charts out.
class ReportCharts
{
public:
    virtual ~ReportCharts() = default;
    /// Achievement per group against plan, bars in status colours.
    virtual void achievement(QPainter &painter, const QRectF &rect, const ProgressReport &report, const QString &title) = 0;
    /// Planned and actual over time, with the forecast to the plan's end.
    virtual void trend(QPainter &painter, const QRectF &rect, const QVector<ProgressReport::TrendPoint> &points, std::optional<double> forecast,
                       int firstYear, int finalYear, const QString &title) = 0;
};

}
