#include "IndicatorDialog.h"

#include "MasterPlanController.h"
#include "RealisationRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

IndicatorDialog::IndicatorDialog(MasterPlanController *controller, const QString &programmeUuid, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_programmeUuid(programmeUuid)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_baselineYear(new QSpinBox(this))
    , m_grid(new QTableWidget(this))
    , m_problems(new QLabel(this))
{
    const MasterPlanSnapshot &plan = controller->snapshot();
    QString code;
    for (const Programme &p : plan.programmes)
        if (p.uuid == programmeUuid) {
            code = p.code;
            m_lastYear = std::max(p.endYear, plan.finalYear());
        }
    if (!m_lastYear) m_lastYear = QDate::currentDate().year();
    setWindowTitle(tr("Indicators of %1").arg(code));
    resize(900, 620);
    for (const Indicator &i : plan.indicators)
        if (i.programmeUuid == programmeUuid) m_indicators << i;
    m_kecamatan = plan.kecamatanCodes;

    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("%"), QStringLiteral("titik"), QStringLiteral("desa"), QStringLiteral("aplikasi"), QStringLiteral("layanan"),
                      QStringLiteral("orang"), QStringLiteral("menit"), QStringLiteral("unit")});
    m_direction->addItem(tr("Higher is better"), true);
    m_direction->addItem(tr("Lower is better"), false);
    m_weight->setRange(0, 100);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("Its share in the programme's progress; equal weights by default, 0 leaves it out"));
    m_baselineYear->setRange(2000, 2100);
    m_grid->setToolTip(tr("Leave a cell empty where there is no target; kecamatan rows are optional"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Weight"), m_weight);
    form->addRow(tr("Baseline year"), m_baselineYear);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Baseline and targets (the regency, then each kecamatan):"), this));
    right->addWidget(m_grid, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    for (const Indicator &i : std::as_const(m_indicators)) m_list->addItem(i.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading) return;
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_current >= 0) m_list->item(m_current)->setText(text);
    });
    connect(m_baselineYear, &QSpinBox::valueChanged, this, [this] {
        if (m_loading) return;
        storeCurrent();
        rebuildGrid();
    });
    connect(add, &QPushButton::clicked, this, [this] { addIndicator(tr("New indicator")); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0) return;
        m_loading = true;
        m_indicators.removeAt(m_current);
        delete m_list->takeItem(m_current);
        m_current = -1;
        m_loading = false;
        selectIndicator(std::min<int>(m_list->count() - 1, 0));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectIndicator(m_indicators.isEmpty() ? -1 : 0);
}

void IndicatorDialog::addIndicator(const QString &name)
{
    storeCurrent();
    Indicator i;
    i.name = name;
    i.unit = QStringLiteral("%");
    i.programmeUuid = m_programmeUuid;
    i.baselineYear = m_controller->snapshot().firstYear() ? m_controller->snapshot().firstYear() - 1 : QDate::currentDate().year() - 1;
    m_indicators << i;
    m_list->addItem(name);
    m_current = -1;
    selectIndicator(int(m_indicators.size()) - 1);
}

void IndicatorDialog::selectIndicator(int index)
{
    if (index == m_list->currentRow() && index == m_current) return;
    storeCurrent();
    m_loading = true;
    m_list->setCurrentRow(index);
    m_loading = false;
    m_current = index;
    loadCurrent();
}

void IndicatorDialog::rebuildGrid()
{
    const bool loading = m_loading;
    m_loading = true;
    m_grid->clear();
    const bool has = m_current >= 0;
    const Indicator none;
    const Indicator &ind = has ? m_indicators[m_current] : none;
    const int first = ind.baselineYear;
    QStringList headers{tr("Baseline %1").arg(first)};
    for (int y = first + 1; y <= std::max(m_lastYear, first + 1); ++y) headers << QString::number(y);
    m_grid->setColumnCount(int(headers.size()));
    m_grid->setHorizontalHeaderLabels(headers);
    QStringList rows{tr("Whole regency")};
    for (const QString &k : std::as_const(m_kecamatan)) rows << m_controller->snapshot().kecamatanName(k);
    m_grid->setRowCount(int(rows.size()));
    m_grid->setVerticalHeaderLabels(rows);
    const QLocale locale;
    auto cell = [&](int row, int column, std::optional<double> v) {
        m_grid->setItem(row, column, new QTableWidgetItem(v ? locale.toString(*v) : QString()));
    };
    if (has) {
        cell(0, 0, ind.baselineValue);
        for (int c = 1; c < headers.size(); ++c) {
            const int year = first + c;
            cell(0, c, ind.targets.contains(year) ? std::optional(ind.targets.value(year)) : std::nullopt);
        }
        for (int r = 1; r < rows.size(); ++r) {
            const auto local = ind.kecamatanTargets.value(m_kecamatan.at(r - 1));
            for (int c = 0; c < headers.size(); ++c) {
                const int year = first + c;
                cell(r, c, local.contains(year) ? std::optional(local.value(year)) : std::nullopt);
            }
        }
    }
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setEnabled(has);
    m_loading = loading;
}

void IndicatorDialog::loadCurrent()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_indicators.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_unit, m_direction, m_weight, m_baselineYear}) w->setEnabled(has);
    if (has) {
        const Indicator &i = m_indicators[m_current];
        m_name->setText(i.name);
        m_unit->setCurrentText(i.unit);
        m_direction->setCurrentIndex(i.higherIsBetter ? 0 : 1);
        m_weight->setValue(i.weight);
        m_baselineYear->setValue(i.baselineYear ? i.baselineYear : QDate::currentDate().year() - 1);
    }
    m_loading = false;
    rebuildGrid();
}

void IndicatorDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_indicators.size()) return;
    Indicator &i = m_indicators[m_current];
    i.name = m_name->text().trimmed();
    i.unit = m_unit->currentText().trimmed();
    i.higherIsBetter = m_direction->currentData().toBool();
    i.weight = m_weight->value();
    // The grid shows the years from the baseline year it was built with.
    const int shownFrom = m_grid->columnCount() ? m_grid->horizontalHeaderItem(0)->text().section(QLatin1Char(' '), -1).toInt() : i.baselineYear;
    auto number = [&](int row, int column) -> std::optional<double> {
        const auto *item = m_grid->item(row, column);
        return item ? RealisationRules::parseNumber(item->text()) : std::nullopt;
    };
    if (m_grid->columnCount()) {
        i.baselineValue = number(0, 0).value_or(0);
        i.targets.clear();
        for (int c = 1; c < m_grid->columnCount(); ++c)
            if (const auto v = number(0, c)) i.targets.insert(shownFrom + c, *v);
        i.kecamatanTargets.clear();
        for (int r = 1; r < m_grid->rowCount(); ++r) {
            QMap<int, double> local;
            for (int c = 0; c < m_grid->columnCount(); ++c)
                if (const auto v = number(r, c)) local.insert(c == 0 ? m_baselineYear->value() : shownFrom + c, *v); // column 0: the baseline
            if (!local.isEmpty()) i.kecamatanTargets.insert(m_kecamatan.at(r - 1), local);
        }
    }
    i.baselineYear = m_baselineYear->value();
}

QVector<Indicator> IndicatorDialog::indicators() const
{
    const_cast<IndicatorDialog *>(this)->storeCurrent();
    return m_indicators;
}

QString IndicatorDialog::problemsText() const
{
    return m_problems->text();
}

void IndicatorDialog::accept()
{
    QString error;
    if (!m_controller->saveIndicators(m_programmeUuid, indicators(), &error)) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
