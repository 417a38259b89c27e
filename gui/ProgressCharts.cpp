#include "ProgressCharts.h"

#include <qcustomplot.h>

#include <QPainter>
#include <QPicture>

namespace pilar {

QSharedPointer<QCPAxisTicker> ProgressCharts::yearTicker()
{
    // Whole years on the time axes: "2021", never "2020.5".
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

QCustomPlot *ProgressCharts::makePlot(QWidget *parent, const QString &title)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(190);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(QStringLiteral("DejaVu Sans"), 9, QFont::Bold)));
    return plot;
}

void ProgressCharts::fillAchievement(QCustomPlot *plot, const ProgressReport &report, bool namesAsTicks, int selected)
{
    plot->clearPlottables();
    plot->clearItems();
    const auto &groups = report.groups;
    QVector<double> x, achieved, planned;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < groups.size(); ++i) {
        x << i;
        achieved << (groups[i].achievement ? *groups[i].achievement : 0);
        planned << groups[i].planned;
        // Kecamatan codes say little; their names are short enough.
        ticker->addTick(i, namesAsTicks ? groups[i].label : groups[i].code);
    }
    // One bar series per status, so each bar wears its status colour.
    for (int s = 0; s < 4; ++s) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        QVector<double> bx, by;
        for (int i = 0; i < groups.size(); ++i)
            if (int(groups[i].status) == s) { bx << i; by << achieved[i]; }
        bars->setData(bx, by);
        bars->setWidth(0.6);
        QColor c = ProgressReport::statusColor(ProgressMath::Status(s));
        bars->setBrush(c);
        bars->setPen(QPen(c.darker(130), 1));
        bars->setName(ProgressReport::statusName(ProgressMath::Status(s)));
    }
    auto *plan = plot->addGraph();
    plan->setData(x, planned);
    plan->setLineStyle(QCPGraph::lsNone);
    plan->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus, QPen(Qt::black, 2), Qt::NoBrush, 14));
    plan->setName(ProgressCharts::tr("planned by the date"));
    auto *full = new QCPItemStraightLine(plot);
    full->point1->setCoords(0, 100);
    full->point2->setCoords(1, 100);
    full->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    if (selected >= 0 && selected < groups.size()) {
        auto *mark = new QCPItemRect(plot);
        mark->topLeft->setCoords(selected - 0.45, 125);
        mark->bottomRight->setCoords(selected + 0.45, 0);
        mark->setPen(QPen(QColor(31, 95, 139), 2));
        mark->setBrush(Qt::NoBrush);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.7, std::max<int>(1, groups.size()) - 0.3);
    plot->yAxis->setRange(0, 125);
    plot->legend->setVisible(false);
    plot->replot();
}

void ProgressCharts::fillTrend(QCustomPlot *plot, const QVector<ProgressReport::TrendPoint> &points, std::optional<double> forecast, int firstYear,
                               int finalYear, const QDate &until, const QString &title)
{
    plot->clearGraphs();
    if (auto *element = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))) element->setText(title);
    if (!firstYear) { plot->replot(); return; }
    QVector<double> t, actual, planned;
    for (const auto &p : points) {
        t << ProgressMath::yearFraction(p.date);
        actual << p.actual;
        planned << p.planned;
    }
    auto *plannedGraph = plot->addGraph();
    plannedGraph->setData(t, planned);
    plannedGraph->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    plannedGraph->setName(tr("planned"));
    // Where the trend of the values leads by the plan's end (the report's forecast).
    const double planEnd = finalYear + 1.0;
    if (forecast && !t.isEmpty() && planEnd > t.last()) {
        auto *ahead = plot->addGraph();
        ahead->setData({t.last(), planEnd}, {actual.last(), *forecast});
        ahead->setPen(QPen(QColor(31, 95, 139), 2, Qt::DotLine));
        ahead->setName(tr("forecast"));
    }
    auto *real = plot->addGraph();
    real->setData(t, actual);
    real->setPen(QPen(QColor(31, 95, 139), 2));
    real->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    real->setName(tr("actual"));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft); // the curves climb to the right
    plot->xAxis->setTicker(yearTicker());
    plot->xAxis->setRange(firstYear, std::max(ProgressMath::yearFraction(until), forecast ? planEnd : 0.0) + 0.2);
    plot->yAxis->setRange(0, 110);
    plot->replot();
}

void ProgressCharts::drawInto(QPainter &painter, const QRectF &rect, QCustomPlot *plot)
{
    // Laid out at screen size, recorded as vectors, scaled onto the page.
    const int width = 760, height = std::max(200, int(760 * rect.height() / rect.width()));
    plot->resize(width, height);
    QPicture picture;
    QCPPainter recorder(&picture);
    plot->toPainter(&recorder, width, height);
    recorder.end();
    painter.save();
    painter.translate(rect.topLeft());
    // QPainter replays a picture scaled by the ratio of the two resolutions; undo that, then fit.
    const double dpiRatio = double(picture.logicalDpiX()) / painter.device()->logicalDpiX();
    painter.scale(rect.width() / width * dpiRatio, rect.height() / height * dpiRatio);
    painter.drawPicture(0, 0, picture);
    painter.restore();
}

void ProgressCharts::achievement(QPainter &painter, const QRectF &rect, const ProgressReport &report, const QString &title)
{
    std::unique_ptr<QCustomPlot> plot(makePlot(nullptr, title));
    fillAchievement(plot.get(), report, false, -1);
    drawInto(painter, rect, plot.get());
}

void ProgressCharts::trend(QPainter &painter, const QRectF &rect, const QVector<ProgressReport::TrendPoint> &points, std::optional<double> forecast,
                           int firstYear, int finalYear, const QString &title)
{
    std::unique_ptr<QCustomPlot> plot(makePlot(nullptr, title));
    fillTrend(plot.get(), points, forecast, firstYear, finalYear, points.isEmpty() ? QDate(finalYear, 12, 31) : points.last().date, title);
    drawInto(painter, rect, plot.get());
}

}
