#include "RealisationDialog.h"

#include "MasterPlanController.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace pilar {

RealisationDialog::RealisationDialog(MasterPlanController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_indicator(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_value(new QDoubleSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Enter a Realisation"));
    resize(560, 260);
    QHash<QString, QString> programmeCode;
    for (const Programme &p : controller->programmes()) programmeCode.insert(p.uuid, p.code);
    for (const Indicator &i : controller->store().indicators())
        m_indicator->addItem(QStringLiteral("%1 — %2 (%3)").arg(programmeCode.value(i.programmeUuid), i.name, i.unit), i.uuid);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_source->setPlaceholderText(tr("e.g. e-Monev triwulan II 2023, SK, BAST"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Source document"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RealisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RealisationDialog::setIndicator(const QString &uuid)
{
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(uuid)));
}

void RealisationDialog::setValues(const QDate &date, double value, const QString &source)
{
    m_date->setDate(date);
    m_value->setValue(value);
    m_source->setText(source);
}

Realisation RealisationDialog::entry() const
{
    Realisation r;
    r.indicatorUuid = m_indicator->currentData().toString();
    r.date = m_date->date();
    r.value = m_value->value();
    r.sourceDocument = m_source->text().trimmed();
    r.enteredBy = qEnvironmentVariable("USER");
    return r;
}

QStringList RealisationDialog::problems() const
{
    QStringList out;
    const Realisation r = entry();
    if (r.indicatorUuid.isEmpty()) out << tr("Choose the indicator.");
    int first = 9999, last = 0;
    for (const Stage &s : m_controller->stages()) { first = std::min(first, s.firstYear); last = std::max(last, s.lastYear); }
    if (first <= last && (r.date.year() < first || r.date.year() > last + 1))
        out << tr("The date %1 lies outside the plan (%2–%3).").arg(r.date.toString(Qt::ISODate)).arg(first).arg(last);
    for (const Indicator &i : m_controller->store().indicators()) {
        if (i.uuid != r.indicatorUuid) continue;
        if (r.value < 0) out << tr("A realised value cannot be negative.");
        if (i.unit == QLatin1String("%") && r.value > 100) out << tr("A percentage cannot exceed 100.");
    }
    if (r.sourceDocument.isEmpty()) out << tr("Name the source document, so the value can be checked later.");
    return out;
}

bool RealisationDialog::duplicatesQuarter() const
{
    const Realisation r = entry();
    const int quarter = (r.date.month() - 1) / 3;
    for (const Realisation &other : m_controller->store().realisations())
        if (other.indicatorUuid == r.indicatorUuid && other.date.year() == r.date.year() && (other.date.month() - 1) / 3 == quarter &&
            other.kecamatanCode.isEmpty())
            return true;
    return false;
}

QString RealisationDialog::problemsText() const
{
    return m_problems->text();
}

void RealisationDialog::accept()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_problems->setText(list.join(QLatin1Char('\n')));
        return;
    }
    if (duplicatesQuarter() && !m_duplicateConfirmed) {
        const auto answer = QMessageBox::question(this, tr("Same quarter"),
                                                  tr("This indicator already has a value for this quarter. Add another one anyway?"));
        if (answer != QMessageBox::Yes) return;
    }
    QString error;
    if (!m_controller->saveRealisation(entry(), &error)) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
