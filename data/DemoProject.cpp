#include "DemoProject.h"

#include "Classification.h"
#include "CoordinateTransform.h"
#include "LayerLoader.h"
#include "MasterPlanOverlay.h"
#include "MasterPlanStore.h"
#include "MasterPlanVocabulary.h"
#include "SampleMasterPlan.h"
#include "SqliteDatabase.h"
#include "Project.h"
#include "ProjectFile.h"
#include "VectorLayer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pilar {

namespace {
QVector<SampleMasterPlan::Place> places(const VectorLayer &layer)
{
    QVector<SampleMasterPlan::Place> out;
    const VectorData &d = *layer.data();
    const int code = d.fieldIndex(QStringLiteral("code")), name = d.fieldIndex(QStringLiteral("name"));
    for (std::size_t f = 0; f < d.featureCount(); ++f)
        out.push_back({d.attribute(f, code).toString(), d.attribute(f, name).toString(), d.labelPoint(f)});
    return out;
}

}

bool DemoProject::addSamplePlan(Project &project, const QString &path, const VectorLayer &kecamatan, const VectorLayer &desa,
                                QString *error)
{
    MasterPlanStore store;
    if (!store.open(path, error)) return false;
    store.setUserName(QStringLiteral("pilar-demo"));
    if (!SampleMasterPlan::populate(store, places(kecamatan), places(desa), error)) return false;
    const auto pillars = store.pillars();
    store.close();
    if (!MasterPlanOverlay::ensureLayers(project, pillars, error)) return false;
    MasterPlanOverlay::programmesLayer(project)->setName(tr("Programme sites (sample)"));
    MasterPlanOverlay::assetsLayer(project)->setName(tr("ICT assets (sample)"));
    return true;
}

QString DemoProject::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo/purbalingga-demo.gpkg");
}

QString DemoProject::ensureInstalled(QString *error)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path) && ProjectFile::isProjectFile(path)) {
        // A demo written by an older Pilar is replaced, so the demo always shows what this one can do.
        SqliteDatabase db;
        if (db.open(path, true) && db.scalar(QStringLiteral("SELECT value FROM pilar_project WHERE key = 'demo_version'")).toInt() >= kDemoVersion)
            return path;
    }
    return create(path, error) ? path : QString();
}

bool DemoProject::create(const QString &path, QString *error, bool samplePlan)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    // The boundaries are copied out of the program's resources under a temporary name;
    // ProjectFile then writes the project tables and renames it into place.
    const QString staging = target + QStringLiteral(".demo");
    SqliteDatabase::removeFile(staging);   // with any log a killed run left beside it
    if (!QFile::copy(QStringLiteral(":/pilar/demo/purbalingga.gpkg"), staging)) {
        if (error) *error = tr("%1: cannot write the demo project.").arg(QDir::toNativeSeparators(staging));
        return false;
    }
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    Project project;
    project.setTitle(samplePlan ? tr("Purbalingga Regency (demo)") : tr("Smart City Master Plan, Kabupaten Purbalingga"));
    project.setCrs(Crs::fromEpsg(32749));
    project.setFilePath(staging);

    auto load = [&](const QString &table) -> std::shared_ptr<VectorLayer> {
        LayerLoader::Options options;
        options.layerName = table;
        auto result = LayerLoader::load(staging, options);
        if (!result.ok() || result.layers.empty()) return nullptr;
        return std::static_pointer_cast<VectorLayer>(result.layers.front());
    };
    auto desa = load(QStringLiteral("desa"));
    auto kecamatan = load(QStringLiteral("kecamatan_from_desa"));
    auto kabupaten = load(QStringLiteral("kabupaten"));
    if (!desa || !kecamatan || !kabupaten) {
        QFile::remove(staging);
        if (error) *error = tr("The embedded demo data cannot be read.");
        return false;
    }

    // Desa: a pastel colour per kecamatan, thin white borders, labels only when zoomed in.
    VectorStyle desaStyle;
    desaStyle.kind = StyleKind::Categorized;
    desaStyle.field = QStringLiteral("district_code");
    desaStyle.symbol.strokeColor = QColor(255, 255, 255);
    desaStyle.symbol.strokeWidthMm = 0.15;
    desaStyle.categories = Classification::categorize(*desa->data(), desaStyle.field, desaStyle.symbol);
    // The legend reads better with the kecamatan's name than with its code.
    const VectorData &kec = *kecamatan->data();
    const int codeField = kec.fieldIndex(QStringLiteral("code")), nameField = kec.fieldIndex(QStringLiteral("name"));
    for (StyleCategory &category : desaStyle.categories)
        for (std::size_t f = 0; f < kec.featureCount() && codeField >= 0 && nameField >= 0; ++f)
            if (kec.attribute(f, codeField).toString() == category.value)
                category.label = QStringLiteral("%1 (%2)").arg(kec.attribute(f, nameField).toString(), category.value);
    desa->setStyle(desaStyle);
    desa->setName(tr("Desa/Kelurahan"));

    VectorStyle kecStyle;
    kecStyle.symbol.fillColor = Qt::transparent;
    kecStyle.symbol.strokeColor = QColor(90, 60, 40);
    kecStyle.symbol.strokeWidthMm = 0.45;
    kecStyle.labels.enabled = true;
    kecStyle.labels.field = QStringLiteral("name");
    kecStyle.labels.fontSizePt = 8.5;
    kecStyle.labels.bold = true;
    kecamatan->setStyle(kecStyle);
    kecamatan->setName(tr("Kecamatan"));

    VectorStyle kabStyle;
    kabStyle.symbol.fillColor = Qt::transparent;
    kabStyle.symbol.strokeColor = QColor(20, 20, 20);
    kabStyle.symbol.strokeWidthMm = 0.8;
    kabupaten->setStyle(kabStyle);
    kabupaten->setName(tr("Kabupaten Purbalingga"));
    // The regency polygon is heavily generalised (47 vertices); the kecamatan outline
    // drawn from the desa is the better boundary, so this one starts hidden.
    kabupaten->setVisible(false);

    project.addLayer(desa);
    project.addLayer(kecamatan);
    project.addLayer(kabupaten);
    CoordinateTransform t(kabupaten->crs(), project.crs());
    project.setViewExtent(t.transformExtent(kabupaten->extent()).buffered(0.03));

    // Save in place into the staging copy (one transaction, which also creates the master
    // plan tables), add the sample plan, then its layers, then move the file to the target.
    QString saveError;
    if (!ProjectFile::save(project, staging, &saveError) ||
        (samplePlan && (!addSamplePlan(project, staging, *kecamatan, *desa, &saveError) ||
                        !ProjectFile::save(project, staging, &saveError)))) {
        QFile::remove(staging);
        if (error) *error = saveError;
        return false;
    }
    {
        SqliteDatabase db;
        if (!db.open(staging) || !db.exec(QStringLiteral("INSERT OR REPLACE INTO pilar_project(key, value) VALUES ('demo_version', ?1)"),
                                          {QString::number(samplePlan ? kDemoVersion : 0)})) {
            QFile::remove(staging);
            if (error) *error = db.lastError();
            return false;
        }
    }
    SqliteDatabase::removeFile(target);
    if (!QFile::rename(staging, target)) {
        QFile::remove(staging);
        if (error) *error = tr("%1: cannot write the demo project.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

}
