#include "ProgressMath.h"

#include <algorithm>
#include <cmath>

namespace pilar {

double ProgressMath::yearFraction(const QDate &date)
{
    const int days = QDate(date.year(), 1, 1).daysTo(QDate(date.year() + 1, 1, 1));
    return date.year() + double(QDate(date.year(), 1, 1).daysTo(date)) / days;
}

double ProgressMath::targetForYear(const Indicator &indicator, int year)
{
    auto it = indicator.targets.upperBound(year); // first target after `year`
    if (it == indicator.targets.begin()) return indicator.baselineValue;
    return std::prev(it).value();
}

std::optional<Indicator> ProgressMath::forKecamatan(const Indicator &indicator, const QString &kecamatanCode)
{
    const auto it = indicator.kecamatanTargets.constFind(kecamatanCode);
    if (kecamatanCode.isEmpty() || it == indicator.kecamatanTargets.constEnd() || it->isEmpty()) return std::nullopt;
    Indicator local = indicator;
    local.kecamatanTargets.clear();
    local.targets = *it;
    local.baselineValue = local.targets.take(indicator.baselineYear);
    return local;
}

double ProgressMath::plannedValue(const Indicator &indicator, double t)
{
    // Knots of the trajectory: the baseline, then each yearly target at the end of its year.
    double prevT = indicator.baselineYear ? indicator.baselineYear + 1.0 : (indicator.targets.isEmpty() ? t : indicator.targets.firstKey());
    double prevV = indicator.baselineValue;
    if (t <= prevT) return prevV;
    for (auto it = indicator.targets.begin(); it != indicator.targets.end(); ++it) {
        const double knotT = it.key() + 1.0;
        if (knotT <= prevT) { prevV = it.value(); continue; }
        if (t <= knotT) return prevV + (it.value() - prevV) * (t - prevT) / (knotT - prevT);
        prevT = knotT;
        prevV = it.value();
    }
    return prevV;
}

double ProgressMath::achievement(double baseline, double target, double actual, bool higherIsBetter)
{
    const double span = higherIsBetter ? target - baseline : baseline - target;
    const double gained = higherIsBetter ? actual - baseline : baseline - actual;
    if (std::abs(span) < 1e-12) {
        const bool met = higherIsBetter ? actual >= target : actual <= target;
        return met ? 100.0 : 0.0;
    }
    return std::max(0.0, 100.0 * gained / span);
}

std::optional<Realisation> ProgressMath::latest(const QVector<Realisation> &realisations, const QDate &date)
{
    std::optional<Realisation> best;
    for (const Realisation &r : realisations)
        if (r.date <= date && (!best || r.date >= best->date)) best = r;
    return best;
}

std::optional<double> ProgressMath::forecast(const QVector<Realisation> &realisations, const QDate &asOf, double at)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    // A line needs two different dates; knowing whether there are two is enough (a list of the
    // distinct ones made this quadratic in the number of reports).
    std::optional<double> firstX;
    bool twoDates = false;
    for (const Realisation &r : realisations) {
        if (r.date > asOf) continue;
        const double x = yearFraction(r.date);
        if (!firstX) firstX = x;
        else if (x != *firstX) twoDates = true;
        n += 1; sx += x; sy += r.value; sxx += x * x; sxy += x * r.value;
    }
    if (!twoDates) return std::nullopt;
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double intercept = (sy - slope * sx) / n;
    return intercept + slope * at;
}

ProgressMath::Status ProgressMath::status(std::optional<double> achieved, double planned, const Thresholds &thresholds)
{
    if (!achieved) return Status::NoData;
    if (planned <= 0) return Status::OnTrack;
    const double ratio = 100.0 * *achieved / planned;
    if (ratio >= thresholds.onTrack) return Status::OnTrack;
    if (ratio >= thresholds.atRisk) return Status::AtRisk;
    return Status::Behind;
}

}
