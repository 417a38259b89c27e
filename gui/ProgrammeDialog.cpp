#include "ProgrammeDialog.h"

#include "IndicatorDialog.h"
#include "IndicatorHistoryWidget.h"
#include "MasterPlanController.h"
#include "MasterPlanVocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pilar {

namespace {
void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
}

ProgrammeDialog::ProgrammeDialog(MasterPlanController *controller, const Programme &programme, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_original(programme)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_pillar(new QComboBox(this))
    , m_subElement(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_horizon(new QComboBox(this))
    , m_opd(new QComboBox(this))
    , m_partners(new QListWidget(this))
    , m_funding(new QComboBox(this))
    , m_budget(new QLineEdit(this))
    , m_startYear(new QSpinBox(this))
    , m_endYear(new QSpinBox(this))
    , m_kecamatan(new QLineEdit(this))
    , m_site(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_activities(new QTableWidget(0, 4, this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(programme.uuid.isEmpty() ? tr("New Programme") : tr("Programme %1").arg(programme.code));
    resize(560, 720);
    for (const Pillar &p : controller->pillars()) m_pillar->addItem(QStringLiteral("%1 — %2").arg(p.nameId, p.nameEn), p.uuid);
    for (const Stage &s : controller->stages())
        m_stage->addItem(QStringLiteral("%1 (%2–%3)").arg(s.nameId).arg(s.firstYear).arg(s.lastYear), s.uuid);
    for (const QString &code : MasterPlanVocabulary::statuses()) m_status->addItem(MasterPlanVocabulary::label(code), code);
    m_horizon->addItem(tr("(not set)"), QString());
    for (const QString &code : MasterPlanVocabulary::horizons()) m_horizon->addItem(MasterPlanVocabulary::label(code), code);
    m_opd->addItem(tr("(not set)"), QString());
    for (const Opd &o : controller->opds()) m_opd->addItem(o.name, o.uuid);
    for (const Partner &p : controller->store().partners()) {
        auto *item = new QListWidgetItem(p.name, m_partners);
        item->setData(Qt::UserRole, p.uuid);
        item->setCheckState(Qt::Unchecked);
    }
    m_partners->setMaximumHeight(80);
    m_funding->addItem(tr("(not set)"), QString());
    for (const QString &code : MasterPlanVocabulary::fundingSources()) m_funding->addItem(MasterPlanVocabulary::label(code), code);
    m_budget->setPlaceholderText(tr("Rupiah, e.g. 1.500.000.000"));
    for (QSpinBox *y : {m_startYear, m_endYear}) {
        y->setRange(2000, 2100);
        y->setSpecialValueText(tr("(not set)"));
        y->setMinimum(1999);
    }
    m_kecamatan->setPlaceholderText(tr("kecamatan codes, e.g. 33.03.05, 33.03.04 (empty = whole regency)"));
    m_site->setPlaceholderText(tr("optional site as WKT in lon/lat, e.g. POINT (109.3634 -7.3886)"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Code *"), m_code);
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("Pillar *"), m_pillar);
    form->addRow(tr("Sub-element"), m_subElement);
    form->addRow(tr("Stage *"), m_stage);
    form->addRow(tr("Kind *"), m_status);
    form->addRow(tr("Horizon"), m_horizon);
    form->addRow(tr("Responsible OPD"), m_opd);
    form->addRow(tr("Partners"), m_partners);
    form->addRow(tr("Funding source"), m_funding);
    form->addRow(tr("Budget (Rp)"), m_budget);
    form->addRow(tr("Start year"), m_startYear);
    form->addRow(tr("End year"), m_endYear);
    form->addRow(tr("Kecamatan"), m_kecamatan);
    form->addRow(tr("Site"), m_site);
    form->addRow(tr("Description"), m_description);
    m_activities->setHorizontalHeaderLabels({tr("Activity (kegiatan)"), tr("Start"), tr("End"), tr("Budget (Rp)")});
    m_activities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_activities->setMinimumHeight(110);
    auto *addActivity = new QPushButton(tr("Add Activity"), this);
    auto *removeActivity = new QPushButton(tr("Remove Activity"), this);
    auto *activityButtons = new QHBoxLayout;
    activityButtons->addWidget(addActivity);
    activityButtons->addWidget(removeActivity);
    activityButtons->addStretch();
    auto *activityBox = new QVBoxLayout;
    activityBox->addWidget(m_activities);
    activityBox->addLayout(activityButtons);
    form->addRow(tr("Activities"), activityBox);
    connect(addActivity, &QPushButton::clicked, this, [this] {
        const int row = m_activities->rowCount();
        m_activities->insertRow(row);
        for (int c = 0; c < 4; ++c) m_activities->setItem(row, c, new QTableWidgetItem());
        m_activities->editItem(m_activities->item(row, 0));
    });
    connect(removeActivity, &QPushButton::clicked, this, [this] {
        if (m_activities->currentRow() >= 0) m_activities->removeRow(m_activities->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The form, and for a programme that exists its indicators with every value reported.
    auto *formPage = new QWidget(this);
    formPage->setLayout(form);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(formPage, tr("Programme"));
    if (!programme.uuid.isEmpty()) {
        m_history = new IndicatorHistoryWidget(controller, this);
        m_history->showProgramme(programme.uuid);
        auto *progressPage = new QWidget(this);
        auto *pl = new QVBoxLayout(progressPage);
        const ProgressReport report = ProgressReport::compute(controller->snapshot(), controller->progressDate(), ProgressReport::GroupBy::Pillar);
        for (const auto &row : report.programmes)
            if (row.key == programme.uuid) {
                auto *summary = new QLabel(tr("As of %1: achieved %2 % of the year's target, %3 % planned by then — %4.")
                                               .arg(QLocale().toString(report.at, QStringLiteral("d MMMM yyyy")),
                                                    row.achievement ? QLocale().toString(*row.achievement, 'f', 1) : QStringLiteral("–"),
                                                    QLocale().toString(row.planned, 'f', 1), ProgressReport::statusName(row.status)),
                                            progressPage);
                summary->setWordWrap(true);
                summary->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(ProgressReport::statusColor(row.status).darker(120).name()));
                pl->addWidget(summary);
            }
        pl->addWidget(m_history, 1);
        auto *editIndicators = new QPushButton(tr("Edit Indicators and Targets…"), progressPage);
        pl->addWidget(editIndicators, 0, Qt::AlignLeft);
        connect(editIndicators, &QPushButton::clicked, this, [this, controller, uuid = programme.uuid] {
            IndicatorDialog dialog(controller, uuid, this);
            if (dialog.exec() == QDialog::Accepted) m_history->showProgramme(uuid);
        });
        m_tabs->addTab(progressPage, tr("Indicators and Progress"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pillar, &QComboBox::currentIndexChanged, this, &ProgrammeDialog::fillSubElements);
    setProgramme(programme);
}

void ProgrammeDialog::fillSubElements()
{
    const QString keep = m_subElement->currentData().toString();
    m_subElement->clear();
    m_subElement->addItem(tr("(not set)"), QString());
    for (const SubElement &s : m_controller->store().subElements())
        if (s.pillarUuid == m_pillar->currentData().toString()) m_subElement->addItem(s.nameId, s.uuid);
    selectData(m_subElement, keep);
}

void ProgrammeDialog::setProgramme(const Programme &p)
{
    m_code->setText(p.code);
    m_name->setText(p.name);
    selectData(m_pillar, p.pillarUuid);
    fillSubElements();
    selectData(m_subElement, p.subElementUuid);
    selectData(m_stage, p.stageUuid);
    selectData(m_status, p.status.isEmpty() ? QStringLiteral("ditambahkan") : p.status);
    selectData(m_horizon, p.horizon);
    selectData(m_opd, p.opdUuid);
    for (int i = 0; i < m_partners->count(); ++i)
        m_partners->item(i)->setCheckState(p.partnerUuids.contains(m_partners->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    selectData(m_funding, p.funding);
    m_budget->setText(p.budget ? QLocale().toString(p.budget) : QString());
    m_startYear->setValue(p.startYear ? p.startYear : m_startYear->minimum());
    m_endYear->setValue(p.endYear ? p.endYear : m_endYear->minimum());
    m_kecamatan->setText(p.kecamatanCodes.join(QStringLiteral(", ")));
    m_site->setText(p.geometryWkt);
    m_description->setPlainText(p.description);
    m_activities->setRowCount(0);
    for (const Activity &a : p.activities) {
        const int row = m_activities->rowCount();
        m_activities->insertRow(row);
        auto *name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.uuid);
        m_activities->setItem(row, 0, name);
        m_activities->setItem(row, 1, new QTableWidgetItem(a.startYear ? QString::number(a.startYear) : QString()));
        m_activities->setItem(row, 2, new QTableWidgetItem(a.endYear ? QString::number(a.endYear) : QString()));
        m_activities->setItem(row, 3, new QTableWidgetItem(QLocale().toString(a.budget)));
    }
}

Programme ProgrammeDialog::programme() const
{
    Programme p = m_original;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.pillarUuid = m_pillar->currentData().toString();
    p.subElementUuid = m_subElement->currentData().toString();
    p.stageUuid = m_stage->currentData().toString();
    p.status = m_status->currentData().toString();
    p.horizon = m_horizon->currentData().toString();
    p.opdUuid = m_opd->currentData().toString();
    p.partnerUuids.clear();
    for (int i = 0; i < m_partners->count(); ++i)
        if (m_partners->item(i)->checkState() == Qt::Checked) p.partnerUuids << m_partners->item(i)->data(Qt::UserRole).toString();
    p.funding = m_funding->currentData().toString();
    QString digits = m_budget->text();
    digits.remove(QRegularExpression(QStringLiteral("[^0-9-]")));
    p.budget = digits.toLongLong();
    p.startYear = m_startYear->value() == m_startYear->minimum() ? 0 : m_startYear->value();
    p.endYear = m_endYear->value() == m_endYear->minimum() ? 0 : m_endYear->value();
    p.kecamatanCodes = m_kecamatan->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    p.geometryWkt = m_site->text().trimmed();
    p.description = m_description->toPlainText();
    p.activities.clear();
    auto text = [this](int row, int col) { return m_activities->item(row, col) ? m_activities->item(row, col)->text().trimmed() : QString(); };
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        Activity a;
        a.uuid = m_activities->item(row, 0) ? m_activities->item(row, 0)->data(Qt::UserRole).toString() : QString();
        a.name = text(row, 0);
        a.startYear = text(row, 1).toInt();
        a.endYear = text(row, 2).toInt();
        QString money = text(row, 3);
        money.remove(QRegularExpression(QStringLiteral("[^0-9-]")));
        a.budget = money.toLongLong();
        if (!a.name.isEmpty() || !money.isEmpty()) p.activities.push_back(a);
    }
    return p;
}

QString ProgrammeDialog::problemsText() const
{
    return m_problems->text();
}

void ProgrammeDialog::accept()
{
    QString error;
    if (!m_controller->saveProgramme(programme(), &error)) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
