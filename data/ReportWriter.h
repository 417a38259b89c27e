#pragma once

#include "ReportSettings.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pilar {

class Feedback;
class ReportPainter;
}

class QPagedPaintDevice;

namespace pilar {

/// Writes a report's pages to a PDF: lays them out once measuring (to count the pages for the
/// footers), then draws them at 300 dpi into a temporary file that replaces `output` only when
/// complete, so a cancelled or failed export leaves nothing behind.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ReportWriter)

public:
    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        int pages = 0;
    };

    /// With `device` (a printer), the pages go there instead of to `output`; its page size and
    /// margins must already be the settings'.
    static Result write(const QString &output, const ReportSettings &settings, const QString &title,
                        const std::function<void(ReportPainter &)> &layout, Feedback *feedback, QPagedPaintDevice *device = nullptr);
};

}
