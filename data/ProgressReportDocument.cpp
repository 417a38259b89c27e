#include "ProgressReportDocument.h"

#include "CoordinateTransform.h"
#include "Feedback.h"
#include "MasterPlanOverlay.h"
#include "MasterPlanStore.h"
#include "ProgressMap.h"
#include "ProgressReport.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ReportCharts.h"
#include "ReportMapFrame.h"
#include "ReportPainter.h"
#include "ReportProject.h"
#include "ReportWriter.h"
#include "VectorLayer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pilar {

namespace {
QString rupiah(qint64 value)
{
    return QStringLiteral("Rp ") + QLocale(QLocale::Indonesian).toString(value);
}

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}
}

ProgressReportDocument::Result ProgressReportDocument::write(const Options &options, Feedback *feedback)
{
    Result result;
    auto source = ReportProject::open(options, &result.error);
    if (!source) return result;
    const MasterPlanSnapshot &plan = source->plan;
    const ReportSettings &settings = source->settings;
    Project &project = *source->project;
    const Extent regency = source->regency;
    const QDate at = options.at.isValid() ? options.at : (plan.latestRealisation().isValid() ? plan.latestRealisation() : QDate::currentDate());
    QString error;
    auto progressLayer = [&] {
        ProgressMap::Options o;
        o.at = at;
        o.filter = options.filter;
        o.filter.year = 0;
        return ProgressMap::build(options.projectPath, plan, source->assets, o, &error);
    }();
    // The realisations grouped once for every table and chart of the report (a province's
    // million reports were otherwise sorted again for each of them).
    const auto grouped = ProgressReport::GroupedRealisations::of(plan);
    const auto byPillar = ProgressReport::compute(plan, grouped, at, ProgressReport::GroupBy::Pillar, options.filter, false);
    const auto byStage = ProgressReport::compute(plan, grouped, at, ProgressReport::GroupBy::Stage, options.filter, false);
    const auto byKecamatan = ProgressReport::compute(plan, grouped, at, ProgressReport::GroupBy::Kecamatan, options.filter, false);
    QHash<QString, const Programme *> programmeByUuid;
    for (const Programme &p : plan.programmes) programmeByUuid.insert(p.uuid, &p);
    QHash<QString, QString> opdName;
    for (const Opd &o : plan.opds) opdName.insert(o.uuid, o.shortName.isEmpty() ? o.name : o.shortName);
    QHash<QString, qint64> realisedBudget;
    for (const BudgetRealisation &b : plan.budget) realisedBudget[b.programmeUuid] += b.realised;
    const QString dateText = QLocale().toString(at, QStringLiteral("d MMMM yyyy"));
    const QString footerTitle = tr("Smart City Progress Report, as of %1").arg(dateText);

    auto statusColumns = [](const ProgressReport &r, bool names) {
        QVector<QStringList> rows;
        QVector<QColor> colors;
        for (const auto &g : r.groups) {
            rows << QStringList{names ? QStringLiteral("%1 — %2").arg(g.code, g.label) : g.label, QString::number(g.programmes), percent(g.achievement),
                                QLocale().toString(g.planned, 'f', 1), QString::number(g.onTrack), QString::number(g.atRisk),
                                QString::number(g.behind), QString::number(g.noData), ProgressReport::statusName(g.status)};
            colors << ProgressReport::statusColor(g.status);
        }
        return std::pair(rows, colors);
    };
    const QVector<ReportPainter::Column> summaryColumns = {
        {tr("Group"), 2.6}, {tr("Programmes"), 1.5, Qt::AlignRight}, {tr("Achieved %"), 1.3, Qt::AlignRight}, {tr("Planned %"), 1.3, Qt::AlignRight},
        {tr("On track"), 1.2, Qt::AlignRight}, {tr("At risk"), 1.2, Qt::AlignRight}, {tr("Behind"), 1.2, Qt::AlignRight}, {tr("No data"), 1.2, Qt::AlignRight},
        {tr("Status"), 1.6}};

    auto drawMap = [&](ReportPainter &p, double heightMm, const std::vector<std::shared_ptr<Layer>> &layers) {
        const QRectF box = p.reserve(heightMm);
        if (p.measuring() || Feedback::canceled(feedback)) return;
        ReportMapFrame::Options map;
        map.extent = regency;
        map.crs = project.crs();
        map.layers = layers;
        map.credits = ReportMapFrame::boundaryCredits();
        ReportMapFrame::draw(*p.painter(), box, p.painter()->device()->logicalDpiX(), map, feedback);
    };

    // The whole document; run twice, measuring first so the footers know the page count.
    auto layout = [&](ReportPainter &p) {
        p.newPage();
        p.letterhead();
        p.title(tr("SMART CITY PROGRESS REPORT\nKABUPATEN PURBALINGGA"), 15);
        p.title(tr("As of %1").arg(dateText), 11);
        int counts[4] = {};
        for (const auto &r : byPillar.programmes) ++counts[int(r.status)];
        p.paragraph(tr("This report measures the programmes of the smart-city master plan against their targets for %1. "
                       "Of %2 programmes, %3 are on track, %4 at risk, %5 behind plan and %6 without reported values. "
                       "A programme is on track when its achievement reaches %7 % of what was planned by this date, at risk from %8 %.")
                        .arg(plan.finalYear()).arg(byPillar.programmes.size()).arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3])
                        .arg(byPillar.thresholds.onTrack).arg(byPillar.thresholds.atRisk));
        p.heading(tr("1. Achievement per pillar"));
        auto [pillarRows, pillarColors] = statusColumns(byPillar, true);
        p.table(summaryColumns, pillarRows, pillarColors);
        if (options.charts) {
            const QRectF box = p.reserve(65);
            if (!p.measuring()) options.charts->achievement(*p.painter(), box, byPillar, tr("Achievement against plan (%)"));
        }
        p.heading(tr("2. Achievement per stage"));
        auto [stageRows, stageColors] = statusColumns(byStage, false);
        p.table(summaryColumns, stageRows, stageColors);

        // A section per pillar.
        int section = 3;
        for (int i = 0; i < plan.pillars.size(); ++i) {
            const Pillar &pillar = plan.pillars[i];
            const auto group = std::find_if(byPillar.groups.begin(), byPillar.groups.end(), [&](const auto &g) { return g.key == pillar.uuid; });
            if (group == byPillar.groups.end() || group->programmes == 0) continue;
            if (!p.measuring()) Feedback::progress(feedback, 10 + 60.0 * i / std::max<qsizetype>(1, plan.pillars.size()), pillar.nameId);
            if (Feedback::canceled(feedback)) return;
            p.newPage();
            p.heading(tr("%1. Pillar %2 — %3 (%4)").arg(section++).arg(pillar.code, pillar.nameId, pillar.nameEn));
            p.paragraph(tr("Achievement %1 % against %2 % planned by the date: %3. Forecast for the end of %4: %5 % of the final target.")
                            .arg(percent(group->achievement), QLocale().toString(group->planned, 'f', 1), ProgressReport::statusName(group->status))
                            .arg(plan.finalYear()).arg(percent(group->forecast)));
            if (options.charts) {
                const QRectF box = p.reserve(55);
                if (!p.measuring())
                    options.charts->trend(*p.painter(), box, ProgressReport::trend(plan, grouped, at, ProgressReport::GroupBy::Pillar, options.filter, pillar.uuid),
                                          group->forecast, plan.firstYear(), plan.finalYear(), tr("Planned and actual over time (% of the final target)"));
            }
            QVector<QStringList> rows;
            QVector<QColor> colors;
            for (const auto &r : byPillar.programmes) {
                const Programme *programme = programmeByUuid.value(r.key);
                if (!programme || programme->pillarUuid != pillar.uuid) continue;
                rows << QStringList{QStringLiteral("%1\n%2").arg(r.code, r.label), opdName.value(programme->opdUuid), rupiah(programme->budget),
                                    rupiah(realisedBudget.value(r.key)), percent(r.achievement), ProgressReport::statusName(r.status)};
                colors << ProgressReport::statusColor(r.status);
            }
            p.table({{tr("Programme"), 3.0}, {tr("OPD"), 1.8}, {tr("Budget"), 2.7, Qt::AlignRight}, {tr("Realised"), 2.7, Qt::AlignRight},
                     {tr("Achieved %"), 1.2, Qt::AlignRight}, {tr("Status"), 1.6}},
                    rows, colors);
            // Its sites on the regency map.
            if (!p.measuring()) {
                MasterPlanFilter only = options.filter;
                only.pillarUuid = pillar.uuid;
                MasterPlanOverlay::applyFilter(project, only, plan.programmes, source->assets);
            }
            std::vector<std::shared_ptr<Layer>> layers;
            for (const auto &l : {source->kecamatanLayer(), source->layer(QStringLiteral("mp_assets")), source->layer(QStringLiteral("mp_programmes"))})
                if (l) layers.push_back(l);
            drawMap(p, std::min(100.0, (p.body().bottom() - p.y()) / p.mm(1) - 5), layers);
        }

        // The regency map of achievement per kecamatan.
        if (!p.measuring()) Feedback::progress(feedback, 75, tr("Map of achievement per kecamatan"));
        if (progressLayer) {
            p.newPage();
            p.heading(tr("%1. Achievement per kecamatan").arg(section++));
            std::vector<std::shared_ptr<Layer>> layers{progressLayer};
            drawMap(p, 125, layers);
            QVector<QStringList> rows;
            QVector<QColor> colors;
            for (const auto &g : byKecamatan.groups) {
                rows << QStringList{g.label, g.code, QString::number(g.programmes), percent(g.achievement), QLocale().toString(g.planned, 'f', 1),
                                    ProgressReport::statusName(g.status)};
                colors << ProgressReport::statusColor(g.status);
            }
            p.table({{tr("Kecamatan"), 2.5}, {tr("Code"), 1.5}, {tr("Programmes"), 1.2, Qt::AlignRight}, {tr("Achieved %"), 1.2, Qt::AlignRight},
                     {tr("Planned %"), 1.2, Qt::AlignRight}, {tr("Status"), 1.5}},
                    rows, colors);
        }

        // What is behind, and what is missing.
        p.heading(tr("%1. Programmes behind plan").arg(section++));
        QVector<const ProgressReport::ItemRow *> late;
        for (const auto &r : byPillar.programmes)
            if (r.achievement && (r.status == ProgressMath::Status::Behind || r.status == ProgressMath::Status::AtRisk)) late << &r;
        std::sort(late.begin(), late.end(), [](auto *a, auto *b) { return (*a->achievement - a->planned) < (*b->achievement - b->planned); });
        QVector<QStringList> lateRows;
        QVector<QColor> lateColors;
        for (const auto *r : late) {
            const Programme *programme = programmeByUuid.value(r->key);
            lateRows << QStringList{QStringLiteral("%1\n%2").arg(r->code, r->label), programme ? opdName.value(programme->opdUuid) : QString(),
                                    percent(r->achievement), QLocale().toString(r->planned, 'f', 1),
                                    QLocale().toString(*r->achievement - r->planned, 'f', 1), percent(r->forecast), ProgressReport::statusName(r->status)};
            lateColors << ProgressReport::statusColor(r->status);
        }
        if (lateRows.isEmpty()) p.paragraph(tr("No programme is behind plan."));
        else
            p.table({{tr("Programme"), 3.6}, {tr("OPD"), 1.9}, {tr("Achieved %"), 1.3, Qt::AlignRight}, {tr("Planned %"), 1.3, Qt::AlignRight},
                     {tr("Gap"), 1.1, Qt::AlignRight}, {tr("Forecast %"), 1.3, Qt::AlignRight}, {tr("Status"), 1.6}},
                    lateRows, lateColors);
        p.heading(tr("%1. Strengthened and added").arg(section++));
        QStringList gaps;
        for (const auto &g : byPillar.gaps) gaps << tr("%1: %2 strengthened, %3 added").arg(g.pillarCode).arg(g.strengthens).arg(g.adds);
        p.paragraph(gaps.join(QStringLiteral("; ")) + QLatin1Char('.'));
        if (!byPillar.pillarsWithoutProgrammes.isEmpty())
            p.paragraph(tr("Pillars without any programme: %1.").arg(byPillar.pillarsWithoutProgrammes.join(QStringLiteral(", "))));
        p.signature(options.signedOn.isValid() ? options.signedOn : QDate::currentDate());
    };

    return ReportWriter::write(options.output, settings, footerTitle, layout, feedback, options.printer);
}

}
