#include "ConflictsPanel.h"

#include "MasterPlanController.h"
#include "MasterPlanSchema.h"
#include "SyncConflicts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pilar {

ConflictsPanel::ConflictsPanel(MasterPlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_header(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_office(new QPushButton(tr("Keep Office Value"), this))
    , m_field(new QPushButton(tr("Take Field Value"), this))
    , m_edit(new QPushButton(tr("Edit Value…"), this))
    , m_locate(new QPushButton(tr("Show on Map"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_list->setHeaderLabels({tr("Row"), tr("Field"), tr("Office value"), tr("Field value"), tr("At check-out"), tr("Sent by"), tr("Conflict")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_office, m_field, m_edit, m_locate}) buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_office->setToolTip(tr("The office's value stays; the field's is set aside (recorded in the audit log)."));
    m_field->setToolTip(tr("The field's value replaces the office's (recorded in the audit log)."));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsPanel::updateButtons);
    connect(m_office, &QPushButton::clicked, this, [this] { resolveSelected(int(SyncConflicts::Take::Office)); });
    connect(m_field, &QPushButton::clicked, this, [this] { resolveSelected(int(SyncConflicts::Take::Field)); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const SyncConflict *c = selected();
        if (!c) return;
        bool ok = false;
        const QString start = c->kind == SyncConflict::Kind::DuplicateCode ? c->fieldValue.toString() + QStringLiteral("-2")
                                                                           : c->fieldValue.toString();
        const QString value = QInputDialog::getText(this, tr("Edit Value"),
                                                    c->kind == SyncConflict::Kind::DuplicateCode ? tr("A code of its own for the field's row:")
                                                                                                 : tr("Value of %1:").arg(c->column),
                                                    QLineEdit::Normal, start, &ok);
        if (ok) resolveSelected(int(SyncConflicts::Take::Edited), value);
    });
    connect(m_locate, &QPushButton::clicked, this, [this] {
        if (const SyncConflict *c = selected(); c && c->hasLocation) emit locateRequested(c->location.x(), c->location.y());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_locate, &QPushButton::click);
    reload();
}

const SyncConflict *ConflictsPanel::selected() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

void ConflictsPanel::updateButtons()
{
    const SyncConflict *c = selected();
    m_office->setEnabled(c);
    m_field->setEnabled(c);
    m_edit->setEnabled(c && c->column != QLatin1String("geom")
                       && (c->kind == SyncConflict::Kind::EditedBoth || c->kind == SyncConflict::Kind::DuplicateCode));
    m_locate->setEnabled(c && c->hasLocation);
    if (c && c->kind == SyncConflict::Kind::DeletedInOffice) m_field->setText(tr("Restore Field Row"));
    else if (c && c->kind == SyncConflict::Kind::DeletedInField) m_field->setText(tr("Delete as in Field"));
    else m_field->setText(tr("Take Field Value"));
}

void ConflictsPanel::reload()
{
    m_list->clear();
    m_conflicts.clear();
    if (m_controller->isAvailable() && m_controller->store().connection().tableExists(QStringLiteral("pilar_sync_conflicts")))
        m_conflicts = SyncConflicts::list(m_controller->store().connection());
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        const bool values = c.kind != SyncConflict::Kind::DeletedInOffice && c.kind != SyncConflict::Kind::DeletedInField;
        auto *item = new QTreeWidgetItem(m_list, {c.rowLabel.isEmpty() ? c.rowUuid.left(8) : c.rowLabel, c.column,
                                                  values ? SyncConflicts::displayValue(c.officeValue, c.column) : QString(),
                                                  values ? SyncConflicts::displayValue(c.fieldValue, c.column) : QString(),
                                                  values ? SyncConflicts::displayValue(c.baseValue, c.column) : QString(),
                                                  QStringLiteral("%1 (%2)").arg(c.officer, c.laptop), SyncConflicts::kindName(c.kind)});
        item->setToolTip(6, tr("Table %1, received %2").arg(c.table, QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_header->setText(m_conflicts.isEmpty() ? tr("No conflicts wait for review.")
                                            : tr("%n change(s) from the field wait for a decision. Nothing was overwritten.", nullptr,
                                                 int(m_conflicts.size())));
    if (!m_conflicts.isEmpty()) m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

bool ConflictsPanel::resolveSelected(int take, const QVariant &value)
{
    const SyncConflict *c = selected();
    if (!c) return false;
    QString error;
    if (!SyncConflicts::resolve(m_controller->store().connection(), c->uuid, SyncConflicts::Take(take), value,
                                MasterPlanSchema::defaultUserName(), &error)) {
        QMessageBox::warning(this, tr("Review Conflicts"), error);
        return false;
    }
    // Undoing an older edit now could silently overwrite the decision: the history starts here.
    m_controller->undoStack()->clear();
    m_controller->refresh();
    reload();
    emit resolved();
    return true;
}

}
