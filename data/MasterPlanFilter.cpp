#include "MasterPlanFilter.h"

namespace pilar {

bool MasterPlanFilter::accepts(const Programme &p) const
{
    return (!year || !p.startYear || p.startYear <= year) && (pillarUuid.isEmpty() || p.pillarUuid == pillarUuid) &&
           (stageUuid.isEmpty() || p.stageUuid == stageUuid) && (opdUuid.isEmpty() || p.opdUuid == opdUuid) &&
           (kecamatanCode.isEmpty() || p.kecamatanCodes.isEmpty() || p.kecamatanCodes.contains(kecamatanCode));
}

bool MasterPlanFilter::accepts(const Asset &a, const Programme *p) const
{
    if (year && a.installDate.isValid() && a.installDate.year() > year) return false;
    if (!pillarUuid.isEmpty() && !(p && p->pillarUuid == pillarUuid)) return false;
    if (!stageUuid.isEmpty() && !(p && p->stageUuid == stageUuid)) return false;
    return (opdUuid.isEmpty() || a.opdUuid == opdUuid) && (kecamatanCode.isEmpty() || a.kecamatanCode == kecamatanCode);
}

}
