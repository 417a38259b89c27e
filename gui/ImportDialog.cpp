#include "ImportDialog.h"

#include "BackgroundTask.h"

#include "MasterPlanController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

ImportDialog::ImportDialog(MasterPlanController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_what(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_preview(new QTableWidget(this))
    , m_mappingForm(nullptr)
    , m_mappingBox(new QWidget(this))
    , m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import into the Master Plan"));
    resize(820, 720);
    m_what->addItem(tr("Programmes"), int(MasterPlanImport::What::Programmes));
    m_what->addItem(tr("ICT assets"), int(MasterPlanImport::What::Assets));
    m_what->addItem(tr("Realisations (e-Monev: one row per indicator per quarter)"), int(MasterPlanImport::What::Realisations));
    m_what->setCurrentIndex(1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Import"), this));
    top->addWidget(m_what);
    top->addWidget(m_path, 1);
    top->addWidget(browse);
    m_path->setReadOnly(true);
    m_preview->setMaximumHeight(180);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Check the rows before importing: every problem is listed here, row by row."));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_mappingBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *check = buttons->addButton(tr("Check Rows"), QDialogButtonBox::ActionRole);
    QPushButton *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("First rows of the file:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(new QLabel(tr("Which column fills which field (* required):"), this));
    layout->addWidget(scroll, 1);
    m_replace = new QCheckBox(tr("A different value for a quarter already reported replaces it"), this);
    layout->addWidget(m_replace);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          tr("Spreadsheets and map data (*.csv *.xlsx *.ods *.gpkg *.geojson *.shp *.kml);;All files (*)"));
        if (!path.isEmpty()) setSource(path);
    });
    connect(m_what, &QComboBox::currentIndexChanged, this, &ImportDialog::rebuildMapping);
    auto showReplace = [this] { m_replace->setVisible(m_what->currentData().toInt() == int(MasterPlanImport::What::Realisations)); };
    connect(m_what, &QComboBox::currentIndexChanged, this, showReplace);
    showReplace();
    connect(check, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(import, &QPushButton::clicked, this, [this] { if (runImport(false)) accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuildMapping();
}

void ImportDialog::setWhat(MasterPlanImport::What what)
{
    m_what->setCurrentIndex(m_what->findData(int(what)));
}

bool ImportDialog::setSource(const QString &path)
{
    QList<QStringList> rows;
    QString error;
    if (!MasterPlanImport::preview(path, QString(), 10, m_columns, rows, &error)) {
        m_report->setPlainText(error);
        return false;
    }
    m_path->setText(path);
    m_preview->clear();
    m_preview->setColumnCount(m_columns.size());
    m_preview->setHorizontalHeaderLabels(m_columns);
    m_preview->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_report->clear();
    rebuildMapping();
    return true;
}

QString ImportDialog::settingsKey() const
{
    QStringList sorted = m_columns;
    sorted.sort();
    return QStringLiteral("importMappings/%1/%2").arg(m_what->currentData().toInt()).arg(qHash(sorted.join(QLatin1Char('|'))));
}

void ImportDialog::rebuildMapping()
{
    delete m_mappingBox->layout();
    qDeleteAll(m_mappingBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_fields.clear();
    m_mappingForm = new QFormLayout(m_mappingBox);
    const auto what = MasterPlanImport::What(m_what->currentData().toInt());
    // A mapping chosen before for files with these columns wins over the guess.
    QHash<QString, QString> chosen = MasterPlanImport::guessMapping(m_columns, what);
    const QByteArray saved = QSettings().value(settingsKey()).toByteArray();
    if (!saved.isEmpty()) chosen = MasterPlanImport::mappingFromJson(QJsonDocument::fromJson(saved).object());
    const QStringList required = MasterPlanImport::requiredFields(what);
    for (const QString &field : MasterPlanImport::targetFields(what)) {
        auto *box = new QComboBox(m_mappingBox);
        box->addItem(tr("(not imported)"), QString());
        for (const QString &c : m_columns) box->addItem(c, c);
        box->setCurrentIndex(std::max(0, box->findData(chosen.value(field))));
        box->setToolTip(field);   // the name a saved mapping (JSON) uses
        m_mappingForm->addRow(MasterPlanImport::fieldLabel(field) + (required.contains(field) ? QStringLiteral(" *") : QString()), box);
        m_fields.insert(field, box);
    }
}

QHash<QString, QString> ImportDialog::mapping() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (!it.value()->currentData().toString().isEmpty()) out.insert(it.key(), it.value()->currentData().toString());
    return out;
}

QString ImportDialog::reportText() const
{
    return m_report->toPlainText();
}

bool ImportDialog::runImport(bool dryRun)
{
    if (m_path->text().isEmpty()) {
        m_report->setPlainText(tr("Choose a file first."));
        return false;
    }
    MasterPlanImport::Options options;
    options.projectPath = m_controller->filePath();
    options.what = MasterPlanImport::What(m_what->currentData().toInt());
    options.sourcePath = m_path->text();
    options.mapping = mapping();
    options.dryRun = dryRun;
    options.replaceExisting = m_replace->isChecked();
    // On a worker, with progress and Cancel: a sheet can hold a million rows.
    const MasterPlanImport::Result result = BackgroundTask::run<MasterPlanImport::Result>(
        this, dryRun ? tr("Checking the rows…") : tr("Importing…"), [options](Feedback *feedback) { return MasterPlanImport::run(options, feedback); });
    if (result.error.isEmpty())
        QSettings().setValue(settingsKey(), QJsonDocument(MasterPlanImport::mappingToJson(options.mapping)).toJson(QJsonDocument::Compact));
    QString text = result.toText();
    if (dryRun && result.ok) text = tr("All rows can be imported.") + QLatin1Char('\n');
    m_report->setPlainText(text);
    if (!dryRun && result.ok) m_controller->refresh();
    return result.ok && result.error.isEmpty();
}

}
