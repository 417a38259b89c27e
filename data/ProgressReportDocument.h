#pragma once

#include "MasterPlanFilter.h"
#include "ReportOptions.h"
#include "ReportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

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
    struct Options : ReportOptions
    {
        MasterPlanFilter filter;
        ReportCharts *charts = nullptr;               ///< null leaves the charts out
    };

    using Result = ReportWriter::Result;

    static Result write(const Options &options, Feedback *feedback = nullptr);
};

}
