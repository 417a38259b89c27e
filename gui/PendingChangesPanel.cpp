#include "PendingChangesPanel.h"

#include "CheckinDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pilar {

PendingChangesPanel::PendingChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_list->setHeaderLabels({tr("Change"), tr("Row"), tr("Fields")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto [changes, error] = m_watcher.result();
        show(changes, error);
        if (m_again) { m_again = false; refresh(); }
    });
}

void PendingChangesPanel::setPackage(const QString &path)
{
    m_path = path;
    refresh();
}

void PendingChangesPanel::refresh()
{
    if (m_path.isEmpty()) return;
    if (m_watcher.isRunning()) { m_again = true; return; }
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path] {
        QString error;
        auto changes = FieldChanges::fromPackage(path, &error);
        return std::pair(changes, error);
    }));
}

void PendingChangesPanel::show(const std::optional<FieldChanges> &changes, const QString &error)
{
    m_list->clear();
    if (!changes) {
        m_header->setText(error);
        return;
    }
    const QVector<PendingChange> pending = changes->pending();
    for (const PendingChange &p : pending)
        new QTreeWidgetItem(m_list, {CheckinDialog::describe(p), p.label.isEmpty() ? p.rowUuid.left(8) : p.label, p.columns.join(QStringLiteral(", "))});
    m_count = int(pending.size());
    m_header->setText(m_count == 0 ? tr("Nothing to send back yet.")
                                   : tr("%n change(s) will go back to the office at check-in.", nullptr, m_count));
    emit pendingCountChanged(m_count);
}

}
