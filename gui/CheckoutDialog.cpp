#include "CheckoutDialog.h"

#include "BackgroundTask.h"
#include "MasterPlanSchema.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>

namespace pilar {

CheckoutDialog::CheckoutDialog(const QString &projectPath, const QList<std::pair<QString, QString>> &kecamatan, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_kecamatan(new QListWidget(this))
    , m_officer(new QLineEdit(MasterPlanSchema::defaultUserName(), this))
    , m_laptop(new QLineEdit(QSysInfo::machineHostName(), this))
    , m_out(new QLineEdit(this))
{
    setWindowTitle(tr("Check Out a Field Package"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The package holds the chosen kecamatan's programmes, indicators, assets and map, and opens on a "
                                "laptop without network. Every change made there comes back at check-in."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const auto &[code, name] : kecamatan) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, code), m_kecamatan);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_kecamatan->setMinimumHeight(180);
    form->addRow(tr("Kecamatan:"), m_kecamatan);
    form->addRow(tr("Field officer:"), m_officer);
    form->addRow(tr("Laptop:"), m_laptop);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose where to write the package"));
    outRow->addWidget(browse);
    form->addRow(tr("Package file:"), outRow);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Check Out"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Field Package"), m_out->text(), tr("Field package (*.gpkg)"));
        if (!path.isEmpty()) m_out->setText(path.endsWith(QLatin1String(".gpkg")) ? path : path + QStringLiteral(".gpkg"));
    });
    auto suggest = [this] {
        // A name that says whose and where, beside the project, until the planner types one.
        if (m_out->isModified()) return;
        QStringList codes;
        for (int i = 0; i < m_kecamatan->count(); ++i)
            if (m_kecamatan->item(i)->checkState() == Qt::Checked) codes << m_kecamatan->item(i)->data(Qt::UserRole).toString();
        const QString who = m_officer->text().trimmed().replace(QLatin1Char(' '), QLatin1Char('-'));
        m_out->setText(QFileInfo(m_projectPath).absolutePath() + QStringLiteral("/paket-%1-%2.gpkg")
                                                                     .arg(who.isEmpty() ? QStringLiteral("lapangan") : who,
                                                                          codes.isEmpty() ? QStringLiteral("kecamatan") : codes.join(QLatin1Char('_'))));
        updateOk();
    };
    connect(m_kecamatan, &QListWidget::itemChanged, this, suggest);
    connect(m_officer, &QLineEdit::textChanged, this, suggest);
    connect(m_out, &QLineEdit::textChanged, this, &CheckoutDialog::updateOk);
    suggest();
}

void CheckoutDialog::updateOk()
{
    bool any = false;
    for (int i = 0; i < m_kecamatan->count(); ++i) any = any || m_kecamatan->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(any && !m_out->text().trimmed().isEmpty());
}

FieldPackage::Options CheckoutDialog::options() const
{
    FieldPackage::Options o;
    for (int i = 0; i < m_kecamatan->count(); ++i)
        if (m_kecamatan->item(i)->checkState() == Qt::Checked) o.kecamatanCodes << m_kecamatan->item(i)->data(Qt::UserRole).toString();
    o.officer = m_officer->text().trimmed();
    o.laptop = m_laptop->text().trimmed();
    o.outPath = m_out->text().trimmed();
    return o;
}

void CheckoutDialog::setOptions(const FieldPackage::Options &o)
{
    for (int i = 0; i < m_kecamatan->count(); ++i)
        m_kecamatan->item(i)->setCheckState(o.kecamatanCodes.contains(m_kecamatan->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    if (!o.officer.isEmpty()) m_officer->setText(o.officer);
    if (!o.laptop.isEmpty()) m_laptop->setText(o.laptop);
    if (!o.outPath.isEmpty()) { m_out->setText(o.outPath); m_out->setModified(true); }
    updateOk();
}

FieldPackage::Result CheckoutDialog::run()
{
    const FieldPackage::Options o = options();
    const QString project = m_projectPath;
    return BackgroundTask::run<FieldPackage::Result>(parentWidget(), tr("Checking out the field package…"),
                                                     [project, o](Feedback *feedback) { return FieldPackage::checkout(project, o, feedback); });
}

}
