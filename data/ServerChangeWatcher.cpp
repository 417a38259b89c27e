#include "ServerChangeWatcher.h"

#include "PostgresDatabase.h"
#include "ServerSchema.h"

#include <QSocketNotifier>

namespace pilar {

ServerChangeWatcher::ServerChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(300);
    connect(&m_burst, &QTimer::timeout, this, [this] {
        m_tables.remove(QString());   // "something may have changed" after a reconnection
        const QStringList tables(m_tables.begin(), m_tables.end());
        m_tables.clear();
        emit changed(tables);
    });
}

ServerChangeWatcher::~ServerChangeWatcher() = default;

bool ServerChangeWatcher::watch(const QString &connection, QString *error)
{
    stop();
    m_db = std::make_unique<PostgresDatabase>();
    if (!m_db->open(connection) || !m_db->listen(QString::fromLatin1(ServerSchema::kChangesChannel))) {
        if (error) *error = m_db->lastError();
        m_db.reset();
        return false;
    }
    m_notifier = new QSocketNotifier(qintptr(m_db->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerChangeWatcher::readNotifications);
    return true;
}

void ServerChangeWatcher::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_db.reset();
    m_burst.stop();
    m_tables.clear();
}

bool ServerChangeWatcher::isWatching() const
{
    return m_db != nullptr;
}

void ServerChangeWatcher::readNotifications()
{
    if (!m_db) return;
    const int reconnections = m_db->reconnections();
    for (const auto &note : m_db->notifications()) {
        if (note.senderPid == m_ownPid) continue;
        m_tables.insert(note.payload.section(QLatin1Char(' '), 0, 0));
    }
    if (m_db->reconnections() != reconnections || !m_db->isOpen() || m_db->socket() < 0) {
        // The server dropped the connection: watch the new one (changes made meanwhile were not
        // heard, so the views are refreshed once).
        delete m_notifier;
        m_notifier = nullptr;
        if (m_db->socket() >= 0) {
            m_notifier = new QSocketNotifier(qintptr(m_db->socket()), QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &ServerChangeWatcher::readNotifications);
            m_tables.insert(QString());
        }
    }
    if (!m_tables.isEmpty() && !m_burst.isActive()) m_burst.start();
}

}
