#pragma once

#include "Indicator.h"
#include "Realisation.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace pilar {

/// The formulas of progress toward the plan's targets, as pure functions; each is written
/// out in docs/progress.md. Dates count as fractional years: a target for year Y is due at
/// the end of Y (Y + 1.0), a baseline of year B holds at the end of B.
class ProgressMath
{
public:
    enum class Status { OnTrack, AtRisk, Behind, NoData };

    struct Thresholds
    {
        double onTrack = 90;  ///< achievement ≥ 90 % of what was planned by then → on track
        double atRisk = 70;   ///< ≥ 70 % → at risk; below → behind
    };

    /// t in years: 2021-07-01 → about 2021.5.
    static double yearFraction(const QDate &date);

    /// The target due by the end of `year`: that year's target, else the last earlier one,
    /// else the baseline. Empty targets give the baseline.
    static double targetForYear(const Indicator &indicator, int year);

    /// The indicator as one kecamatan sees it, when it has targets of its own there: its
    /// baseline is the kecamatan's value listed for the baseline year (0 when none), its
    /// targets the kecamatan's. Empty when the kecamatan has no targets of its own.
    static std::optional<Indicator> forKecamatan(const Indicator &indicator, const QString &kecamatanCode);

    /// The planned value at t: piecewise linear from (baselineYear + 1, baseline) through
    /// (Y + 1, target(Y)) for every target year; flat after the last target.
    static double plannedValue(const Indicator &indicator, double t);

    /// Achievement (capaian, %) of `actual` toward `target` from `baseline`:
    ///   higher is better: 100 × (actual − baseline) / (target − baseline)
    ///   lower is better:  100 × (baseline − actual) / (baseline − target)
    /// A target equal to the baseline counts 100 % when met (or beaten), else 0 %.
    /// Never below 0; above 100 is kept (over-achievement is shown, not hidden).
    static double achievement(double baseline, double target, double actual, bool higherIsBetter);

    /// The latest realisation at or before `date`, if any.
    static std::optional<Realisation> latest(const QVector<Realisation> &realisations, const QDate &date);

    /// Least-squares line through (t, value) of the realisations up to `asOf`, evaluated at
    /// `atYearFraction`; empty with fewer than two dates.
    static std::optional<double> forecast(const QVector<Realisation> &realisations, const QDate &asOf, double atYearFraction);

    /// on track when achievement ≥ onTrack % of planned, at risk when ≥ atRisk %, else behind.
    /// Nothing planned yet (planned ≤ 0) counts as on track.
    static Status status(std::optional<double> achieved, double planned, const Thresholds &thresholds);
};

}
