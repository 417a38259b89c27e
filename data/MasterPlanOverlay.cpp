#include "MasterPlanOverlay.h"

#include "ColorRamp.h"
#include "LayerLoader.h"
#include "MasterPlanVocabulary.h"
#include "Project.h"
#include "ProgressReport.h"
#include "VectorLayer.h"

#include <QFileInfo>
#include <QHash>

namespace pilar {

namespace {
const QString kProgrammes = QStringLiteral("mp_programmes");
const QString kAssets = QStringLiteral("mp_assets");

std::shared_ptr<VectorLayer> findLayer(const Project &project, const QString &table)
{
    const QString file = QFileInfo(project.filePath()).absoluteFilePath();
    for (const auto &layer : project.layers())
        if (layer->sourceLayer() == table && QFileInfo(layer->sourcePath()).absoluteFilePath() == file)
            if (auto vector = std::dynamic_pointer_cast<VectorLayer>(layer)) return vector;
    return nullptr;
}

std::shared_ptr<VectorLayer> load(const QString &path, const QString &table, QString *error)
{
    LayerLoader::Options options;
    options.layerName = table;
    auto result = LayerLoader::load(path, options);
    if (result.layers.empty()) {
        if (error) *error = result.errors.join(QLatin1Char('\n'));
        return nullptr;
    }
    return std::static_pointer_cast<VectorLayer>(result.layers.front());
}

Symbol assetSymbol(const QString &type)
{
    Symbol s;
    s.strokeColor = QColor(30, 30, 30);
    s.strokeWidthMm = 0.2;
    s.markerSizeMm = 2.6;
    static const QHash<QString, std::pair<QColor, MarkerShape>> looks = {
        {QStringLiteral("cctv"), {QColor(220, 40, 40), MarkerShape::Triangle}},
        {QStringLiteral("wifi"), {QColor(30, 120, 220), MarkerShape::Circle}},
        {QStringLiteral("tower"), {QColor(60, 60, 60), MarkerShape::Star}},
        {QStringLiteral("server_room"), {QColor(120, 40, 160), MarkerShape::Square}},
        {QStringLiteral("kiosk"), {QColor(0, 150, 120), MarkerShape::Diamond}},
        {QStringLiteral("street_light"), {QColor(250, 200, 0), MarkerShape::Circle}},
        {QStringLiteral("sensor"), {QColor(0, 170, 200), MarkerShape::Square}},
    };
    if (type == QLatin1String("fibre")) {
        s.fillColor = Qt::transparent;
        s.strokeColor = QColor(255, 120, 0);
        s.strokeWidthMm = 0.6;
        return s;
    }
    const auto look = looks.value(type, {QColor(128, 128, 128), MarkerShape::Circle});
    s.fillColor = look.first;
    s.markerShape = look.second;
    return s;
}
}

std::shared_ptr<VectorLayer> MasterPlanOverlay::programmesLayer(const Project &project)
{
    return findLayer(project, kProgrammes);
}

std::shared_ptr<VectorLayer> MasterPlanOverlay::assetsLayer(const Project &project)
{
    return findLayer(project, kAssets);
}

VectorStyle MasterPlanOverlay::programmeStyle(const QVector<Pillar> &pillars)
{
    VectorStyle style;
    style.kind = StyleKind::Categorized;
    style.field = QStringLiteral("pillar_uuid");
    for (const Pillar &p : pillars) {
        Symbol s;
        s.fillColor = p.color;
        s.strokeColor = Qt::white;
        s.strokeWidthMm = 0.4;
        s.markerShape = MarkerShape::Square;
        s.markerSizeMm = 4.5;
        style.categories.push_back({p.uuid, QStringLiteral("%1 — %2").arg(p.nameEn, p.nameId), s, true});
    }
    return style;
}

VectorStyle MasterPlanOverlay::assetStyle()
{
    VectorStyle style;
    style.kind = StyleKind::Categorized;
    style.field = QStringLiteral("type");
    for (const QString &type : MasterPlanVocabulary::assetTypes())
        if (type != QLatin1String("application")) // applications have no place on the map
            style.categories.push_back({type, MasterPlanVocabulary::label(type), assetSymbol(type), true});
    return style;
}

bool MasterPlanOverlay::ensureLayers(Project &project, const QVector<Pillar> &pillars, QString *error)
{
    if (project.filePath().isEmpty()) {
        if (error) *error = tr("Save the project first: the master plan lives in the project file.");
        return false;
    }
    if (!assetsLayer(project)) {
        auto assets = load(project.filePath(), kAssets, error);
        if (!assets) return false;
        assets->setStyle(assetStyle());
        assets->setName(tr("ICT assets"));
        project.addLayer(assets);
    }
    if (!programmesLayer(project)) {
        auto programmes = load(project.filePath(), kProgrammes, error);
        if (!programmes) return false;
        programmes->setStyle(programmeStyle(pillars));
        programmes->setName(tr("Programme sites"));
        project.addLayer(programmes);
    }
    return true;
}

bool MasterPlanOverlay::reload(Project &project, QString *error)
{
    for (const QString &table : {kAssets, kProgrammes}) {
        auto layer = findLayer(project, table);
        if (!layer) continue;
        auto fresh = load(project.filePath(), table, error);
        if (!fresh) return false;
        layer->setData(fresh->data());
        project.notifyLayerContentChanged(layer->id());
    }
    return true;
}

int MasterPlanOverlay::featureOf(const VectorLayer &layer, const QString &uuid)
{
    const VectorData &d = *layer.data();
    const int field = d.fieldIndex(QStringLiteral("uuid"));
    if (field < 0) return -1;
    for (std::size_t f = 0; f < d.featureCount(); ++f)
        if (d.attribute(f, field).toString() == uuid) return int(f);
    return -1;
}

QString MasterPlanOverlay::uuidOf(const VectorLayer &layer, uint32_t feature)
{
    const VectorData &d = *layer.data();
    const int field = d.fieldIndex(QStringLiteral("uuid"));
    return field < 0 || feature >= d.featureCount() ? QString() : d.attribute(feature, field).toString();
}

void MasterPlanOverlay::applyFilter(Project &project, const Filter &filter, const QVector<Programme> &programmes,
                                    const QVector<Asset> &assets)
{
    QHash<QString, const Programme *> programmeByUuid;
    QHash<QString, bool> programmeShown;
    for (const Programme &p : programmes) {
        programmeByUuid.insert(p.uuid, &p);
        programmeShown.insert(p.uuid, filter.accepts(p));
    }
    QHash<QString, bool> assetShown;
    for (const Asset &a : assets) assetShown.insert(a.uuid, filter.accepts(a, programmeByUuid.value(a.programmeUuid)));
    auto apply = [&](const std::shared_ptr<VectorLayer> &layer, const QHash<QString, bool> &shown) {
        if (!layer) return;
        if (filter.isEmpty()) {
            layer->setFeatureMask(nullptr);
        } else {
            auto mask = std::make_shared<std::vector<uint8_t>>(layer->featureCount(), 1);
            for (std::size_t f = 0; f < layer->featureCount(); ++f)
                (*mask)[f] = shown.value(uuidOf(*layer, uint32_t(f)), true) ? 1 : 0;
            layer->setFeatureMask(mask);
        }
        project.notifyLayerContentChanged(layer->id());
    };
    apply(programmesLayer(project), programmeShown);
    apply(assetsLayer(project), assetShown);
}

namespace {
// One class per value, a distinct colour each; lines take the colour too (as their stroke).
VectorStyle classes(const QString &field, const QList<std::pair<QString, QString>> &valuesAndLabels, const QList<QColor> &colors, bool square)
{
    VectorStyle style;
    style.kind = StyleKind::Categorized;
    style.field = field;
    const auto palette = ColorRamp::qualitative(int(valuesAndLabels.size()));
    for (int i = 0; i < valuesAndLabels.size(); ++i) {
        Symbol s;
        s.fillColor = i < colors.size() && colors[i].isValid() ? colors[i] : palette[i];
        s.strokeColor = s.fillColor.darker(150);
        s.strokeWidthMm = 0.5;
        s.markerShape = square ? MarkerShape::Square : MarkerShape::Circle;
        s.markerSizeMm = square ? 4.5 : 2.8;
        style.categories.push_back({valuesAndLabels[i].first, valuesAndLabels[i].second, s, true});
    }
    return style;
}
}

void MasterPlanOverlay::colourProgrammes(Project &project, ProgrammeColouring by, const QVector<Pillar> &pillars, const QVector<Stage> &stages)
{
    auto layer = programmesLayer(project);
    if (!layer) return;
    VectorStyle style;
    if (by == ProgrammeColouring::Pillar) {
        style = programmeStyle(pillars);
    } else if (by == ProgrammeColouring::Stage) {
        QList<std::pair<QString, QString>> values;
        for (const Stage &s : stages) values << std::pair(s.uuid, QStringLiteral("%1 (%2–%3)").arg(s.nameId).arg(s.firstYear).arg(s.lastYear));
        style = classes(QStringLiteral("stage_uuid"), values, {QColor(120, 170, 220), QColor(30, 80, 160)}, true);
    } else {
        QList<std::pair<QString, QString>> values;
        for (const QString &code : MasterPlanVocabulary::statuses()) values << std::pair(code, MasterPlanVocabulary::label(code));
        style = classes(QStringLiteral("status"), values, {QColor(60, 150, 60), QColor(230, 120, 20)}, true);
    }
    style.labels = layer->style().labels;
    layer->setStyle(style);
    project.notifyLayerChanged(layer->id());
}

void MasterPlanOverlay::colourAssets(Project &project, AssetColouring by, const QVector<Opd> &opds)
{
    auto layer = assetsLayer(project);
    if (!layer) return;
    VectorStyle style;
    if (by == AssetColouring::Type) {
        style = assetStyle();
    } else if (by == AssetColouring::Condition) {
        QList<std::pair<QString, QString>> values;
        for (const QString &code : MasterPlanVocabulary::conditions()) values << std::pair(code, MasterPlanVocabulary::label(code));
        values << std::pair(QString(), tr("Not inspected"));
        style = classes(QStringLiteral("condition"), values, {QColor(40, 160, 60), QColor(240, 170, 0), QColor(210, 30, 30), QColor(150, 150, 150)}, false);
    } else {
        QList<std::pair<QString, QString>> values;
        for (const Opd &o : opds) values << std::pair(o.uuid, o.shortName.isEmpty() ? o.name : o.shortName);
        style = classes(QStringLiteral("opd_uuid"), values, {}, false);
    }
    style.labels = layer->style().labels;
    layer->setStyle(style);
    project.notifyLayerChanged(layer->id());
}

namespace {
const QString kProgressField = QStringLiteral("kemajuan");
}

bool MasterPlanOverlay::isColouredByProgress(const Project &project)
{
    const auto layer = programmesLayer(project);
    return layer && layer->style().kind == StyleKind::Categorized && layer->style().field == kProgressField;
}

void MasterPlanOverlay::colourProgrammesByProgress(Project &project, const ProgressReport &report)
{
    auto layer = programmesLayer(project);
    if (!layer) return;
    QHash<QString, const ProgressReport::ItemRow *> rowOf;
    for (const auto &row : report.programmes) rowOf.insert(row.key, &row);
    // A copy of the sites with two more fields (or the same two refreshed).
    auto data = std::make_shared<VectorData>(*layer->data());
    int statusField = data->fieldIndex(kProgressField);
    if (statusField < 0) {
        statusField = int(data->fields.size());
        data->addField({kProgressField, QMetaType::QString});
        data->addField({QStringLiteral("capaian"), QMetaType::Double});
    }
    const int uuidField = data->fieldIndex(QStringLiteral("uuid"));
    for (std::size_t f = 0; f < data->featureCount(); ++f) {
        const auto *row = rowOf.value(data->attribute(f, uuidField).toString());
        data->setAttribute(f, statusField, ProgressReport::statusCode(row ? row->status : ProgressMath::Status::NoData));
        data->setAttribute(f, statusField + 1, row && row->achievement ? QVariant(*row->achievement) : QVariant(QMetaType(QMetaType::Double)));
    }
    layer->setData(data);

    VectorStyle style;
    style.kind = StyleKind::Categorized;
    style.field = kProgressField;
    for (const auto status : {ProgressMath::Status::OnTrack, ProgressMath::Status::AtRisk, ProgressMath::Status::Behind, ProgressMath::Status::NoData}) {
        Symbol s;
        s.fillColor = ProgressReport::statusColor(status);
        s.strokeColor = status == ProgressMath::Status::NoData ? QColor(90, 90, 90) : s.fillColor.darker(160);
        s.strokeWidthMm = 0.6;
        s.markerShape = MarkerShape::Square;
        s.markerSizeMm = 4.5;
        style.categories.push_back({ProgressReport::statusCode(status), ProgressReport::statusName(status), s, true});
    }
    style.labels = layer->style().labels;
    if (!(style == layer->style())) {
        layer->setStyle(style);
        project.notifyLayerChanged(layer->id());
    } else {
        project.notifyLayerContentChanged(layer->id());
    }
}

}
