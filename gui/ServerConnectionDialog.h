#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace pilar {

/// Asks where the office's shared master plan lives: host, port, database, user and password.
/// The password is used for this session only; it is never written to the project, the list of
/// recent projects or the settings (a saved password belongs in ~/.pgpass).
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectionDialog(QWidget *parent = nullptr);

    /// Fills the fields from a connection string (the password is never in one that was remembered).
    void setConnection(const QString &connection);
    /// "PG:host=... port=... dbname=... user=..." with the password when one was typed.
    QString connection() const;

private:
    QLineEdit *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
};

}
