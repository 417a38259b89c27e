#include "PasswordKeyring.h"

#include "PostgresDatabase.h"

#include <QCoreApplication>

#ifdef PILAR_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace pilar {

namespace {
const QString kService = QStringLiteral("Pilar office server");
}

bool PasswordKeyring::isAvailable()
{
#ifdef PILAR_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordKeyring::keyFor(const QString &connection)
{
    return PostgresDatabase::withoutPassword(connection);
}

void PasswordKeyring::read(const QString &connection, QObject *context, std::function<void(const QString &, const QString &)> done)
{
#ifdef PILAR_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(connection));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::NoError) done(reader->textData(), QString());
        else done(QString(), reader->errorString());
    });
    job->start();
#else
    Q_UNUSED(connection);
    Q_UNUSED(context);
    done(QString(), QCoreApplication::translate("pilar::PasswordKeyring", "This Pilar was built without keyring support."));
#endif
}

void PasswordKeyring::write(const QString &connection, const QString &password, QObject *context, std::function<void(const QString &)> done)
{
#ifdef PILAR_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyFor(connection));
    job->setTextData(password);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (done) done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
#else
    Q_UNUSED(connection);
    Q_UNUSED(password);
    Q_UNUSED(context);
    if (done) done(QCoreApplication::translate("pilar::PasswordKeyring", "This Pilar was built without keyring support."));
#endif
}

void PasswordKeyring::remove(const QString &connection, QObject *context, std::function<void(const QString &)> done)
{
#ifdef PILAR_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(keyFor(connection));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (done) done(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound ? QString() : finished->errorString());
    });
    job->start();
#else
    Q_UNUSED(connection);
    Q_UNUSED(context);
    if (done) done(QString());
#endif
}

}
