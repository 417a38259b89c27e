#pragma once

#include "Extent.h"
#include "MasterPlanSnapshot.h"
#include "MasterPlanStore.h"
#include "Project.h"
#include "ReportOptions.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace pilar {

class Layer;

/// What every report reads first: the plan (a snapshot), the report settings, and the
/// project's map layers as the canvas would draw them, with the regency's extent.
class ReportProject
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ReportProject)

public:
    /// The project of `options`, with its paper and orientation over the project's settings;
    /// null with the reason in `error` when the project cannot be read.
    static std::unique_ptr<ReportProject> open(const ReportOptions &options, QString *error);

    MasterPlanStore store;
    MasterPlanSnapshot plan;
    QVector<Asset> assets;
    ReportSettings settings;
    std::unique_ptr<Project> project;
    Extent regency;    ///< in the project's CRS, a little margin around the boundaries

    /// The project's layer read from `table` of the project file (null when none).
    std::shared_ptr<Layer> layer(const QString &table) const;
    /// The kecamatan boundaries (the set built from the desa when the project has both).
    std::shared_ptr<Layer> kecamatanLayer() const;
    /// False with the reason when a code is not one of the regency's kecamatan.
    bool checkKecamatan(const QStringList &codes, QString *error) const;
};

}
