#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace pilar {

class PostgresDatabase;

/// Tells an open view that another desktop changed the server project: listens on the
/// server's change channel (LISTEN/NOTIFY) on a connection of its own, without polling, and
/// emits changed() once per burst of changes (a check-in of a thousand rows is one refresh).
/// Changes made through the connection named by ignoreOwnChangesOf() are not reported.
class ServerChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ServerChangeWatcher(QObject *parent = nullptr);
    ~ServerChangeWatcher() override;

    /// Starts watching; false with the reason when the server cannot be reached.
    bool watch(const QString &connection, QString *error = nullptr);
    void stop();
    bool isWatching() const;
    /// The server process of the desktop's own store connection (PostgresDatabase::backendPid).
    void ignoreOwnChangesOf(int backendPid) { m_ownPid = backendPid; }
    /// How long changes are gathered before changed() (default 300 ms).
    void setQuietPeriod(int milliseconds) { m_burst.setInterval(milliseconds); }

signals:
    /// Tables changed by others since the last signal.
    void changed(const QStringList &tables);

private:
    void readNotifications();

    std::unique_ptr<PostgresDatabase> m_db;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_burst;
    QSet<QString> m_tables;
    int m_ownPid = 0;
};

}
