#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace pilar {

/// Progress and cancellation for a long operation. The caller owns it and may cancel
/// from any thread; the operation polls isCanceled() and reports progress in [0, 100].
/// Cheap to poll: an atomic load.
class Feedback
{
public:
    using ProgressFn = std::function<void(double percent, const QString &message)>;

    Feedback() = default;
    explicit Feedback(ProgressFn fn) : m_progress(std::move(fn)) {}

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    void setProgress(double percent, const QString &message = QString())
    {
        if (m_progress) m_progress(percent, message);
    }

    /// Null-safe helpers for operations whose feedback is optional.
    static bool canceled(const Feedback *f) { return f && f->isCanceled(); }
    static void progress(Feedback *f, double percent, const QString &message = QString())
    {
        if (f) f->setProgress(percent, message);
    }

private:
    std::atomic<bool> m_canceled{false};
    ProgressFn m_progress;
};

}
