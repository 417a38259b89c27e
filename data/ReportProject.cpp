#include "ReportProject.h"

#include "CoordinateTransform.h"
#include "MasterPlanOverlay.h"
#include "ProjectFile.h"

namespace pilar {

std::unique_ptr<ReportProject> ReportProject::open(const ReportOptions &options, QString *error)
{
    const QString &path = options.projectPath;
    auto r = std::make_unique<ReportProject>();
    if (!r->store.open(path, error)) return nullptr;
    r->plan = MasterPlanSnapshot::read(r->store);
    r->assets = r->store.assets();
    r->settings = ReportSettings::load(r->store.connection());
    if (options.paper) r->settings.paper = *options.paper;
    if (options.landscape) r->settings.landscape = *options.landscape;
    ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.project) {
        if (error) *error = loaded.error;
        return nullptr;
    }
    r->project = std::move(loaded.project);
    QString overlayError;
    MasterPlanOverlay::ensureLayers(*r->project, r->plan.pillars, &overlayError);
    r->regency = r->project->viewExtent();
    for (const QString &table : {QStringLiteral("kabupaten"), QStringLiteral("kecamatan_from_desa")})
        if (const auto l = r->layer(table)) {
            const Extent e = CoordinateTransform(l->crs(), r->project->crs()).transformExtent(l->extent());
            if (e.isValid()) r->regency = e.buffered(0.03);
        }
    return r;
}

std::shared_ptr<Layer> ReportProject::layer(const QString &table) const
{
    for (const auto &l : project->layers())
        if (l->sourceLayer() == table) return l;
    return nullptr;
}

std::shared_ptr<Layer> ReportProject::kecamatanLayer() const
{
    if (auto l = layer(QStringLiteral("kecamatan_from_desa"))) return l;
    return layer(QStringLiteral("kecamatan"));
}

bool ReportProject::checkKecamatan(const QStringList &codes, QString *error) const
{
    for (const QString &code : codes)
        if (!plan.kecamatanCodes.contains(code)) {
            if (error) *error = tr("The regency has no kecamatan with the code %1.").arg(code);
            return false;
        }
    return true;
}


}
