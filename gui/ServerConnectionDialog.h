#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pilar {

/// Asks where the office's shared master plan lives: host, port, database, user and password.
/// The password is never written to the project, the list of recent projects or the settings:
/// it is used for this session, or, when the planner ticks the box, kept in the system keyring
/// (PasswordKeyring) and filled in from there next time.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectionDialog(QWidget *parent = nullptr);

    /// Fills the fields from a connection string (the password is never in one that was
    /// remembered) and asks the keyring for the password kept for it.
    void setConnection(const QString &connection);
    /// Whether the password is to be kept in the keyring.
    bool remembersPassword() const;
    void setRemembersPassword(bool remember);
    /// "PG:host=... port=... dbname=... user=..." with the password when one was typed.
    QString connection() const;

signals:
    /// The keyring answered (with a password filled in, or none kept).
    void keyringAnswered();

private:
    void fillFromKeyring();
    /// Keeps, replaces or forgets the password in the keyring, as the box says.
    void updateKeyring();

    QLineEdit *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
    QCheckBox *m_remember;
    QLabel *m_keyringStatus;
};

}
