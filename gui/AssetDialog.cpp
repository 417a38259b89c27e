#include "AssetDialog.h"

#include "MasterPlanController.h"
#include "MasterPlanVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pilar {

namespace {
void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
}

AssetDialog::AssetDialog(MasterPlanController *controller, const Asset &asset, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_original(asset)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_opd(new QComboBox(this))
    , m_programme(new QComboBox(this))
    , m_dateKnown(new QCheckBox(tr("known"), this))
    , m_installDate(new QDateEdit(this))
    , m_kecamatan(new QLineEdit(this))
    , m_desa(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(asset.uuid.isEmpty() ? tr("New ICT Asset") : tr("ICT Asset %1").arg(asset.code));
    resize(520, 560);
    for (const QString &code : MasterPlanVocabulary::assetTypes()) m_type->addItem(MasterPlanVocabulary::label(code), code);
    m_condition->addItem(tr("(not inspected)"), QString());
    for (const QString &code : MasterPlanVocabulary::conditions()) m_condition->addItem(MasterPlanVocabulary::label(code), code);
    m_opd->addItem(tr("(not set)"), QString());
    for (const Opd &o : controller->opds()) m_opd->addItem(o.name, o.uuid);
    m_programme->addItem(tr("(none)"), QString());
    for (const Programme &p : controller->programmes()) m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.uuid);
    m_installDate->setCalendarPopup(true);
    m_installDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_location->setPlaceholderText(tr("POINT (109.3634 -7.3886), or use Place on Map"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Code *"), m_code);
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("Type *"), m_type);
    form->addRow(tr("Condition"), m_condition);
    form->addRow(tr("Owner OPD"), m_opd);
    form->addRow(tr("Serves programme"), m_programme);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_installDate, 1);
    form->addRow(tr("Install date"), dateRow);
    form->addRow(tr("Kecamatan code"), m_kecamatan);
    form->addRow(tr("Desa code"), m_desa);
    form->addRow(tr("Location (lon/lat)"), m_location);
    form->addRow(tr("Notes"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dateKnown, &QCheckBox::toggled, m_installDate, &QWidget::setEnabled);
    setAsset(asset);
}

void AssetDialog::setAsset(const Asset &a)
{
    m_code->setText(a.code);
    m_name->setText(a.name);
    selectData(m_type, a.type);
    selectData(m_condition, a.condition);
    selectData(m_opd, a.opdUuid);
    selectData(m_programme, a.programmeUuid);
    m_dateKnown->setChecked(a.installDate.isValid());
    m_installDate->setEnabled(a.installDate.isValid());
    m_installDate->setDate(a.installDate.isValid() ? a.installDate : QDate::currentDate());
    m_kecamatan->setText(a.kecamatanCode);
    m_desa->setText(a.desaCode);
    m_location->setText(a.geometryWkt);
    m_notes->setPlainText(a.notes);
}

Asset AssetDialog::asset() const
{
    Asset a = m_original;
    a.code = m_code->text().trimmed();
    a.name = m_name->text().trimmed();
    a.type = m_type->currentData().toString();
    a.condition = m_condition->currentData().toString();
    a.opdUuid = m_opd->currentData().toString();
    a.programmeUuid = m_programme->currentData().toString();
    a.installDate = m_dateKnown->isChecked() ? m_installDate->date() : QDate();
    a.kecamatanCode = m_kecamatan->text().trimmed();
    a.desaCode = m_desa->text().trimmed();
    a.geometryWkt = m_location->text().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}

QString AssetDialog::problemsText() const
{
    return m_problems->text();
}

void AssetDialog::accept()
{
    QString error;
    if (!m_controller->saveAsset(asset(), &error)) {
        m_problems->setText(error);
        return;
    }
    QDialog::accept();
}

}
