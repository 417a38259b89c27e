#include "ReportDialog.h"

#include "AssetListDocument.h"
#include "AtlasDocument.h"
#include "Feedback.h"
#include "MasterPlanController.h"
#include "ProgressCharts.h"
#include "ProgressReportDocument.h"
#include "ReportSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pilar {

ReportDialog::ReportDialog(MasterPlanController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_template(new QComboBox(this))
    , m_date(new QDateEdit(controller->progressDate(), this))
    , m_pillar(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_kecamatan(new QListWidget(this))
    , m_paper(new QComboBox(this))
    , m_landscape(new QCheckBox(tr("Landscape"), this))
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Reports"));
    resize(560, 520);
    m_template->addItem(tr("Smart-city progress report (Laporan Kemajuan)"), int(Template::Progress));
    m_template->addItem(tr("Kecamatan atlas (a page per kecamatan)"), int(Template::Atlas));
    m_template->addItem(tr("ICT asset inventory (Daftar aset TIK)"), int(Template::Assets));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const MasterPlanSnapshot &plan = controller->snapshot();
    m_pillar->addItem(tr("All pillars"), QString());
    for (const Pillar &p : plan.pillars) m_pillar->addItem(QStringLiteral("%1 — %2").arg(p.code, p.nameId), p.uuid);
    m_stage->addItem(tr("All stages"), QString());
    for (const Stage &st : plan.stages) m_stage->addItem(QStringLiteral("%1 (%2–%3)").arg(st.nameId).arg(st.firstYear).arg(st.lastYear), st.uuid);
    m_year->addItem(tr("All programmes"), 0);
    for (int y = plan.firstYear(); y > 0 && y <= plan.finalYear(); ++y) m_year->addItem(tr("Started by %1").arg(y), y);
    // The map's filter is where the planner left off: the report starts from it.
    m_year->setCurrentIndex(std::max(0, m_year->findData(controller->filter().year)));
    m_pillar->setCurrentIndex(std::max(0, m_pillar->findData(controller->filter().pillarUuid)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(controller->filter().stageUuid)));
    for (const QString &code : plan.kecamatanCodes) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(plan.kecamatanName(code), code), m_kecamatan);
        item->setData(Qt::UserRole, code);
        item->setCheckState(controller->filter().kecamatanCode.isEmpty() || controller->filter().kecamatanCode == code ? Qt::Checked : Qt::Unchecked);
    }
    const ReportSettings settings = ReportSettings::load(controller->store().connection());
    m_paper->addItem(QStringLiteral("A4"), int(ReportSettings::Paper::A4));
    m_paper->addItem(QStringLiteral("F4 / Folio"), int(ReportSettings::Paper::F4));
    m_paper->setCurrentIndex(settings.paper == ReportSettings::Paper::F4 ? 1 : 0);
    m_landscape->setChecked(settings.landscape);
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("progress-report.pdf")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paper);
    paperRow->addWidget(m_landscape);
    paperRow->addStretch();
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Report"), m_template);
    form->addRow(tr("Data as of"), m_date);
    form->addRow(tr("Pillar"), m_pillar);
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Programmes"), m_year);
    form->addRow(tr("Kecamatan"), m_kecamatan);
    form->addRow(tr("Paper"), paperRow);
    form->addRow(tr("PDF file"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *settingsButton = buttons->addButton(tr("Letterhead and Signature…"), QDialogButtonBox::ResetRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("Export PDF"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    auto templateChanged = [this] {
        const auto kind = Template(m_template->currentData().toInt());
        m_pillar->setEnabled(kind == Template::Progress);
        m_stage->setEnabled(kind == Template::Progress);
        m_year->setEnabled(kind == Template::Progress);
        m_kecamatan->setEnabled(kind != Template::Progress);
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(kind == Template::Atlas    ? tr("kecamatan-atlas.pdf")
                                            : kind == Template::Assets ? tr("ict-assets.pdf")
                                                                       : tr("progress-report.pdf")));
    };
    connect(m_template, &QComboBox::currentIndexChanged, this, templateChanged);
    templateChanged();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), m_path->text(), tr("PDF (*.pdf)"));
        if (!path.isEmpty()) m_path->setText(path);
    });
    connect(settingsButton, &QPushButton::clicked, this, &ReportDialog::editSettings);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (exportPdf(m_path->text(), &error)) m_status->setText(tr("Written: %1").arg(QDir::toNativeSeparators(m_path->text())));
        else m_status->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportDialog::setTemplate(Template t)
{
    m_template->setCurrentIndex(m_template->findData(int(t)));
}

void ReportDialog::setKecamatan(const QStringList &codes)
{
    for (int i = 0; i < m_kecamatan->count(); ++i)
        m_kecamatan->item(i)->setCheckState(codes.contains(m_kecamatan->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void ReportDialog::editSettings()
{
    ReportSettingsDialog dialog(ReportSettings::load(m_controller->store().connection()), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!dialog.settings().save(m_controller->store().connection(), &error)) m_status->setText(error);
    m_paper->setCurrentIndex(dialog.settings().paper == ReportSettings::Paper::F4 ? 1 : 0);
    m_landscape->setChecked(dialog.settings().landscape);
}

bool ReportDialog::produce(const QString &path, QPagedPaintDevice *printer, QString *error)
{
    // The charts are widgets, so the report is laid out here; the progress dialog keeps the
    // window answering between pages and maps, and its Cancel stops the export.
    QProgressDialog progress(tr("Preparing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Feedback *self = nullptr;
    Feedback feedback([&](double percent, const QString &message) {
        progress.setValue(int(percent));
        if (!message.isEmpty()) progress.setLabelText(message);
        QCoreApplication::processEvents();
        if (progress.wasCanceled() && self) self->cancel();
    });
    self = &feedback;
    ProgressCharts charts;
    ProgressReportDocument::Options o;
    o.projectPath = m_controller->filePath();
    o.output = path;
    o.at = m_date->date();
    o.paper = ReportSettings::Paper(m_paper->currentData().toInt());
    o.landscape = m_landscape->isChecked();
    o.printer = printer;
    const auto kind = Template(m_template->currentData().toInt());
    if (kind != Template::Progress) {
        for (int i = 0; i < m_kecamatan->count(); ++i)
            if (m_kecamatan->item(i)->checkState() == Qt::Checked) o.kecamatanCodes << m_kecamatan->item(i)->data(Qt::UserRole).toString();
        if (o.kecamatanCodes.isEmpty()) {
            if (error) *error = tr("Choose at least one kecamatan.");
            return false;
        }
        // The inventory of every kecamatan is the regency's (its title says so).
        if (kind == Template::Assets && o.kecamatanCodes.size() == m_kecamatan->count()) o.kecamatanCodes.clear();
    }
    bool ok = false;
    QString why;
    if (kind == Template::Assets) {
        const auto result = AssetListDocument::write(o, &feedback);
        ok = result.ok;
        why = result.error;
    } else if (kind == Template::Atlas) {
        const auto result = AtlasDocument::write(o, &feedback);
        ok = result.ok;
        why = result.error;
    } else {
        o.filter.pillarUuid = m_pillar->currentData().toString();
        o.filter.stageUuid = m_stage->currentData().toString();
        o.filter.year = m_year->currentData().toInt();
        o.charts = &charts;
        const auto result = ProgressReportDocument::write(o, &feedback);
        ok = result.ok;
        why = result.error;
    }
    if (!ok && error) *error = why;
    return ok;
}

bool ReportDialog::exportPdf(const QString &path, QString *error)
{
    if (!m_controller->isAvailable()) {
        if (error) *error = m_controller->unavailableReason();
        return false;
    }
    return produce(path, nullptr, error);
}

void ReportDialog::print()
{
    ReportSettings settings = ReportSettings::load(m_controller->store().connection());
    settings.paper = ReportSettings::Paper(m_paper->currentData().toInt());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(settings.pageSize());
    printer.setPageOrientation(m_landscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(settings.marginsMm, QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QString error;
        if (!produce(QString(), target, &error)) m_status->setText(error);
    });
    preview.exec();
}

}
