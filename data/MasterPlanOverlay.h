#pragma once

#include "Asset.h"
#include "MasterPlanFilter.h"
#include "Opd.h"
#include "Stage.h"
#include "Pillar.h"
#include "Programme.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace pilar {

class Project;
class ProgressReport;
class VectorLayer;
struct VectorStyle;

/// The master plan drawn over the map: the programme sites and the ICT assets as two
/// layers read from the project's own tables, coloured by pillar and by asset type, and
/// filtered (a year, a pillar, a stage, an OPD, a kecamatan) through feature masks so
/// the data and the styles stay untouched.
class MasterPlanOverlay
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanOverlay)

public:
    using Filter = MasterPlanFilter;

    static std::shared_ptr<VectorLayer> programmesLayer(const Project &project);
    static std::shared_ptr<VectorLayer> assetsLayer(const Project &project);
    /// Adds the two layers (on top) when the project lacks them. The project must have a file.
    static bool ensureLayers(Project &project, const QVector<Pillar> &pillars, QString *error);
    /// Re-reads both layers from the project file after edits, keeping their styles.
    static bool reload(Project &project, QString *error);
    /// Shows only what passes the filter; an empty filter shows everything.
    static void applyFilter(Project &project, const Filter &filter, const QVector<Programme> &programmes, const QVector<Asset> &assets);
    /// The feature index of a row in a layer (by its uuid), or -1.
    static int featureOf(const VectorLayer &layer, const QString &uuid);
    /// The uuid of a feature of an overlay layer, or empty.
    static QString uuidOf(const VectorLayer &layer, uint32_t feature);

    static VectorStyle programmeStyle(const QVector<Pillar> &pillars);
    static VectorStyle assetStyle();

    /// What the overlay is coloured by, chosen by the planner.
    enum class ProgrammeColouring { Pillar, Stage, Status, Progress };
    enum class AssetColouring { Type, Condition, Opd };
    /// Restyles the overlay layers (the choice is kept in their styles, saved with the project).
    static void colourProgrammes(Project &project, ProgrammeColouring by, const QVector<Pillar> &pillars, const QVector<Stage> &stages);
    static void colourAssets(Project &project, AssetColouring by, const QVector<Opd> &opds);
    /// Colours the programme sites by their progress status in `report` (on track, at risk,
    /// behind, no data): the layer's data gains the fields "kemajuan" (the status code) and
    /// "capaian" (achievement %). Call again after reload(), which drops them.
    static void colourProgrammesByProgress(Project &project, const ProgressReport &report);
    static bool isColouredByProgress(const Project &project);
};

}
