#pragma once

#include "Feedback.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace pilar {

/// Runs a core operation on a worker thread while a progress dialog (with Cancel) keeps
/// the window answering; returns its result. The operation reports through Feedback.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(pilar::BackgroundTask)

public:
    template <typename Result>
    static Result run(QWidget *parent, const QString &label, std::function<Result(Feedback *)> work)
    {
        QProgressDialog dialog(label, tr("Cancel"), 0, 100, parent);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(400);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        QPointer<QProgressDialog> guard(&dialog);
        Feedback feedback([guard](double percent, const QString &message) {
            // From the worker: hand the numbers to the GUI thread.
            QMetaObject::invokeMethod(guard.data(), [guard, percent, message] {
                if (!guard) return;
                guard->setValue(int(percent));
                if (!message.isEmpty()) guard->setLabelText(message);
            }, Qt::QueuedConnection);
        });
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&feedback] { feedback.cancel(); });
        QFutureWatcher<Result> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&work, &feedback] { return work(&feedback); }));
        loop.exec();
        return watcher.result();
    }
};

}
