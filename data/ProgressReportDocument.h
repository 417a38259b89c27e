#pragma once

#include "MasterPlanFilter.h"
#include "ReportSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace pilar {

class Feedback;
class ReportCharts;

/// The progress report (Laporan Kemajuan Smart City) as a PDF in government form: letterhead,
/// achievement per pillar and per stage with the status counts, a section per pillar with its
/// trend chart, programmes table and map, the regency map of achievement per kecamatan, the
/// programmes behind plan, the gap analysis and the signature block. Written to a temporary
/// file and renamed, so a cancelled or failed export leaves nothing behind.
class ProgressReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProgressReportDocument)

public:
    struct Options
    {
        QString projectPath;
        QString output;                               ///< the PDF
        QDate at;                                     ///< invalid = the latest report
        MasterPlanFilter filter;
        std::optional<ReportSettings::Paper> paper;   ///< default: the project's setting
        std::optional<bool> landscape;
        ReportCharts *charts = nullptr;               ///< null leaves the charts out
        QDate signedOn;                               ///< the date line; invalid = today
        QPagedPaintDevice *printer = nullptr;         ///< print here instead of writing `output`
    };

    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        int pages = 0;
    };

    static Result write(const Options &options, Feedback *feedback = nullptr);
};

}
