#include "CheckinDialog.h"

#include "BackgroundTask.h"
#include "MasterPlanSchema.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pilar {

namespace {

QString tableName(const QString &table)
{
    if (table == QLatin1String("mp_assets")) return CheckinDialog::tr("asset");
    if (table == QLatin1String("mp_programmes")) return CheckinDialog::tr("programme");
    if (table == QLatin1String("mp_realisations")) return CheckinDialog::tr("realisation");
    if (table == QLatin1String("mp_inspections")) return CheckinDialog::tr("inspection");
    if (table == QLatin1String("mp_inspection_photos")) return CheckinDialog::tr("inspection photo");
    if (table == QLatin1String("mp_indicators")) return CheckinDialog::tr("indicator");
    if (table == QLatin1String("mp_indicator_targets")) return CheckinDialog::tr("target");
    if (table == QLatin1String("mp_activities")) return CheckinDialog::tr("activity");
    if (table == QLatin1String("mp_budget_realisations")) return CheckinDialog::tr("budget realisation");
    return table;
}

}

QString CheckinDialog::describe(const PendingChange &c)
{
    const QString what = tableName(c.table);
    switch (c.op) {
    case Changeset::Op::Insert: return tr("%1 added").arg(what);
    case Changeset::Op::Delete: return tr("%1 deleted").arg(what);
    case Changeset::Op::Update: break;
    }
    return tr("%1 changed").arg(what);
}

CheckinDialog::CheckinDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_source(new QLineEdit(this))
    , m_origin(new QLabel(this))
    , m_changes(new QTreeWidget(this))
{
    setWindowTitle(tr("Check In a Field Package"));
    resize(640, 460);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Package or change file:"), this));
    row->addWidget(m_source, 1);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    row->addWidget(browse);
    layout->addLayout(row);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_origin);
    m_changes->setHeaderLabels({tr("Change"), tr("Row"), tr("Fields")});
    m_changes->setRootIsDecorated(false);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_changes, 1);
    auto *note = new QLabel(tr("Changes to different fields merge by themselves. A field changed both here and in the field "
                               "is not overwritten: it waits in Review Conflicts with both values."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Check In"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Check In"), m_source->text(),
                                                          tr("Field packages and change files (*.gpkg *.pilarchanges);;All files (*)"));
        if (!path.isEmpty()) setSource(path);
    });
    connect(m_source, &QLineEdit::editingFinished, this, &CheckinDialog::preview);
}

void CheckinDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
    preview();
}

QString CheckinDialog::source() const
{
    return QDir::fromNativeSeparators(m_source->text().trimmed());
}

void CheckinDialog::preview()
{
    m_changes->clear();
    m_read.reset();
    QString error;
    if (!source().isEmpty()) m_read = FieldChanges::read(source(), &error);
    m_ok->setEnabled(m_read.has_value() && !m_read->isEmpty());
    if (!m_read) {
        m_origin->setText(error);
        return;
    }
    const FieldOrigin &o = m_read->origin();
    const QVector<PendingChange> pending = m_read->pending();
    m_origin->setText(tr("From %1 on %2, checked out %3 for kecamatan %4 — %n change(s).", nullptr, int(pending.size()))
                          .arg(o.officer, o.laptop, QLocale().toString(o.checkedOutAt.toLocalTime(), QLocale::ShortFormat),
                               o.kecamatanCodes.join(QStringLiteral(", "))));
    for (const PendingChange &p : pending)
        new QTreeWidgetItem(m_changes, {describe(p), p.label.isEmpty() ? p.rowUuid.left(8) : p.label, p.columns.join(QStringLiteral(", "))});
}

CheckIn::Result CheckinDialog::run()
{
    const QString project = m_projectPath;
    if (!m_read) {
        CheckIn::Result r;
        r.error = m_origin->text();
        return r;
    }
    const FieldChanges changes = *m_read;
    return BackgroundTask::run<CheckIn::Result>(parentWidget(), tr("Checking in…"), [project, changes](Feedback *feedback) {
        return CheckIn::apply(project, changes, MasterPlanSchema::defaultUserName(), feedback);
    });
}

QString CheckinDialog::summary(const CheckIn::Result &r)
{
    if (r.alreadyCheckedIn) return tr("These changes from %1 (%2) were checked in before; nothing changed.").arg(r.origin.officer, r.origin.laptop);
    QString text = tr("Checked in from %1 (%2): %3 added, %4 changed (%5 fields), %6 deleted.")
                       .arg(r.origin.officer, r.origin.laptop).arg(r.inserted).arg(r.updated).arg(r.fieldsMerged).arg(r.deleted);
    if (r.conflicts > 0) text += QLatin1Char(' ') + tr("%n conflict(s) wait for review.", nullptr, r.conflicts);
    return text;
}

}
