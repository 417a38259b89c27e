#include "RealisationDialog.h"

#include "IndicatorHistoryWidget.h"
#include "MasterPlanController.h"
#include "RealisationRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pilar {

RealisationDialog::RealisationDialog(MasterPlanController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_indicator(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_value(new QDoubleSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_attachmentName(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_history(new IndicatorHistoryWidget(controller, this))
{
    setWindowTitle(tr("Enter a Realisation"));
    resize(720, 600);
    const MasterPlanSnapshot &plan = controller->snapshot();
    QHash<QString, QString> programmeCode;
    for (const Programme &p : plan.programmes) programmeCode.insert(p.uuid, p.code);
    for (const Indicator &i : plan.indicators)
        m_indicator->addItem(QStringLiteral("%1 — %2 (%3)").arg(programmeCode.value(i.programmeUuid), i.name, i.unit), i.uuid);
    m_kecamatan->addItem(tr("Whole regency"), QString());
    for (const QString &code : plan.kecamatanCodes) m_kecamatan->addItem(plan.kecamatanName(code), code);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_source->setPlaceholderText(tr("e.g. e-Monev triwulan II 2023, SK, BAST"));
    m_attachmentName->setReadOnly(true);
    m_attachmentName->setPlaceholderText(tr("none (a photo or a PDF, up to %1 MB)").arg(MasterPlanStore::kMaxAttachmentBytes / (1024 * 1024)));
    auto *attach = new QPushButton(tr("Attach…"), this);
    auto *detach = new QPushButton(tr("Remove"), this);
    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachmentName, 1);
    attachmentRow->addWidget(attach);
    attachmentRow->addWidget(detach);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Kecamatan"), m_kecamatan);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Source document"), m_source);
    form->addRow(tr("Attachment"), attachmentRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("Values reported so far:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RealisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] { m_history->showIndicator(m_indicator->currentData().toString()); });
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a File"), QString(),
                                                          tr("Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !setAttachment(path, &error)) m_problems->setText(error);
    });
    connect(detach, &QPushButton::clicked, this, [this] {
        m_attachment.clear();
        m_attachmentName->clear();
    });
    m_history->showIndicator(m_indicator->currentData().toString());
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

void RealisationDialog::setKecamatan(const QString &code)
{
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatan->findData(code)));
}

bool RealisationDialog::setAttachment(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > MasterPlanStore::kMaxAttachmentBytes) {
        if (error) *error = tr("%1 is larger than %2 MB; attach a smaller photo or a compressed PDF.")
                                .arg(QDir::toNativeSeparators(path)).arg(MasterPlanStore::kMaxAttachmentBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("%1: cannot read the file (%2).").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_attachment = file.readAll();
    m_attachmentName->setText(QFileInfo(path).fileName());
    return true;
}

Realisation RealisationDialog::entry() const
{
    Realisation r = Realisation::of(m_indicator->currentData().toString(), m_value->value(), m_date->date(), m_kecamatan->currentData().toString(),
                                    m_source->text().trimmed(), qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    r.attachmentName = m_attachmentName->text();
    r.attachment = m_attachment;
    return r;
}

QStringList RealisationDialog::problems() const
{
    return RealisationRules::problems(m_controller->snapshot(), entry());
}

bool RealisationDialog::duplicatesQuarter() const
{
    return RealisationRules::sameQuarter(m_controller->snapshot(), entry()).has_value();
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
