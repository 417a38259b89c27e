#include "MasterPlanSnapshot.h"

#include "MasterPlanStore.h"

#include <algorithm>

namespace pilar {

MasterPlanSnapshot MasterPlanSnapshot::read(MasterPlanStore &store)
{
    MasterPlanSnapshot s;
    s.pillars = store.pillars();
    s.stages = store.stages();
    s.opds = store.opds();
    s.programmes = store.programmes();
    s.indicators = store.indicators();
    s.realisations = store.realisations();
    s.budget = store.budgetRealisations();
    const auto kecamatan = store.kecamatanNames();
    for (const auto &[code, name] : kecamatan) {
        s.kecamatanCodes << code;
        s.kecamatanNames.insert(code, name);
    }
    s.thresholds = store.progressThresholds();
    return s;
}

QDate MasterPlanSnapshot::latestRealisation(int year) const
{
    QDate latest;
    for (const Realisation &r : realisations)
        if (!year || r.date.year() == year) latest = std::max(latest, r.date);
    return latest;
}

int MasterPlanSnapshot::firstYear() const
{
    int first = 0;
    for (const Stage &s : stages) first = first ? std::min(first, s.firstYear) : s.firstYear;
    return first;
}

int MasterPlanSnapshot::finalYear() const
{
    int last = 0;
    for (const Stage &s : stages) last = std::max(last, s.lastYear);
    return last;
}

}
