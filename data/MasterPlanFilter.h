#pragma once

#include "Asset.h"
#include "Programme.h"

#include <QString>

namespace pilar {

/// What the planner narrowed the plan to: a year, a pillar, a stage, an OPD, a kecamatan.
/// One rule for the map, the dashboard and the reports, so they always show the same rows.
struct MasterPlanFilter
{
    int year = 0;             ///< what exists or is planned by this year; 0 = all years
    QString pillarUuid;
    QString stageUuid;
    QString opdUuid;
    QString kecamatanCode;

    bool isEmpty() const { return !year && pillarUuid.isEmpty() && stageUuid.isEmpty() && opdUuid.isEmpty() && kecamatanCode.isEmpty(); }
    bool operator==(const MasterPlanFilter &) const = default;

    /// A programme with no kecamatan listed serves the whole regency, so it passes every kecamatan.
    bool accepts(const Programme &programme) const;
    /// Pillar and stage reach an asset through the programme it serves (`servedProgramme`, may be null).
    bool accepts(const Asset &asset, const Programme *servedProgramme) const;
};

}
