#pragma once

#include "FieldChanges.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace pilar {

/// Changes to Send: what the open field package will send back, re-read in the background
/// after every edit (the package is compared with its check-out copy).
class PendingChangesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PendingChangesPanel(QWidget *parent = nullptr);

    void setPackage(const QString &path);
    /// Re-reads the changes (in the background; pendingCountChanged() when done).
    void refresh();
    int pendingCount() const { return m_count; }
    QTreeWidget *list() const { return m_list; }
    bool isReading() const { return m_watcher.isRunning(); }

signals:
    void pendingCountChanged(int count);

private:
    void show(const std::optional<FieldChanges> &changes, const QString &error);

    QString m_path;
    QLabel *m_header;
    QTreeWidget *m_list;
    int m_count = 0;
    bool m_again = false;
    QFutureWatcher<std::pair<std::optional<FieldChanges>, QString>> m_watcher;
};

}
