#include "AssetListDocument.h"

#include "Feedback.h"
#include "MasterPlanOverlay.h"
#include "MasterPlanVocabulary.h"
#include "ReportMapFrame.h"
#include "ReportPainter.h"
#include "ReportProject.h"
#include "ReportWriter.h"
#include "VectorLayer.h"

#include <QLocale>
#include <QPainter>

#include <array>

namespace pilar {

AssetListDocument::Result AssetListDocument::write(const Options &options, Feedback *feedback)
{
    Result result;
    auto source = ReportProject::open(options, &result.error);
    if (!source) return result;
    const MasterPlanSnapshot &plan = source->plan;
    if (!source->checkKecamatan(options.kecamatanCodes, &result.error)) return result;
    QVector<const Asset *> assets;
    for (const Asset &a : source->assets) {
        if (options.at.isValid() && a.installDate.isValid() && a.installDate > options.at) continue;
        if (!options.kecamatanCodes.isEmpty() && !options.kecamatanCodes.contains(a.kecamatanCode)) continue;
        assets << &a;
    }
    // In kecamatan order, then by code, within each type.
    std::sort(assets.begin(), assets.end(), [](const Asset *a, const Asset *b) {
        return std::tie(a->type, a->kecamatanCode, a->code) < std::tie(b->type, b->kecamatanCode, b->code);
    });
    result.assets = int(assets.size());
    QHash<QString, QString> opdName, desaName;
    for (const Opd &o : plan.opds) opdName.insert(o.uuid, o.shortName.isEmpty() ? o.name : o.shortName);
    if (auto desa = std::dynamic_pointer_cast<VectorLayer>(source->layer(QStringLiteral("desa")))) {
        const int code = desa->data()->fieldIndex(QStringLiteral("code")), name = desa->data()->fieldIndex(QStringLiteral("name"));
        for (std::size_t f = 0; code >= 0 && name >= 0 && f < desa->data()->featureCount(); ++f)
            desaName.insert(desa->data()->attribute(f, code).toString(), desa->data()->attribute(f, name).toString());
    }
    // The map shows the assets listed, nothing else of the plan.
    QHash<QString, bool> listed;
    for (const Asset *a : assets) listed.insert(a->uuid, true);
    if (auto layer = MasterPlanOverlay::assetsLayer(*source->project)) {
        auto mask = std::make_shared<std::vector<uint8_t>>(layer->featureCount(), 0);
        for (std::size_t f = 0; f < layer->featureCount(); ++f) (*mask)[f] = listed.value(MasterPlanOverlay::uuidOf(*layer, uint32_t(f))) ? 1 : 0;
        layer->setFeatureMask(mask);
    }
    const QDate asOf = options.at.isValid() ? options.at : QDate::currentDate();
    const QString dateText = QLocale().toString(asOf, QStringLiteral("d MMMM yyyy"));
    const QString title = tr("ICT Asset Inventory, as of %1").arg(dateText);
    const QStringList conditions = MasterPlanVocabulary::conditions();

    auto layout = [&](ReportPainter &p) {
        p.newPage();
        p.letterhead();
        p.title(tr("ICT ASSET INVENTORY\nKABUPATEN PURBALINGGA"), 15);
        QStringList scope;
        for (const QString &code : options.kecamatanCodes) scope << plan.kecamatanName(code);
        p.title(scope.isEmpty() ? tr("As of %1").arg(dateText) : tr("Kecamatan %1, as of %2").arg(scope.join(QStringLiteral(", ")), dateText), 11);
        // Counts by type and condition, with the totals.
        QMap<QString, std::array<int, 5>> counts;
        std::array<int, 5> total{};
        for (const Asset *a : assets) {
            const int column = conditions.indexOf(a->condition) + 1; // 0 when not inspected
            auto &c = counts[a->type];
            ++c[0];
            ++c[column > 0 ? column : 4];
            ++total[0];
            ++total[column > 0 ? column : 4];
        }
        QVector<QStringList> rows;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            rows << QStringList{MasterPlanVocabulary::label(it.key()), QString::number(it.value()[0]), QString::number(it.value()[1]),
                                QString::number(it.value()[2]), QString::number(it.value()[3]), QString::number(it.value()[4])};
        rows << QStringList{tr("Total"), QString::number(total[0]), QString::number(total[1]), QString::number(total[2]),
                            QString::number(total[3]), QString::number(total[4])};
        p.heading(tr("1. Summary"));
        p.table({{tr("Asset type"), 3}, {tr("Total"), 1, Qt::AlignRight}, {MasterPlanVocabulary::label(conditions.value(0)), 1.2, Qt::AlignRight},
                 {MasterPlanVocabulary::label(conditions.value(1)), 1.2, Qt::AlignRight}, {MasterPlanVocabulary::label(conditions.value(2)), 1.2, Qt::AlignRight},
                 {tr("Not inspected"), 1.2, Qt::AlignRight}},
                rows);
        const QRectF box = p.reserve(std::min(120.0, (p.body().bottom() - p.y()) / p.mm(1) - 4));
        if (!p.measuring()) {
            ReportMapFrame::Options map;
            map.extent = source->regency;
            map.crs = source->project->crs();
            for (const auto &l : {source->kecamatanLayer(), source->layer(QStringLiteral("mp_assets"))})
                if (l) map.layers.push_back(l);
            map.credits = ReportMapFrame::boundaryCredits();
            ReportMapFrame::draw(*p.painter(), box, p.painter()->device()->logicalDpiX(), map, feedback);
        }
        // Then each type, in kecamatan order.
        int section = 2;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (Feedback::canceled(feedback)) return;
            if (!p.measuring()) Feedback::progress(feedback, 20 + 75.0 * (section - 2) / std::max<qsizetype>(1, counts.size()), MasterPlanVocabulary::label(it.key()));
            p.heading(tr("%1. %2 (%3)").arg(section++).arg(MasterPlanVocabulary::label(it.key())).arg(it.value()[0]));
            QVector<QStringList> list;
            QVector<QColor> colors;
            int n = 0;
            for (const Asset *a : assets) {
                if (a->type != it.key()) continue;
                list << QStringList{QString::number(++n), a->code, a->name, plan.kecamatanName(a->kecamatanCode), desaName.value(a->desaCode, a->desaCode),
                                    opdName.value(a->opdUuid), a->installDate.isValid() ? QString::number(a->installDate.year()) : QStringLiteral("–"),
                                    a->condition.isEmpty() ? tr("not inspected") : MasterPlanVocabulary::label(a->condition)};
                colors << (a->condition == QLatin1String("rusak_berat") ? QColor(210, 40, 40)
                           : a->condition == QLatin1String("rusak_ringan") ? QColor(240, 170, 0)
                           : a->condition == QLatin1String("baik") ? QColor(46, 150, 70) : QColor(160, 160, 160));
            }
            p.table({{tr("No."), 0.6, Qt::AlignRight}, {tr("Code"), 2.1}, {tr("Name"), 3.0}, {tr("Kecamatan"), 1.7}, {tr("Desa"), 1.5}, {tr("OPD"), 1.8},
                     {tr("Year"), 0.9, Qt::AlignRight}, {tr("Condition"), 1.3}},
                    list, colors);
        }
        p.signature(options.signedOn.isValid() ? options.signedOn : QDate::currentDate());
    };
    static_cast<ReportWriter::Result &>(result) = ReportWriter::write(options.output, source->settings, title, layout, feedback, options.printer);
    return result;
}

}
