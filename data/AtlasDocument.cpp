#include "AtlasDocument.h"

#include "CoordinateTransform.h"
#include "Feedback.h"
#include "MasterPlanVocabulary.h"
#include "ProgressReport.h"
#include "ReportMapFrame.h"
#include "ReportPainter.h"
#include "ReportProject.h"
#include "ReportWriter.h"
#include "VectorLayer.h"

#include <QDir>
#include <QLocale>
#include <QPainter>

namespace pilar {

AtlasDocument::Result AtlasDocument::write(const Options &options, Feedback *feedback)
{
    Result result;
    auto source = ReportProject::open(options, &result.error);
    if (!source) return result;
    const MasterPlanSnapshot &plan = source->plan;
    const auto kecamatanLayer = std::dynamic_pointer_cast<VectorLayer>(source->kecamatanLayer());
    if (!kecamatanLayer) {
        result.error = tr("%1: the project has no kecamatan boundaries to map.").arg(QDir::toNativeSeparators(options.projectPath));
        return result;
    }
    const QStringList codes = options.kecamatanCodes.isEmpty() ? plan.kecamatanCodes : options.kecamatanCodes;
    if (!source->checkKecamatan(codes, &result.error)) return result;
    const QDate at = options.at.isValid() ? options.at : (plan.latestRealisation().isValid() ? plan.latestRealisation() : QDate::currentDate());
    const auto grouped = ProgressReport::GroupedRealisations::of(plan);   // once for both
    const auto byKecamatan = ProgressReport::compute(plan, grouped, at, ProgressReport::GroupBy::Kecamatan, {}, false);
    const auto byProgramme = ProgressReport::compute(plan, grouped, at, ProgressReport::GroupBy::Pillar, {}, false);
    QHash<QString, QString> opdName, stageName;
    for (const Opd &o : plan.opds) opdName.insert(o.uuid, o.shortName.isEmpty() ? o.name : o.shortName);
    for (const Stage &s : plan.stages) stageName.insert(s.uuid, s.nameId);

    // Where each kecamatan lies, and a red patch of it for the key map.
    const VectorData &kd = *kecamatanLayer->data();
    const int codeField = kd.fieldIndex(QStringLiteral("code"));
    const CoordinateTransform toMap(kecamatanLayer->crs(), source->project->crs());
    auto featureOf = [&](const QString &code) {
        for (std::size_t f = 0; f < kd.featureCount(); ++f)
            if (kd.attribute(f, codeField).toString() == code) return int(f);
        return -1;
    };
    auto highlight = std::make_shared<VectorLayer>(kecamatanLayer->data());
    highlight->setCrs(kecamatanLayer->crs());
    highlight->setName(tr("This kecamatan"));
    VectorStyle red;
    red.symbol.fillColor = QColor(220, 40, 40, 200);
    red.symbol.strokeColor = QColor(150, 0, 0);
    highlight->setStyle(red);
    // The desa carry their names on the atlas maps.
    if (auto desa = std::dynamic_pointer_cast<VectorLayer>(source->layer(QStringLiteral("desa")))) {
        VectorStyle style = desa->style();
        style.labels.enabled = true;
        style.labels.field = QStringLiteral("name");
        style.labels.fontSizePt = 6.5;
        desa->setStyle(style);
    }
    std::vector<std::shared_ptr<Layer>> mainLayers;
    for (const auto &l : {source->layer(QStringLiteral("desa")), source->kecamatanLayer(), source->layer(QStringLiteral("mp_programmes")),
                          source->layer(QStringLiteral("mp_assets"))})
        if (l) {
            l->setVisible(true);
            mainLayers.push_back(l);
        }
    const QString dateText = QLocale().toString(at, QStringLiteral("d MMMM yyyy"));
    const QString title = tr("Kecamatan Atlas of ICT Assets and Programmes, as of %1").arg(dateText);

    auto layout = [&](ReportPainter &p) {
        p.newPage();
        p.letterhead();
        p.title(tr("KECAMATAN ATLAS\nICT ASSETS AND SMART-CITY PROGRAMMES"), 15);
        p.title(tr("As of %1").arg(dateText), 11);
        p.paragraph(tr("One section per kecamatan: its map with the desa, the programme sites and the ICT assets; a key map of the regency; "
                       "its assets by type and condition; the programmes that serve it (a programme without kecamatan serves the whole regency) "
                       "with their achievement there."));
        QVector<QStringList> contents;
        for (const QString &code : std::as_const(codes)) contents << QStringList{plan.kecamatanName(code), code};
        p.table({{tr("Kecamatan"), 3}, {tr("Code"), 2}}, contents);
        // The programmes of the whole regency serve every kecamatan: listed once, here.
        p.heading(tr("Programmes serving the whole regency"));
        QVector<QStringList> regencyRows;
        QVector<QColor> regencyColors;
        for (const Programme &programme : plan.programmes) {
            if (!programme.kecamatanCodes.isEmpty()) continue;
            const auto row = std::find_if(byProgramme.programmes.begin(), byProgramme.programmes.end(), [&](const auto &r) { return r.key == programme.uuid; });
            regencyRows << QStringList{QStringLiteral("%1\n%2").arg(programme.code, programme.name), opdName.value(programme.opdUuid),
                                       stageName.value(programme.stageUuid),
                                       row != byProgramme.programmes.end() && row->achievement ? QLocale().toString(*row->achievement, 'f', 1) : QStringLiteral("–"),
                                       row != byProgramme.programmes.end() ? ProgressReport::statusName(row->status) : QString()};
            regencyColors << (row != byProgramme.programmes.end() ? ProgressReport::statusColor(row->status) : QColor());
        }
        p.table({{tr("Programme"), 3.6}, {tr("OPD"), 1.8}, {tr("Stage"), 1.8}, {tr("Achieved %"), 1.2, Qt::AlignRight}, {tr("Status"), 1.5}},
                regencyRows, regencyColors);
        int n = 0;
        for (const QString &code : std::as_const(codes)) {
            if (Feedback::canceled(feedback)) return;
            if (!p.measuring()) Feedback::progress(feedback, 5 + 90.0 * n / std::max<qsizetype>(1, codes.size()), plan.kecamatanName(code));
            ++n;
            const int feature = featureOf(code);
            p.newPage();
            p.heading(tr("Kecamatan %1 (%2)").arg(plan.kecamatanName(code), code));
            const auto group = std::find_if(byKecamatan.groups.begin(), byKecamatan.groups.end(), [&](const auto &g) { return g.key == code; });
            int desaCount = 0;
            if (auto desa = std::dynamic_pointer_cast<VectorLayer>(source->layer(QStringLiteral("desa")))) {
                const int field = desa->data()->fieldIndex(QStringLiteral("code"));
                for (std::size_t f = 0; field >= 0 && f < desa->data()->featureCount(); ++f)
                    desaCount += desa->data()->attribute(f, field).toString().startsWith(code + QLatin1Char('.'));
            }
            if (group != byKecamatan.groups.end())
                p.paragraph(tr("%1 desa/kelurahan. %2; achievement %3 % against %4 % planned: %5.")
                                .arg(desaCount).arg(tr("%n programme(s) serve it", nullptr, group->programmes))
                                .arg(group->achievement ? QLocale().toString(*group->achievement, 'f', 1) : QStringLiteral("–"),
                                     QLocale().toString(group->planned, 'f', 1), ProgressReport::statusName(group->status)));
            const QRectF box = p.reserve(110);
            if (!p.measuring() && feature >= 0) {
                ReportMapFrame::Options map;
                map.extent = toMap.transformExtent(kd.featureBounds(feature)).buffered(0.08);
                map.crs = source->project->crs();
                map.layers = mainLayers;
                map.credits = ReportMapFrame::boundaryCredits();
                const double dpi = p.painter()->device()->logicalDpiX();
                ReportMapFrame::draw(*p.painter(), box, dpi, map, feedback);
                // The key map in the map's lower right corner: the regency, this kecamatan in red.
                auto mask = std::make_shared<std::vector<uint8_t>>(kd.featureCount(), 0);
                (*mask)[feature] = 1;
                highlight->setFeatureMask(mask);
                ReportMapFrame::Options key;
                key.extent = source->regency;
                key.crs = source->project->crs();
                key.layers = {source->kecamatanLayer(), highlight};
                key.legend = key.captions = key.decorations = key.labels = key.graticule = false;
                const double w = p.mm(32), h = p.mm(30);
                const QRectF keyBox(box.left() + box.width() * 0.7 - w - p.mm(3), box.bottom() - p.mm(9) - h, w, h);
                p.painter()->fillRect(keyBox, Qt::white);
                ReportMapFrame::draw(*p.painter(), keyBox, dpi, key, feedback);
            }
            // Its assets by type and condition.
            QMap<QString, std::array<int, 5>> counts; // total, baik, rusak ringan, rusak berat, not inspected
            for (const Asset &a : source->assets) {
                if (a.kecamatanCode != code && !a.desaCode.startsWith(code + QLatin1Char('.'))) continue;
                auto &c = counts[a.type];
                ++c[0];
                ++c[a.condition == QLatin1String("baik") ? 1 : a.condition == QLatin1String("rusak_ringan") ? 2 : a.condition == QLatin1String("rusak_berat") ? 3 : 4];
            }
            QVector<QStringList> assetRows;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                assetRows << QStringList{MasterPlanVocabulary::label(it.key()), QString::number(it.value()[0]), QString::number(it.value()[1]),
                                         QString::number(it.value()[2]), QString::number(it.value()[3]), QString::number(it.value()[4])};
            if (assetRows.isEmpty()) p.paragraph(tr("No ICT asset is recorded in this kecamatan."));
            else
                p.table({{tr("Asset type"), 3}, {tr("Total"), 1, Qt::AlignRight}, {MasterPlanVocabulary::label(QStringLiteral("baik")), 1.2, Qt::AlignRight},
                         {MasterPlanVocabulary::label(QStringLiteral("rusak_ringan")), 1.2, Qt::AlignRight},
                         {MasterPlanVocabulary::label(QStringLiteral("rusak_berat")), 1.2, Qt::AlignRight}, {tr("Not inspected"), 1.2, Qt::AlignRight}},
                        assetRows);
            // Its own programmes (those of the whole regency are listed at the start).
            QVector<QStringList> programmeRows;
            QVector<QColor> colors;
            for (const Programme &programme : plan.programmes) {
                if (!programme.kecamatanCodes.contains(code)) continue;
                const auto row = std::find_if(byProgramme.programmes.begin(), byProgramme.programmes.end(), [&](const auto &r) { return r.key == programme.uuid; });
                programmeRows << QStringList{QStringLiteral("%1\n%2").arg(programme.code, programme.name), opdName.value(programme.opdUuid),
                                             stageName.value(programme.stageUuid),
                                             programme.kecamatanCodes.isEmpty() ? tr("whole regency") : tr("this kecamatan"),
                                             row != byProgramme.programmes.end() && row->achievement ? QLocale().toString(*row->achievement, 'f', 1) : QStringLiteral("–"),
                                             row != byProgramme.programmes.end() ? ProgressReport::statusName(row->status) : QString()};
                colors << (row != byProgramme.programmes.end() ? ProgressReport::statusColor(row->status) : QColor());
            }
            if (programmeRows.isEmpty())
                p.paragraph(tr("No programme of its own; the programmes of the whole regency serve it."), 9, true);
            else
                p.table({{tr("Programme"), 3.4}, {tr("OPD"), 1.7}, {tr("Stage"), 1.7}, {tr("Serves"), 1.6}, {tr("Achieved %"), 1.2, Qt::AlignRight},
                         {tr("Status"), 1.5}},
                        programmeRows, colors);
            ++result.sections;
        }
        p.signature(options.signedOn.isValid() ? options.signedOn : QDate::currentDate());
    };
    static_cast<ReportWriter::Result &>(result) = ReportWriter::write(options.output, source->settings, title, [&](ReportPainter &p) {
        result.sections = 0;
        layout(p);
    }, feedback, options.printer);
    return result;
}

}
