#include "ProgressMap.h"

#include "LayerLoader.h"
#include "MasterPlanVocabulary.h"
#include "ProgressReport.h"
#include "VectorLayer.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace pilar {

namespace {
struct LegendClass
{
    QString key;
    QString label;
    QColor color;
};

// Achievement: red to green in steps of a quarter of the target, over-achievement its own class.
QVector<LegendClass> achievementClasses()
{
    return {{QStringLiteral("a0"), ProgressMap::tr("below 25 %"), QColor(215, 48, 39)},
            {QStringLiteral("a25"), ProgressMap::tr("25 – 50 %"), QColor(252, 141, 89)},
            {QStringLiteral("a50"), ProgressMap::tr("50 – 75 %"), QColor(254, 224, 139)},
            {QStringLiteral("a75"), ProgressMap::tr("75 – 100 %"), QColor(145, 207, 96)},
            {QStringLiteral("a100"), ProgressMap::tr("target met (≥ 100 %)"), QColor(26, 152, 80)},
            {QStringLiteral("none"), ProgressMap::tr("no data"), QColor(205, 205, 205)}};
}

QVector<LegendClass> coverageClasses()
{
    return {{QStringLiteral("c0"), ProgressMap::tr("no desa covered"), QColor(240, 240, 240)},
            {QStringLiteral("c1"), ProgressMap::tr("up to 25 % of desa"), QColor(189, 215, 231)},
            {QStringLiteral("c25"), ProgressMap::tr("25 – 50 % of desa"), QColor(107, 174, 214)},
            {QStringLiteral("c50"), ProgressMap::tr("50 – 75 % of desa"), QColor(49, 130, 189)},
            {QStringLiteral("c75"), ProgressMap::tr("75 – 100 % of desa"), QColor(8, 81, 156)}};
}

QVector<LegendClass> countClasses()
{
    return {{QStringLiteral("n0"), ProgressMap::tr("none yet"), QColor(240, 240, 240)},
            {QStringLiteral("n1"), ProgressMap::tr("1"), QColor(158, 202, 225)},
            {QStringLiteral("n2"), ProgressMap::tr("2 – 3"), QColor(66, 146, 198)},
            {QStringLiteral("n4"), ProgressMap::tr("4 or more"), QColor(8, 69, 148)}};
}

QString achievementClass(const std::optional<double> &v)
{
    if (!v) return QStringLiteral("none");
    if (*v >= 100) return QStringLiteral("a100");
    if (*v >= 75) return QStringLiteral("a75");
    if (*v >= 50) return QStringLiteral("a50");
    if (*v >= 25) return QStringLiteral("a25");
    return QStringLiteral("a0");
}

QString coverageClass(double share)
{
    if (share <= 0) return QStringLiteral("c0");
    if (share <= 25) return QStringLiteral("c1");
    if (share <= 50) return QStringLiteral("c25");
    if (share <= 75) return QStringLiteral("c50");
    return QStringLiteral("c75");
}

QString countClass(int n)
{
    return n <= 0 ? QStringLiteral("n0") : n == 1 ? QStringLiteral("n1") : n <= 3 ? QStringLiteral("n2") : QStringLiteral("n4");
}

// The kecamatan of a desa: its code without the last part (33.03.05.2001 → 33.03.05).
QString kecamatanOf(const QString &desaCode)
{
    const int dot = desaCode.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? desaCode.left(dot) : QString();
}

std::optional<QPointF> pointOf(const QString &wkt)
{
    static const QRegularExpression point(QStringLiteral("^\\s*POINT\\s*Z?\\s*\\(\\s*([-0-9.eE+]+)\\s+([-0-9.eE+]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = point.match(wkt);
    if (!m.hasMatch()) return std::nullopt;
    return QPointF(m.captured(1).toDouble(), m.captured(2).toDouble());
}
}

std::shared_ptr<VectorLayer> ProgressMap::boundaries(const QString &projectPath, Unit unit, QString *error)
{
    const QStringList tables = unit == Unit::Desa ? QStringList{QStringLiteral("desa")}
                                                  : QStringList{QStringLiteral("kecamatan_from_desa"), QStringLiteral("kecamatan")};
    for (const QString &table : tables) {
        LayerLoader::Options options;
        options.layerName = table;
        auto result = LayerLoader::load(projectPath, options);
        if (result.layers.empty()) continue;
        auto layer = std::dynamic_pointer_cast<VectorLayer>(result.layers.front());
        if (layer && layer->data()->fieldIndex(QStringLiteral("code")) >= 0) return layer;
    }
    if (error)
        *error = unit == Unit::Desa ? tr("%1: the project has no desa boundaries (a table \"desa\" with a \"code\" field).").arg(projectPath)
                                    : tr("%1: the project has no kecamatan boundaries (a table \"kecamatan\" with a \"code\" field).").arg(projectPath);
    return nullptr;
}

QVector<ProgressMap::Area> ProgressMap::compute(const MasterPlanSnapshot &plan, const QVector<Asset> &assets, const VectorLayer &boundaries,
                                                const VectorLayer *desaLayer, const Options &options)
{
    const VectorData &d = *boundaries.data();
    const int codeField = d.fieldIndex(QStringLiteral("code"));
    const int nameField = d.fieldIndex(QStringLiteral("name"));
    QVector<Area> areas;
    areas.reserve(int(d.featureCount()));
    for (std::size_t f = 0; f < d.featureCount(); ++f) {
        Area a;
        a.code = codeField >= 0 ? d.attribute(f, codeField).toString() : QString();
        a.name = nameField >= 0 ? d.attribute(f, nameField).toString() : a.code;
        areas.push_back(a);
    }

    if (options.measure == Measure::Achievement) {
        // The kecamatan roll-up of the progress report (desa have no targets of their own).
        MasterPlanSnapshot scoped = plan;
        scoped.kecamatanCodes.clear();
        for (const Area &a : areas) scoped.kecamatanCodes << a.code;
        const ProgressReport report = ProgressReport::compute(scoped, options.at, ProgressReport::GroupBy::Kecamatan, options.filter);
        QHash<QString, const ProgressReport::ItemRow *> rowOf;
        for (const auto &g : report.groups) rowOf.insert(g.key, &g);
        for (Area &a : areas) {
            if (const auto *row = rowOf.value(a.code)) {
                a.value = row->achievement;
                a.status = row->status;
                a.programmes = row->programmes;
            }
            a.classKey = achievementClass(a.value);
        }
        return areas;
    }

    // Coverage: which desa have at least one asset of the type, installed by the date and
    // passing the filter. An asset without a desa code is placed by its position.
    QHash<QString, const Programme *> programmeByUuid;
    for (const Programme &p : plan.programmes) programmeByUuid.insert(p.uuid, &p);
    if (options.unit == Unit::Desa) desaLayer = &boundaries;
    const int desaCodeField = desaLayer ? desaLayer->data()->fieldIndex(QStringLiteral("code")) : -1;
    QHash<QString, int> assetsInDesa;
    for (const Asset &asset : assets) {
        if (asset.type != options.assetType) continue;
        if (options.at.isValid() && asset.installDate.isValid() && asset.installDate > options.at) continue;
        if (!options.filter.accepts(asset, programmeByUuid.value(asset.programmeUuid))) continue;
        QString desa = asset.desaCode;
        if (desa.isEmpty() && desaCodeField >= 0) {
            if (const auto point = pointOf(asset.geometryWkt)) {
                static const Crs wgs84 = Crs::fromEpsg(4326); // the master plan's geometry is in EPSG:4326
                const auto hits = desaLayer->featuresAt(wgs84, point->x(), point->y(), 0);
                if (!hits.empty()) desa = desaLayer->data()->attribute(hits.front(), desaCodeField).toString();
            }
        }
        if (!desa.isEmpty()) ++assetsInDesa[desa];
    }
    if (options.unit == Unit::Desa) {
        for (Area &a : areas) {
            a.assets = assetsInDesa.value(a.code);
            a.value = a.assets;
            a.desa = 1;
            a.coveredDesa = a.assets > 0 ? 1 : 0;
            a.classKey = countClass(a.assets);
        }
        return areas;
    }
    // Per kecamatan: the share of its desa covered. The desa of a kecamatan are counted from
    // the desa boundaries when the project has them, else from the desa the assets name.
    QHash<QString, QSet<QString>> desaOf;
    if (desaCodeField >= 0) {
        for (std::size_t f = 0; f < desaLayer->data()->featureCount(); ++f) {
            const QString desa = desaLayer->data()->attribute(f, desaCodeField).toString();
            desaOf[kecamatanOf(desa)].insert(desa);
        }
    } else {
        for (auto it = assetsInDesa.begin(); it != assetsInDesa.end(); ++it) desaOf[kecamatanOf(it.key())].insert(it.key());
    }
    for (Area &a : areas) {
        const QSet<QString> &desa = desaOf[a.code];
        a.desa = int(desa.size());
        for (const QString &code : desa) {
            const int n = assetsInDesa.value(code);
            a.assets += n;
            if (n > 0) ++a.coveredDesa;
        }
        a.value = a.desa ? 100.0 * a.coveredDesa / a.desa : 0.0;
        a.classKey = coverageClass(*a.value);
    }
    return areas;
}

std::shared_ptr<VectorLayer> ProgressMap::build(const QString &projectPath, const MasterPlanSnapshot &plan, const QVector<Asset> &assets,
                                                const Options &requested, QString *error, Boundaries *cache)
{
    Options options = requested;
    if (options.measure == Measure::Achievement) options.unit = Unit::Kecamatan;
    if (options.measure == Measure::Coverage && !MasterPlanVocabulary::assetTypes().contains(options.assetType)) {
        if (error) *error = tr("\"%1\" is not an asset type.").arg(options.assetType);
        return nullptr;
    }
    Boundaries local;
    Boundaries &read = cache ? *cache : local;
    if (read.projectPath != projectPath) read = Boundaries{projectPath, nullptr, nullptr};
    auto &areasLayer = options.unit == Unit::Desa ? read.desa : read.kecamatan;
    if (!areasLayer) areasLayer = boundaries(projectPath, options.unit, error);
    const auto source = areasLayer;
    if (!source) return nullptr;
    std::shared_ptr<VectorLayer> desa;
    if (options.measure == Measure::Coverage && options.unit == Unit::Kecamatan) {
        if (!read.desa) read.desa = boundaries(projectPath, Unit::Desa, nullptr);
        desa = read.desa;
    }
    const QVector<Area> areas = compute(plan, assets, *source, desa.get(), options);

    // The boundaries' geometry with the values as the only fields.
    auto data = std::make_shared<VectorData>(*source->data());
    data->setFields({{QStringLiteral("code"), QMetaType::QString}, {QStringLiteral("name"), QMetaType::QString},
                    {QStringLiteral("kelas"), QMetaType::QString}, {QStringLiteral("nilai"), QMetaType::Double},
                    {QStringLiteral("status"), QMetaType::QString}, {QStringLiteral("program"), QMetaType::Int},
                    {QStringLiteral("desa"), QMetaType::Int}, {QStringLiteral("desa_terlayani"), QMetaType::Int},
                    {QStringLiteral("aset"), QMetaType::Int}, {QStringLiteral("label"), QMetaType::QString}});
    const QLocale locale;
    for (const Area &a : areas) {
        QString label = a.name;
        if (options.measure == Measure::Achievement)
            label += a.value ? QStringLiteral(" %1 %").arg(locale.toString(*a.value, 'f', 0)) : QString();
        else if (options.unit == Unit::Kecamatan)
            label += QStringLiteral(" %1/%2").arg(a.coveredDesa).arg(a.desa);
        const QVariantList row = {a.code, a.name, a.classKey, a.value ? QVariant(*a.value) : QVariant(QMetaType(QMetaType::Double)),
                                  options.measure == Measure::Achievement ? ProgressReport::statusCode(a.status) : QString(), a.programmes,
                                  a.desa, a.coveredDesa, a.assets, label};
        for (int i = 0; i < row.size(); ++i) data->appendAttribute(i, row[i]);
    }

    auto layer = std::make_shared<VectorLayer>(data);
    layer->setCrs(source->crs());
    layer->setName(title(options));
    VectorStyle style;
    style.kind = StyleKind::Categorized;
    style.field = QStringLiteral("kelas");
    const auto classes = options.measure == Measure::Achievement ? achievementClasses()
                         : options.unit == Unit::Kecamatan       ? coverageClasses()
                                                                 : countClasses();
    for (const LegendClass &c : classes) {
        Symbol s;
        s.fillColor = c.color;
        s.strokeColor = QColor(90, 90, 90);
        s.strokeWidthMm = options.unit == Unit::Desa ? 0.1 : 0.3;
        style.categories.push_back({c.key, c.label, s, true});
    }
    style.labels.enabled = options.unit == Unit::Kecamatan;
    style.labels.field = QStringLiteral("label");
    style.labels.fontSizePt = 7.5;
    layer->setStyle(style);
    layer->setOpacity(0.85);
    return layer;
}

QString ProgressMap::title(const Options &o)
{
    const QString date = QLocale().toString(o.at, QLocale::ShortFormat);
    if (o.measure == Measure::Achievement) return tr("Achievement per kecamatan, %1").arg(date);
    const QString type = MasterPlanVocabulary::label(o.assetType);
    return o.unit == Unit::Kecamatan ? tr("Desa with %1 per kecamatan, %2").arg(type, date) : tr("%1 per desa, %2").arg(type, date);
}

}
