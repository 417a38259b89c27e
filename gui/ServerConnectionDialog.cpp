#include "ServerConnectionDialog.h"

#include "PasswordKeyring.h"
#include "PostgresDatabase.h"

#include <QCheckBox>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pilar {

namespace {

// libpq's quoting: a value with spaces or quotes goes in single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]")))) return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const char *kLastServerKey = "server/lastConnection";

}

ServerConnectionDialog::ServerConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this))
    , m_keyringStatus(new QLabel(this))
{
    setWindowTitle(tr("Open from the Office Server"));
    auto *intro = new QLabel(tr("The master plan shared by the office lives in a PostgreSQL database. "
                                "Ask the administrator for these details."), this);
    intro->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(PasswordKeyring::isAvailable() ? tr("for this session, or kept in the keyring") : tr("used for this session only"));
    m_remember->setVisible(PasswordKeyring::isAvailable());
    m_keyringStatus->setWordWrap(true);
    m_keyringStatus->setVisible(false);
    m_host->setPlaceholderText(tr("e.g. server.dinkominfo.local"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringStatus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto enableOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, enableOk);
    connect(m_database, &QLineEdit::textChanged, this, enableOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setConnection(QSettings().value(QLatin1String(kLastServerKey)).toString());
    enableOk();
    connect(this, &QDialog::accepted, this, [this] {
        // Remembered without the password.
        QSettings().setValue(QLatin1String(kLastServerKey), PostgresDatabase::withoutPassword(connection()));
        updateKeyring();
    });
}

bool ServerConnectionDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ServerConnectionDialog::setRemembersPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ServerConnectionDialog::fillFromKeyring()
{
    if (!PasswordKeyring::isAvailable() || m_host->text().trimmed().isEmpty()) return;
    const QString asked = connection();
    PasswordKeyring::read(asked, this, [this, asked](const QString &password, const QString &) {
        // The fields may have changed meanwhile; an answer for another connection is not this one's.
        if (PasswordKeyring::keyFor(connection()) != PasswordKeyring::keyFor(asked)) return;
        if (!password.isEmpty() && m_password->text().isEmpty()) {
            m_password->setText(password);
            m_remember->setChecked(true);
            m_keyringStatus->setText(tr("The password was filled in from the system keyring."));
            m_keyringStatus->setVisible(true);
        }
        emit keyringAnswered();
    });
}

void ServerConnectionDialog::updateKeyring()
{
    if (!PasswordKeyring::isAvailable()) return;
    const QString target = connection();
    // The jobs outlive the dialog: they report to the application, and only a failure is said.
    auto report = [](const QString &error) {
        if (!error.isEmpty()) qWarning("%s", qPrintable(tr("The system keyring refused the password: %1").arg(error)));
    };
    if (m_remember->isChecked() && !m_password->text().isEmpty()) PasswordKeyring::write(target, m_password->text(), qApp, report);
    else if (!m_remember->isChecked()) PasswordKeyring::remove(target, qApp, report);
}

void ServerConnectionDialog::setConnection(const QString &connection)
{
    static const QRegularExpression pair(QStringLiteral("(\\w+)\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    const QString text = PostgresDatabase::isConnectionString(connection) ? connection.mid(3) : connection;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('\''))) value = value.mid(1, value.size() - 2).replace(QStringLiteral("\\'"), QStringLiteral("'")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        const QString key = m.captured(1);
        if (key == QLatin1String("host")) m_host->setText(value);
        else if (key == QLatin1String("port")) m_port->setValue(value.toInt());
        else if (key == QLatin1String("dbname")) m_database->setText(value);
        else if (key == QLatin1String("user")) m_user->setText(value);
        else if (key == QLatin1String("password")) m_password->setText(value);
    }
    fillFromKeyring();
}

QString ServerConnectionDialog::connection() const
{
    QStringList parts = {QStringLiteral("host=") + quoted(m_host->text().trimmed()), QStringLiteral("port=%1").arg(m_port->value()),
                         QStringLiteral("dbname=") + quoted(m_database->text().trimmed())};
    if (!m_user->text().trimmed().isEmpty()) parts << QStringLiteral("user=") + quoted(m_user->text().trimmed());
    if (!m_password->text().isEmpty()) parts << QStringLiteral("password=") + quoted(m_password->text());
    return QStringLiteral("PG:") + parts.join(QLatin1Char(' '));
}

}
