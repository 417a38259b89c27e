#pragma once

#include "MasterPlanSnapshot.h"
#include "Realisation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace pilar {

/// What makes a realised value acceptable, the same for the entry form and the e-Monev import:
/// an existing indicator, a date inside the plan, a value that fits the unit, a named source.
class RealisationRules
{
    Q_DECLARE_TR_FUNCTIONS(pilar::RealisationRules)

public:
    /// The reasons the value cannot be kept (translated); empty when it can.
    static QStringList problems(const MasterPlanSnapshot &plan, const Realisation &realisation);
    /// A value already reported for the same indicator, quarter and kecamatan (other than itself).
    static std::optional<Realisation> sameQuarter(const MasterPlanSnapshot &plan, const Realisation &realisation);
    /// The last day of a quarter (1–4) of a year.
    static QDate quarterEnd(int year, int quarter);
    /// "2", "II", "TW II", "Triwulan 2", "Q2" → 2; empty when it is not a quarter.
    static std::optional<int> parseQuarter(const QString &text);
    /// "12,5", "12.5", "1.234,5", "85 %" → the number; empty when it is not one.
    static std::optional<double> parseNumber(const QString &text);
};

}
