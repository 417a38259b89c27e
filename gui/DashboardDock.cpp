#include "DashboardDock.h"

#include "MasterPlanController.h"
#include "ProgressCharts.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QMenu>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace pilar {

DashboardDock::DashboardDock(MasterPlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_date(new QDateEdit(this))
    , m_groupBy(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_bars(ProgressCharts::makePlot(this, tr("Achievement against plan (%)")))
    , m_trend(ProgressCharts::makePlot(this, tr("Planned and actual over time (% of the final target)")))
    , m_budget(ProgressCharts::makePlot(this, tr("Budget planned and realised (billion Rp)")))
    , m_behind(new QTableWidget(0, 6, this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_groupBy->addItems({tr("By pillar"), tr("By stage"), tr("By OPD"), tr("By kecamatan")});
    auto *save = new QPushButton(tr("Save Charts…"), this);
    auto *enter = new QPushButton(tr("Enter Realisation…"), this);
    auto *thresholds = new QPushButton(tr("Thresholds…"), this);
    thresholds->setToolTip(tr("When a programme counts as on track, at risk or behind (a project setting)"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of"), this));
    top->addWidget(m_date);
    top->addWidget(m_groupBy);
    top->addStretch();
    top->addWidget(thresholds);
    top->addWidget(enter);
    top->addWidget(save);
    m_behind->setHorizontalHeaderLabels({tr("Programme"), tr("Achieved %"), tr("Planned %"), tr("Gap"), tr("Status"), tr("Forecast %")});
    m_behind->horizontalHeaderItem(5)->setToolTip(tr("Share of the final target expected at the plan's end, from the trend of the values so far"));
    m_behind->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_behind->verticalHeader()->hide();
    m_behind->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_behind->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_behind->setMinimumHeight(140);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_bars, 2);
    layout->addWidget(m_trend, 2);
    layout->addWidget(m_budget, 2);
    layout->addWidget(new QLabel(tr("Furthest behind plan:"), this));
    layout->addWidget(m_behind, 2);

    connect(m_controller, &MasterPlanController::changed, this, &DashboardDock::refresh);
    connect(m_controller, &MasterPlanController::progressChanged, this, &DashboardDock::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) { m_controller->setProgressDate(date); });
    for (QCustomPlot *plot : {m_bars, m_trend, m_budget}) {
        // Right-click a chart: copy it (to paste into a letter or a slide) or save it.
        plot->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint &pos) {
            QMenu menu(plot);
            menu.addAction(tr("Copy Chart"), this, [this, plot] { copyChart(plot); });
            menu.addAction(tr("Save Chart…"), this, [this, plot] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(), tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
                QString error;
                if (!path.isEmpty() && !saveChart(plot, path, &error)) m_status->setText(error);
            });
            menu.exec(plot->mapToGlobal(pos));
        });
    }
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { m_selected = -1; refresh(); });
    connect(enter, &QPushButton::clicked, this, &DashboardDock::enterRealisationRequested);
    connect(thresholds, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Status Thresholds"));
        auto *onTrack = new QDoubleSpinBox(&dialog);
        auto *atRisk = new QDoubleSpinBox(&dialog);
        for (QDoubleSpinBox *box : {onTrack, atRisk}) { box->setRange(1, 100); box->setSuffix(QStringLiteral(" %")); }
        onTrack->setValue(m_report.thresholds.onTrack);
        atRisk->setValue(m_report.thresholds.atRisk);
        auto *form = new QFormLayout(&dialog);
        form->addRow(new QLabel(tr("A programme's achievement, as a share of what was planned by the date:"), &dialog));
        form->addRow(tr("On track from"), onTrack);
        form->addRow(tr("At risk from (below: behind)"), atRisk);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        QString error;
        if (dialog.exec() == QDialog::Accepted && !setThresholds({onTrack->value(), atRisk->value()}, &error)) m_status->setText(error);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts"), QString(), tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !saveCharts(path, &error)) m_status->setText(error);
    });
    connect(m_behind, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openProgrammeRequested(m_behind->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_bars, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *, int index, QMouseEvent *) { selectGroup(index); });
    connect(m_bars, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        // Hovering a bar shows its numbers.
        const int index = int(std::lround(m_bars->xAxis->pixelToCoord(event->position().x())));
        if (index < 0 || index >= m_report.groups.size()) { QToolTip::hideText(); return; }
        const auto &g = m_report.groups.at(index);
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1\nachieved %2 %, planned %3 %\n%4, %5")
                               .arg(g.label, g.achievement ? QLocale().toString(*g.achievement, 'f', 1) : QStringLiteral("–"),
                                    QLocale().toString(g.planned, 'f', 1), tr("%n programme(s)", nullptr, g.programmes),
                                    ProgressReport::statusName(g.status)),
                           m_bars);
    });
    refresh();
}

void DashboardDock::setDate(const QDate &date)
{
    m_date->setDate(date);
}

bool DashboardDock::setThresholds(const ProgressMath::Thresholds &thresholds, QString *error)
{
    if (!m_controller->store().setProgressThresholds(thresholds, error)) return false;
    m_controller->refresh(); // every status follows: charts, map, sites
    return true;
}

void DashboardDock::copyChart(QCustomPlot *plot) const
{
    // Twice the screen's pixels, so the copy stays sharp when pasted and enlarged.
    QGuiApplication::clipboard()->setImage(plot->toPixmap(plot->width(), plot->height(), 2.0).toImage());
}

QString DashboardDock::filterDescription() const
{
    const MasterPlanFilter f = m_controller->filter();
    const MasterPlanSnapshot &plan = m_controller->snapshot();
    QStringList parts;
    auto nameOf = [](const auto &rows, const QString &uuid) {
        for (const auto &row : rows)
            if (row.uuid == uuid) return row.code;
        return QString();
    };
    if (!f.pillarUuid.isEmpty()) parts << tr("pillar %1").arg(nameOf(plan.pillars, f.pillarUuid));
    if (!f.stageUuid.isEmpty()) parts << tr("stage %1").arg(nameOf(plan.stages, f.stageUuid));
    if (!f.opdUuid.isEmpty()) parts << tr("OPD %1").arg(nameOf(plan.opds, f.opdUuid));
    if (!f.kecamatanCode.isEmpty()) parts << tr("kecamatan %1").arg(plan.kecamatanName(f.kecamatanCode));
    if (f.year) parts << tr("programmes started by %1").arg(f.year);
    return parts.isEmpty() ? QString() : tr("Filtered as the map: %1.").arg(parts.join(QStringLiteral(", ")));
}

void DashboardDock::refresh()
{
    if (!m_controller->isAvailable()) {
        m_status->setText(m_controller->unavailableReason());
        return;
    }
    {
        // The controller's date: picked here, or following the map's year slider.
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m_controller->progressDate());
    }
    const QString selectedKey = m_selected >= 0 && m_selected < m_report.groups.size() ? m_report.groups[m_selected].key : QString();
    m_report = ProgressReport::compute(m_controller->snapshot(), m_date->date(), ProgressReport::GroupBy(m_groupBy->currentIndex()),
                                       m_controller->filter());
    m_selected = -1;
    for (int i = 0; i < m_report.groups.size(); ++i)
        if (!selectedKey.isEmpty() && m_report.groups[i].key == selectedKey) m_selected = i;
    int counts[4] = {};
    for (const auto &p : m_report.programmes) ++counts[int(p.status)];
    const QString filter = filterDescription();
    m_status->setText((filter.isEmpty() ? QString() : filter + QLatin1Char(' ')) +
                      tr("Programmes: %1 on track, %2 at risk, %3 behind, %4 without data.")
                          .arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3]) +
                      (m_report.pillarsWithoutProgrammes.isEmpty() ? QString()
                                                                   : QLatin1Char(' ') + tr("Pillars without programmes: %1")
                                                                                            .arg(m_report.pillarsWithoutProgrammes.join(QStringLiteral(", ")))));
    drawAchievement();
    drawTrend();
    drawBudget();
    fillBehind();
}

void DashboardDock::selectGroup(int index)
{
    m_selected = index;
    drawAchievement();
    drawTrend();
    drawBudget();
    fillBehind();
}

bool DashboardDock::inSelectedGroup(const Programme &programme) const
{
    if (m_selected < 0 || m_selected >= m_report.groups.size()) return true; // no group picked: all
    return ProgressReport::isMember(programme, ProgressReport::GroupBy(m_groupBy->currentIndex()), m_report.groups[m_selected].key);
}

void DashboardDock::drawAchievement()
{
    ProgressCharts::fillAchievement(m_bars, m_report, m_groupBy->currentIndex() == int(ProgressReport::GroupBy::Kecamatan), m_selected);
}

void DashboardDock::drawTrend()
{
    const MasterPlanSnapshot &plan = m_controller->snapshot();
    const QString groupKey = m_selected >= 0 && m_selected < m_report.groups.size() ? m_report.groups[m_selected].key : QString();
    const auto points = ProgressReport::trend(plan, m_date->date(), ProgressReport::GroupBy(m_groupBy->currentIndex()), m_controller->filter(), groupKey);
    // Where the trend of the values leads by the plan's end (the report's forecast).
    const std::optional<double> forecast = groupKey.isEmpty() ? [&] {
        double sum = 0;
        int n = 0;
        for (const auto &g : m_report.groups) if (g.forecast) { sum += *g.forecast; ++n; }
        return n ? std::optional(sum / n) : std::nullopt;
    }() : m_report.groups[m_selected].forecast;
    ProgressCharts::fillTrend(m_trend, points, forecast, plan.firstYear(), plan.finalYear(), m_date->date(),
                              groupKey.isEmpty() ? tr("Planned and actual over time (% of the final target)")
                                                 : tr("Planned and actual over time (% of the final target): %1").arg(m_report.groups[m_selected].label));
}

void DashboardDock::drawBudget()
{
    m_budget->clearPlottables();
    QSet<QString> programmes;
    for (const Programme &p : m_controller->programmes()) {
        if (inSelectedGroup(p) && m_controller->filter().accepts(p)) programmes.insert(p.uuid);
    }
    QMap<int, std::pair<double, double>> byYear;
    for (const BudgetRealisation &b : m_controller->snapshot().budget)
        if (programmes.contains(b.programmeUuid)) {
            byYear[b.year].first += b.planned / 1e9;
            byYear[b.year].second += b.realised / 1e9;
        }
    auto *group = new QCPBarsGroup(m_budget);
    auto *planned = new QCPBars(m_budget->xAxis, m_budget->yAxis);
    auto *realised = new QCPBars(m_budget->xAxis, m_budget->yAxis);
    double maxValue = 1;
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        planned->addData(it.key(), it.value().first);
        realised->addData(it.key(), it.value().second);
        maxValue = std::max(maxValue, it.value().first);
    }
    planned->setName(tr("planned"));
    realised->setName(tr("realised"));
    planned->setBrush(QColor(180, 200, 225));
    realised->setBrush(QColor(31, 95, 139));
    for (QCPBars *b : {planned, realised}) { b->setWidth(0.35); b->setBarsGroup(group); }
    m_budget->legend->setVisible(true);
    m_budget->xAxis->setTicker(ProgressCharts::yearTicker());
    if (!byYear.isEmpty()) m_budget->xAxis->setRange(byYear.firstKey() - 0.7, byYear.lastKey() + 0.7);
    m_budget->yAxis->setRange(0, maxValue * 1.4); // headroom for the legend above the bars
    m_budget->replot();
}

void DashboardDock::fillBehind()
{
    QVector<const ProgressReport::ItemRow *> rows;
    QHash<QString, const Programme *> byUuid;
    for (const Programme &p : m_controller->programmes()) byUuid.insert(p.uuid, &p);
    for (const auto &r : m_report.programmes) {
        if (!r.achievement) continue;
        const Programme *p = byUuid.value(r.key);
        if (p && inSelectedGroup(*p)) rows << &r;
    }
    std::sort(rows.begin(), rows.end(), [](auto *a, auto *b) { return (*a->achievement - a->planned) < (*b->achievement - b->planned); });
    m_behind->setRowCount(0);
    for (int i = 0; i < std::min<int>(10, rows.size()); ++i) {
        const auto *r = rows[i];
        m_behind->insertRow(i);
        auto *name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(r->code, r->label));
        name->setData(Qt::UserRole, r->key);
        m_behind->setItem(i, 0, name);
        m_behind->setItem(i, 1, new QTableWidgetItem(QLocale().toString(*r->achievement, 'f', 1)));
        m_behind->setItem(i, 2, new QTableWidgetItem(QLocale().toString(r->planned, 'f', 1)));
        m_behind->setItem(i, 3, new QTableWidgetItem(QLocale().toString(*r->achievement - r->planned, 'f', 1)));
        auto *status = new QTableWidgetItem(ProgressReport::statusName(r->status));
        status->setForeground(ProgressReport::statusColor(r->status));
        m_behind->setItem(i, 4, status);
        m_behind->setItem(i, 5, new QTableWidgetItem(r->forecast ? QLocale().toString(*r->forecast, 'f', 1) : QStringLiteral("–")));
    }
}

bool DashboardDock::saveChart(QCustomPlot *plot, const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path, 800, 450);
    } else if (suffix == QLatin1String("svg")) {
        // Vectors through Qt SVG: the same painting QCustomPlot does on screen.
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(800, 450));
        svg.setViewBox(QRect(0, 0, 800, 450));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) { plot->toPainter(&painter, 800, 450); painter.end(); }
    } else {
        ok = plot->savePng(path, 1600, 900, 1.0);
    }
    if (!ok && error) *error = tr("%1: cannot write the chart.").arg(QDir::toNativeSeparators(path));
    return ok;
}

bool DashboardDock::saveCharts(const QString &basePath, QString *error)
{
    const QFileInfo info(basePath);
    const QString suffix = info.suffix().toLower().isEmpty() ? QStringLiteral("png") : info.suffix().toLower();
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    const std::pair<QCustomPlot *, QString> charts[] = {{m_bars, QStringLiteral("-capaian")}, {m_trend, QStringLiteral("-tren")},
                                                        {m_budget, QStringLiteral("-anggaran")}};
    for (const auto &[plot, name] : charts)
        if (!saveChart(plot, stem + name + QLatin1Char('.') + suffix, error)) return false;
    return true;
}

}
