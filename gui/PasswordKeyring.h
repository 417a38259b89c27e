#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace pilar {

/// Server passwords in the system keyring (the Secret Service of GNOME or KDE, the macOS
/// keychain, the Windows credential store) through QtKeychain, when Pilar was built with it.
/// Never a file of Pilar's: the project, the recent list and the settings hold no password.
/// The keyring answers asynchronously (it may ask the user to unlock it), so the GUI waits
/// on nothing; each call reports once through its callback.
class PasswordKeyring
{
public:
    /// False when Pilar was built without QtKeychain.
    static bool isAvailable();
    /// The key a password is filed under: the connection without its password.
    static QString keyFor(const QString &connection);
    /// `done(password, error)`: the password, or empty with the reason (none stored, no keyring).
    static void read(const QString &connection, QObject *context, std::function<void(const QString &, const QString &)> done);
    /// `done(error)`: empty when stored.
    static void write(const QString &connection, const QString &password, QObject *context, std::function<void(const QString &)> done = {});
    static void remove(const QString &connection, QObject *context, std::function<void(const QString &)> done = {});
};

}
