// Progress maths with hand-computed cases, and the roll-ups on a project built here.
#include "DemoProject.h"
#include "MasterPlanImport.h"
#include "MasterPlanStore.h"
#include "ProgressMap.h"
#include "ProgressMath.h"
#include "ProgressReport.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "ProgressReportDocument.h"
#include "ReportSettings.h"
#include "Feedback.h"

#include "SqliteDatabase.h"
#include "VectorLayer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pilar;

class TestProgress : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void achievementHonoursTheDirection()
    {
        // Higher is better: public WiFi points from 10 toward 50.
        QCOMPARE(ProgressMath::achievement(10, 50, 30, true), 50.0);
        QCOMPARE(ProgressMath::achievement(10, 50, 60, true), 125.0); // over-achievement shown
        QCOMPARE(ProgressMath::achievement(10, 50, 5, true), 0.0);    // never below 0
        // Lower is better: households without broadband from 40 % toward 20 %.
        QCOMPARE(ProgressMath::achievement(40, 20, 30, false), 50.0);
        QCOMPARE(ProgressMath::achievement(40, 20, 10, false), 150.0);
        QCOMPARE(ProgressMath::achievement(40, 20, 45, false), 0.0);
        // A target equal to the baseline: met or not.
        QCOMPARE(ProgressMath::achievement(95, 95, 96, true), 100.0);
        QCOMPARE(ProgressMath::achievement(95, 95, 94, true), 0.0);
        QCOMPARE(ProgressMath::achievement(5, 5, 4, false), 100.0);
    }

    void plannedTrajectoryAndTargets()
    {
        Indicator i;
        i.baselineValue = 0;
        i.baselineYear = 2018;
        i.targets = {{2019, 10}, {2020, 30}};
        QCOMPARE(ProgressMath::plannedValue(i, 2019.0), 0.0);
        QCOMPARE(ProgressMath::plannedValue(i, 2019.5), 5.0);
        QCOMPARE(ProgressMath::plannedValue(i, 2020.0), 10.0);
        QCOMPARE(ProgressMath::plannedValue(i, 2020.5), 20.0);
        QCOMPARE(ProgressMath::plannedValue(i, 2023.0), 30.0);
        QCOMPARE(ProgressMath::targetForYear(i, 2018), 0.0);
        QCOMPARE(ProgressMath::targetForYear(i, 2020), 30.0);
        QCOMPARE(ProgressMath::targetForYear(i, 2023), 30.0); // the last target holds
        QCOMPARE(ProgressMath::yearFraction(QDate(2021, 1, 1)), 2021.0);
    }

    void forecastOnALinearSeries()
    {
        QVector<Realisation> r;
        for (int y = 2019; y <= 2021; ++y) r.push_back(Realisation::of(QString(), 10.0 * (y - 2019), QDate(y, 1, 1), {}, {}, {}));
        const auto f = ProgressMath::forecast(r, QDate(2022, 1, 1), 2024.0);
        QVERIFY(f);
        QVERIFY(std::abs(*f - 50.0) < 1e-9);
        QVERIFY(!ProgressMath::forecast(r.mid(0, 1), QDate(2022, 1, 1), 2024.0)); // one point is no trend
        QCOMPARE(ProgressMath::latest(r, QDate(2020, 6, 1))->value, 10.0);
        QVERIFY(!ProgressMath::latest(r, QDate(2018, 1, 1)));
    }

    void statusThresholds()
    {
        const ProgressMath::Thresholds t; // 90 / 70
        QCOMPARE(ProgressMath::status(46.0, 50, t), ProgressMath::Status::OnTrack); // 92 % of plan
        QCOMPARE(ProgressMath::status(40.0, 50, t), ProgressMath::Status::AtRisk);  // 80 %
        QCOMPARE(ProgressMath::status(30.0, 50, t), ProgressMath::Status::Behind);  // 60 %
        QCOMPARE(ProgressMath::status(std::nullopt, 50, t), ProgressMath::Status::NoData);
        QCOMPARE(ProgressMath::status(0.0, 0, t), ProgressMath::Status::OnTrack);   // nothing planned yet
    }

    void rollUpsOnABuiltProject()
    {
        Project project;
        const QString path = m_dir.filePath(QStringLiteral("kemajuan.gpkg"));
        QString error;
        QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
        MasterPlanStore store;
        QVERIFY(store.open(path, nullptr));
        const auto pillars = store.pillars();
        const auto stages = store.stages();
        auto programme = [&](const QString &code, int pillar, const QString &status, const QStringList &kecamatan) {
            Programme p;
            p.code = code; p.name = code; p.pillarUuid = pillars.at(pillar).uuid; p.stageUuid = stages.last().uuid;
            p.status = status; p.startYear = 2022; p.endYear = 2023; p.kecamatanCodes = kecamatan; p.budget = 100;
            QString e;
            if (!store.save(p, &e)) qWarning() << e;
            return p.uuid;
        };
        const QString a = programme(QStringLiteral("A"), 0, QStringLiteral("ditambahkan"), {QStringLiteral("33.03.05")});
        const QString b = programme(QStringLiteral("B"), 0, QStringLiteral("diperkuat"), {});
        programme(QStringLiteral("C"), 1, QStringLiteral("diperkuat"), {QStringLiteral("33.03.01")}); // no indicators: no data
        auto indicator = [&](const QString &programmeUuid, double weight, double realised) {
            Indicator i;
            i.programmeUuid = programmeUuid; i.name = QStringLiteral("i"); i.weight = weight;
            i.baselineValue = 0; i.baselineYear = 2021; i.targets = {{2022, 50}, {2023, 100}};
            QString e;
            QVERIFY(store.saveIndicator(i, &e));
            Realisation r = Realisation::of(i.uuid, realised, QDate(2023, 12, 31), {}, QStringLiteral("SK Bupati"), QStringLiteral("budi"));
            QVERIFY(store.saveRealisation(r, &e));
        };
        indicator(a, 1, 120); // 120 % of the 2023 target, capped at 100 inside the programme
        indicator(a, 3, 50);  // 50 %
        indicator(b, 1, 80);  // 80 %

        // This project has no boundary table: the regency's kecamatan are given here.
        MasterPlanSnapshot plan = MasterPlanSnapshot::read(store);
        plan.kecamatanCodes = {QStringLiteral("33.03.01"), QStringLiteral("33.03.05"), QStringLiteral("33.03.09")};
        const ProgressReport report = ProgressReport::compute(plan, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar);
        auto programmeRow = [&](const QString &code) {
            return *std::find_if(report.programmes.begin(), report.programmes.end(), [&](const auto &r) { return r.code == code; });
        };
        QCOMPARE(*programmeRow(QStringLiteral("A")).achievement, 62.5); // (1×100 + 3×50) / 4
        QCOMPARE(programmeRow(QStringLiteral("A")).planned, 100.0);     // at the end of 2023 all of the target is due
        QCOMPARE(programmeRow(QStringLiteral("A")).status, ProgressMath::Status::Behind);
        QCOMPARE(programmeRow(QStringLiteral("B")).status, ProgressMath::Status::AtRisk);
        QCOMPARE(programmeRow(QStringLiteral("C")).status, ProgressMath::Status::NoData);
        const auto &gov = report.groups.at(0);
        QCOMPARE(*gov.achievement, (62.5 + 80) / 2);
        QCOMPARE(gov.programmes, 2);
        QCOMPARE(gov.onTrack + gov.atRisk + gov.behind + gov.noData, gov.programmes); // roll-ups sum exactly
        QCOMPARE(gov.budget, 200);
        QCOMPARE(report.groups.at(1).noData, 1);
        QVERIFY(!report.groups.at(1).achievement);
        QVERIFY(!gov.forecast); // one value per indicator is no trend
        // Gap analysis.
        QCOMPARE(report.gaps.at(0).strengthens, 1);
        QCOMPARE(report.gaps.at(0).adds, 1);
        QCOMPARE(report.pillarsWithoutProgrammes.size(), 4);
        QCOMPARE(report.kecamatanWithoutProgrammes, QStringList{QStringLiteral("33.03.09")});

        // Kecamatan: a regency-wide programme counts everywhere.
        plan.kecamatanCodes = {QStringLiteral("33.03.05"), QStringLiteral("33.03.09")};
        const ProgressReport byKecamatan = ProgressReport::compute(plan, QDate(2024, 1, 1), ProgressReport::GroupBy::Kecamatan);
        QCOMPARE(byKecamatan.groups.at(0).programmes, 2); // A and the regency-wide B
        QCOMPARE(byKecamatan.groups.at(1).programmes, 1); // only B
        QCOMPARE(*byKecamatan.groups.at(0).achievement, (62.5 + 80) / 2);

        // The same filter as the map: one pillar, one kecamatan.
        MasterPlanFilter onePillar;
        onePillar.pillarUuid = pillars.at(0).uuid;
        const ProgressReport filtered = ProgressReport::compute(plan, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar, onePillar);
        QCOMPARE(filtered.groups.size(), 1);
        QCOMPARE(filtered.programmes.size(), 2);
        MasterPlanFilter inKemangkon;
        inKemangkon.kecamatanCode = QStringLiteral("33.03.01");
        const ProgressReport local = ProgressReport::compute(plan, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar, inKemangkon);
        QStringList codes;
        for (const auto &r : local.programmes) codes << r.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("B"), QStringLiteral("C")})); // A is in 33.03.05 only
        QCOMPARE(*local.groups.at(0).achievement, 80.0);
        MasterPlanFilter before2022;
        before2022.year = 2021;
        QVERIFY(ProgressReport::compute(plan, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar, before2022).programmes.isEmpty());

        // Targets of one kecamatan: A's second indicator has its own series in 33.03.05,
        // baseline 2 (listed at the baseline year), target 10 for 2023, realised 6 there.
        Indicator second = plan.indicators.at(1);
        second.kecamatanTargets.insert(QStringLiteral("33.03.05"), {{2021, 2}, {2023, 10}});
        QVERIFY(store.saveIndicator(second, &error));
        Realisation there = Realisation::of(second.uuid, 6, QDate(2023, 12, 1), QStringLiteral("33.03.05"), QStringLiteral("Laporan kecamatan"), {});
        QVERIFY(store.saveRealisation(there, &error));
        MasterPlanSnapshot withLocal = MasterPlanSnapshot::read(store);
        QCOMPARE(withLocal.indicators.at(1).kecamatanTargets.value(QStringLiteral("33.03.05")).value(2023), 10.0);
        withLocal.kecamatanCodes = plan.kecamatanCodes;
        const ProgressReport localTargets = ProgressReport::compute(withLocal, QDate(2024, 1, 1), ProgressReport::GroupBy::Kecamatan);
        // 6 realised there is (6−2)/(10−2) = 50 % of its own target, as regency-wide: A holds at 62.5 %.
        QCOMPARE(*localTargets.groups.at(0).achievement, (62.5 + 80) / 2);
        Realisation more = Realisation::of(second.uuid, 10, QDate(2023, 12, 15), QStringLiteral("33.03.05"), QStringLiteral("Laporan kecamatan"), {});
        QVERIFY(store.saveRealisation(more, &error)); // the kecamatan met its own target: 100 %
        withLocal = MasterPlanSnapshot::read(store);
        withLocal.kecamatanCodes = plan.kecamatanCodes;
        const ProgressReport met = ProgressReport::compute(withLocal, QDate(2024, 1, 1), ProgressReport::GroupBy::Kecamatan);
        QCOMPARE(*met.groups.at(0).achievement, (100.0 + 80) / 2); // A there: (1×100 + 3×100) / 4
        QCOMPARE(*met.groups.at(1).achievement, 80.0);              // 33.03.09 has only B
        // The regency-wide numbers ignore the kecamatan's own values.
        const ProgressReport regency = ProgressReport::compute(withLocal, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar);
        QCOMPARE(*regency.groups.at(0).achievement, (62.5 + 80) / 2);

        // A programme's forecast: its indicator's trend line at the plan's end, as achievement of the final target.
        const QString d = programme(QStringLiteral("D"), 2, QStringLiteral("ditambahkan"), {});
        Indicator trending;
        trending.programmeUuid = d; trending.name = QStringLiteral("Aplikasi terintegrasi"); trending.baselineYear = 2021;
        trending.targets = {{2023, 40}};
        QVERIFY(store.saveIndicator(trending, &error));
        QVector<Realisation> series;
        for (const auto &[date, value] : {std::pair(QDate(2022, 6, 30), 10.0), std::pair(QDate(2022, 12, 31), 16.0), std::pair(QDate(2023, 6, 30), 22.0)}) {
            Realisation r = Realisation::of(trending.uuid, value, date, {}, QStringLiteral("e-Monev"), {});
            QVERIFY(store.saveRealisation(r, &error));
            series << r;
        }
        const ProgressReport withTrend = ProgressReport::compute(store, QDate(2023, 6, 30), ProgressReport::GroupBy::Pillar);
        const auto dRow = std::find_if(withTrend.programmes.begin(), withTrend.programmes.end(), [](const auto &r) { return r.code == QLatin1String("D"); });
        const double expected = std::min(100.0, ProgressMath::achievement(0, 40, *ProgressMath::forecast(series, QDate(2023, 6, 30), 2024.0), true));
        QVERIFY(dRow->forecast);
        QCOMPARE(*dRow->forecast, expected);
        QVERIFY(expected > 60 && expected < 80); // ~12 a year from 22 in mid-2023: about 28 of 40 by the end of 2023
        QCOMPARE(*withTrend.groups.at(2).forecast, expected);   // the pillar's only programme with a trend

        // The trend from one snapshot equals a report at each quarter end.
        const auto points = ProgressReport::trend(withLocal, QDate(2023, 12, 31), ProgressReport::GroupBy::Pillar, {}, pillars.at(0).uuid);
        QCOMPARE(points.size(), 4 * (2023 - withLocal.firstYear() + 1));
        QCOMPARE(points.last().date, QDate(2023, 12, 31));
        const ProgressReport atEnd = ProgressReport::compute(store, QDate(2023, 12, 31), ProgressReport::GroupBy::Pillar, {}, true);
        QCOMPARE(points.last().actual, *atEnd.groups.at(0).achievement);
        QCOMPARE(points.last().planned, atEnd.groups.at(0).planned);
        QVERIFY(!points.first().hasData); // nothing realised in the plan's first quarter
        // Before the first report the programmes count as no progress while the plan climbs.
        const auto end2022 = std::find_if(points.begin(), points.end(), [](const auto &p) { return p.date == QDate(2022, 12, 31); });
        QVERIFY(end2022 != points.end());
        QCOMPARE(end2022->actual, 0.0);
        // The 2022 target (half of the final one) is due at the very end of 2022; 31 December is day 364 of 365 of it.
        QCOMPARE(end2022->planned, 50.0 * 364 / 365);

        // Thresholds come from the project settings.
        QVERIFY(!store.setProgressThresholds({50, 60}, &error)); // at risk above on track: refused
        QVERIFY(error.contains(QStringLiteral("0 < at risk < on track")));
        QVERIFY2(store.setProgressThresholds({90, 60}, &error), qPrintable(error));
        const ProgressReport lenient = ProgressReport::compute(store, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar);
        QCOMPARE(lenient.thresholds.atRisk, 60.0);
        QCOMPARE(std::find_if(lenient.programmes.begin(), lenient.programmes.end(), [](const auto &r) { return r.code == QLatin1String("A"); })->status,
                 ProgressMath::Status::AtRisk); // 62.5 % of plan ≥ 60
        QVERIFY(lenient.toCsv().startsWith(QStringLiteral("code,label,programmes,achievement")));
    }

    void progressMapOnTheDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("peta-kemajuan.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        MasterPlanStore store;
        QVERIFY(store.open(path, &error));
        const MasterPlanSnapshot plan = MasterPlanSnapshot::read(store);
        QCOMPARE(plan.kecamatanCodes.size(), 18);
        QCOMPARE(plan.kecamatanName(QStringLiteral("33.03.05")), QStringLiteral("Purbalingga"));
        const QVector<Asset> assets = store.assets();

        // Achievement per kecamatan: the kecamatan roll-up of the report, one area per kecamatan.
        ProgressMap::Options options;
        options.at = QDate(2022, 12, 31);
        auto layer = ProgressMap::build(path, plan, assets, options, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(int(layer->featureCount()), 18);
        const ProgressReport byKecamatan = ProgressReport::compute(plan, options.at, ProgressReport::GroupBy::Kecamatan);
        const VectorData &d = *layer->data();
        const int code = d.fieldIndex(QStringLiteral("code")), value = d.fieldIndex(QStringLiteral("nilai")), kelas = d.fieldIndex(QStringLiteral("kelas"));
        for (std::size_t f = 0; f < d.featureCount(); ++f) {
            const auto group = std::find_if(byKecamatan.groups.begin(), byKecamatan.groups.end(),
                                            [&](const auto &g) { return g.key == d.attribute(f, code).toString(); });
            QVERIFY(group != byKecamatan.groups.end());
            QVERIFY(group->achievement);
            QCOMPARE(d.attribute(f, value).toDouble(), *group->achievement);
            const double v = *group->achievement;
            const QString expected = v >= 100 ? QStringLiteral("a100") : v >= 75 ? QStringLiteral("a75") : v >= 50 ? QStringLiteral("a50")
                                   : v >= 25 ? QStringLiteral("a25") : QStringLiteral("a0");
            QCOMPARE(d.attribute(f, kelas).toString(), expected);
        }
        QCOMPARE(layer->style().field, QStringLiteral("kelas"));
        QCOMPARE(layer->style().categories.size(), 6); // five steps and "no data"

        // Coverage of public WiFi per kecamatan, counted by hand in SQL: desa with a hotspot installed
        // by the date. SQL knows only desa codes, so the assets placed by position wait for below.
        options.measure = ProgressMap::Measure::Coverage;
        options.assetType = QStringLiteral("wifi");
        options.at = QDate(2021, 12, 31);
        QVector<Asset> withDesaCode;
        for (const Asset &a : assets)
            if (!a.desaCode.isEmpty()) withDesaCode << a;
        QVERIFY(withDesaCode.size() < assets.size()); // the sample's kecamatan-office hotspots carry no desa code
        auto wifi = ProgressMap::build(path, plan, withDesaCode, options, &error);
        QVERIFY2(wifi, qPrintable(error));
        SqliteDatabase db;
        QVERIFY(db.open(path, true));
        QList<QVariantList> rows;
        QVERIFY(db.query(QStringLiteral("SELECT k.code, (SELECT count(*) FROM desa d WHERE d.code LIKE k.code || '.%'), "
                                        "(SELECT count(DISTINCT a.desa_code) FROM mp_assets a WHERE a.type = 'wifi' AND a.desa_code LIKE k.code || '.%' "
                                        "AND (a.install_date IS NULL OR a.install_date <= '2021-12-31')) FROM kecamatan_from_desa k"), {}, rows));
        QCOMPARE(rows.size(), 18);
        const VectorData &w = *wifi->data();
        int coveredSomewhere = 0;
        for (const auto &r : rows) {
            std::size_t feature = 0;
            while (feature < w.featureCount() && w.attribute(feature, 0).toString() != r[0].toString()) ++feature;
            QVERIFY(feature < w.featureCount());
            QCOMPARE(w.attribute(feature, w.fieldIndex(QStringLiteral("desa"))).toInt(), r[1].toInt());
            QCOMPARE(w.attribute(feature, w.fieldIndex(QStringLiteral("desa_terlayani"))).toInt(), r[2].toInt());
            QCOMPARE(w.attribute(feature, w.fieldIndex(QStringLiteral("nilai"))).toDouble(), 100.0 * r[2].toInt() / r[1].toInt());
            coveredSomewhere += r[2].toInt() > 0;
        }
        QVERIFY(coveredSomewhere > 0);
        // With every asset, the hotspots without a desa code are placed in the desa they stand in: never fewer.
        auto all = ProgressMap::build(path, plan, assets, options, &error);
        int coveredWith = 0, coveredWithout = 0;
        for (std::size_t f = 0; f < all->featureCount(); ++f) {
            coveredWith += all->data()->attribute(f, all->data()->fieldIndex(QStringLiteral("desa_terlayani"))).toInt();
            coveredWithout += w.attribute(f, w.fieldIndex(QStringLiteral("desa_terlayani"))).toInt();
        }
        QVERIFY(coveredWith > coveredWithout);

        // Per desa: counts of hotspots; an asset without a desa code is placed by its position.
        options.unit = ProgressMap::Unit::Desa;
        options.at = QDate(2030, 1, 1);
        auto perDesa = ProgressMap::build(path, plan, assets, options, &error);
        QVERIFY2(perDesa, qPrintable(error));
        const VectorData &pd = *perDesa->data();
        const int assetField = pd.fieldIndex(QStringLiteral("aset"));
        int total = 0;
        for (std::size_t f = 0; f < pd.featureCount(); ++f) total += pd.attribute(f, assetField).toInt();
        // Every hotspot lands in one desa (by code, or by position), none twice.
        QCOMPARE(total, db.scalar(QStringLiteral("SELECT count(*) FROM mp_assets WHERE type = 'wifi'")).toInt());
        const QPointF inside = pd.labelPoint(7); // a point surely inside the eighth desa
        Asset loose;
        loose.code = QStringLiteral("WIFI-TANPA-DESA");
        loose.name = QStringLiteral("Hotspot tanpa kode desa");
        loose.type = QStringLiteral("wifi");
        loose.opdUuid = plan.opds.first().uuid;
        loose.geometryWkt = QStringLiteral("POINT (%1 %2)").arg(inside.x(), 0, 'f', 7).arg(inside.y(), 0, 'f', 7);
        QVERIFY2(store.save(loose, &error), qPrintable(error));
        auto placed = ProgressMap::build(path, plan, store.assets(), options, &error);
        QCOMPARE(placed->data()->attribute(7, assetField).toInt(), pd.attribute(7, assetField).toInt() + 1);

        // A project without boundaries says so, naming the file.
        const QString bare = m_dir.filePath(QStringLiteral("tanpa-batas.gpkg"));
        Project project;
        QVERIFY(ProjectFile::save(project, bare, &error));
        QVERIFY(!ProgressMap::build(bare, plan, assets, {}, &error));
        QVERIFY(error.contains(bare) && error.contains(QStringLiteral("kecamatan")));
    }

    void importsRealisationsInTheEMonevLayout()
    {
        const QString path = m_dir.filePath(QStringLiteral("emonev.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        MasterPlanStore store;
        QVERIFY(store.open(path, &error));
        const MasterPlanSnapshot plan = MasterPlanSnapshot::read(store);
        auto programmeNamed = [&](const QString &name) {
            return *std::find_if(plan.programmes.begin(), plan.programmes.end(), [&](const Programme &p) { return p.name == name; });
        };
        const Programme wifi = programmeNamed(QStringLiteral("WiFi publik di balai desa"));
        const Programme centre = programmeNamed(QStringLiteral("Command Center Purbalingga"));
        const int before = int(plan.realisations.size());

        // Excel on Indonesian Windows: semicolons, decimal commas, Roman quarters, kecamatan by name.
        const QString csv = m_dir.filePath(QStringLiteral("emonev-2023-tw3.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Kode Program;Indikator;Tahun;Triwulan;Realisasi;Sumber Data;Kecamatan\n"
                                   "%1;Titik WiFi publik aktif;2023;III;101,5;e-Monev TW III 2023;\n"
                                   "%1;Titik WiFi publik aktif;2023;TW III;7;Laporan Kec. Bukateja;Bukateja\n"
                                   "%2;;2023;3;96;e-Monev TW III 2023;\n").arg(wifi.code, centre.code).toUtf8());
        }
        MasterPlanImport::Options options;
        options.projectPath = path;
        options.what = MasterPlanImport::What::Realisations;
        options.sourcePath = csv;
        options.userName = QStringLiteral("siti");
        MasterPlanImport::Result result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.toText()));
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.mapping.value(QStringLiteral("quarter")), QStringLiteral("Triwulan"));
        MasterPlanSnapshot after = MasterPlanSnapshot::read(store);
        QCOMPARE(int(after.realisations.size()), before + 3);
        const Realisation &regency = *std::find_if(after.realisations.begin(), after.realisations.end(), [](const Realisation &r) {
            return r.date == QDate(2023, 9, 30) && r.value == 101.5;
        });
        QCOMPARE(regency.kecamatanCode, QString());
        QCOMPARE(regency.enteredBy, QStringLiteral("siti"));
        QVERIFY(std::any_of(after.realisations.begin(), after.realisations.end(), [](const Realisation &r) {
            return r.date == QDate(2023, 9, 30) && r.value == 7 && r.kecamatanCode == QLatin1String("33.03.02"); // Bukateja
        }));
        // The programme with one indicator needs no indicator name.
        QVERIFY(std::any_of(after.realisations.begin(), after.realisations.end(), [](const Realisation &r) { return r.value == 96; }));

        // The same file again changes nothing.
        result = MasterPlanImport::run(options);
        QVERIFY(result.ok);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.unchanged, 3);
        QCOMPARE(MasterPlanSnapshot::read(store).realisations.size(), after.realisations.size());

        // A corrected value for a reported quarter: refused unless replacing; then replaced in place.
        const QString xlsx = m_dir.filePath(QStringLiteral("koreksi.xlsx"));
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
            QVERIFY(driver);
            GDALDatasetUniquePtr ds(driver->Create(xlsx.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *layer = ds->CreateLayer("realisasi", nullptr, wkbNone, nullptr);
            for (const char *name : {"kode_program", "tahun", "tw", "nilai", "sumber"}) {
                OGRFieldDefn field(name, OFTString);
                layer->CreateField(&field);
            }
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("kode_program", centre.code.toUtf8().constData());
            feature.SetField("tahun", "2023");
            feature.SetField("tw", "Triwulan 3");
            feature.SetField("nilai", "97,5");
            feature.SetField("sumber", "Koreksi e-Monev");
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
        options.sourcePath = xlsx;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY2(result.rejected.first().message.contains(QStringLiteral("replace")), qPrintable(result.rejected.first().message));
        options.replaceExisting = true;
        result = MasterPlanImport::run(options);
        QVERIFY2(result.ok, qPrintable(result.toText()));
        QCOMPARE(result.updated, 1);
        after = MasterPlanSnapshot::read(store);
        QCOMPARE(after.realisations.size(), before + 3);
        QVERIFY(std::any_of(after.realisations.begin(), after.realisations.end(), [](const Realisation &r) { return r.value == 97.5; }));

        // Bad rows: each named with its reason, and nothing is kept.
        const QString bad = m_dir.filePath(QStringLiteral("salah.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("kode_program,indikator,tahun,triwulan,realisasi,sumber\n"
                                   "%1,Titik WiFi publik aktif,2023,3,101.5,ok\n"
                                   "TIDAK-ADA,,2022,1,5,x\n"
                                   "%1,Titik WiFi publik aktif,2022,V,5,x\n"
                                   "%1,Titik WiFi publik aktif,2022,2,banyak,x\n"
                                   "%2,,2022,2,140,x\n"
                                   "%2,,2031,1,50,x\n"
                                   "%1,Indikator lain,2022,1,5,x\n").arg(wifi.code, centre.code).toUtf8());
        }
        options.sourcePath = bad;
        options.replaceExisting = false;
        result = MasterPlanImport::run(options);
        QVERIFY(!result.ok);
        QCOMPARE(result.inserted, 0);
        QStringList reasons;
        for (const auto &r : result.rejected) reasons << QStringLiteral("%1: %2").arg(r.row).arg(r.message);
        QCOMPARE(result.rejected.size(), 6);
        QVERIFY2(reasons.join('\n').contains(QStringLiteral("2: No programme has the code \"TIDAK-ADA\"")), qPrintable(reasons.join('\n')));
        QVERIFY(reasons.join('\n').contains(QStringLiteral("3: Give the year and the quarter")));
        QVERIFY(reasons.join('\n').contains(QStringLiteral("4: \"banyak\" is not a number")));
        QVERIFY(reasons.join('\n').contains(QStringLiteral("5: A percentage cannot exceed 100")));
        QVERIFY(reasons.join('\n').contains(QStringLiteral("6: The date 2031-03-31 lies outside the plan")));
        QVERIFY(reasons.join('\n').contains(QStringLiteral("7: Programme %1 has no indicator \"Indikator lain\"").arg(wifi.code)));
        QCOMPARE(MasterPlanSnapshot::read(store).realisations.size(), after.realisations.size()); // row 1 was fine, but all or nothing
    }

    void attachmentsStayInTheProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("lampiran.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        MasterPlanStore store;
        QVERIFY(store.open(path, &error));
        const Indicator indicator = store.indicators().first();
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(QColor(20, 120, 200));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        Realisation r = Realisation::of(indicator.uuid, 12, QDate(2023, 3, 31), {}, QStringLiteral("BAST 12/2023"), QStringLiteral("budi"));
        r.attachmentName = QStringLiteral("foto-lokasi.png");
        r.attachment = png;
        QVERIFY2(store.saveRealisation(r, &error), qPrintable(error));
        auto stored = [&] {
            const auto all = store.realisations();
            return *std::find_if(all.begin(), all.end(), [&](const Realisation &x) { return x.uuid == r.uuid; });
        };
        QCOMPARE(stored().attachmentName, QStringLiteral("foto-lokasi.png"));
        QCOMPARE(stored().attachmentSize, qint64(png.size()));
        QVERIFY(stored().attachment.isEmpty()); // the plan is read without the bytes
        QCOMPARE(store.realisationAttachment(r.uuid), png);
        // Changing the value without the bytes keeps the file; dropping the name drops it.
        Realisation edited = stored();
        edited.value = 13;
        QVERIFY(store.saveRealisation(edited, &error));
        QCOMPARE(store.realisationAttachment(r.uuid), png);
        edited.attachmentName.clear();
        QVERIFY(store.saveRealisation(edited, &error));
        QVERIFY(store.realisationAttachment(r.uuid).isEmpty());
        // Too large is refused with the limit named.
        Realisation huge = r;
        huge.uuid.clear();
        huge.attachment = QByteArray(int(MasterPlanStore::kMaxAttachmentBytes + 1), 'x');
        QVERIFY(!store.saveRealisation(huge, &error));
        QVERIFY(error.contains(QStringLiteral("25 MB")));
    }

    void validatorChecksProgressReferences()
    {
        const QString path = m_dir.filePath(QStringLiteral("periksa.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        QVERIFY2(ProjectValidator::validate(path).ok(), qPrintable(ProjectValidator::validate(path).toText()));
        MasterPlanStore store;
        QVERIFY(store.open(path, &error));
        // A deleted programme leaves its indicators for undo: a note, still valid.
        QVERIFY(store.removeProgramme(store.programmes().first().uuid, &error));
        ProjectValidator::Report report = ProjectValidator::validate(path);
        QVERIFY2(report.ok(), qPrintable(report.toText()));
        QVERIFY(!report.notes.isEmpty());
        QCOMPARE(report.notes.first().table, QStringLiteral("mp_indicators"));
        // A value of an indicator that does not exist is a fault.
        QVERIFY(store.database().exec(QStringLiteral("INSERT INTO mp_realisations(uuid, indicator_uuid, value, date) VALUES ('r-yatim', 'tidak-ada', 1, '2023-03-31')")));
        report = ProjectValidator::validate(path);
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.first().table, QStringLiteral("mp_realisations"));
        QCOMPARE(report.problems.first().row, QStringLiteral("r-yatim"));
    }

    void reportSettingsAndACancelledExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("laporan.gpkg"));
        QString error;
        QVERIFY2(DemoProject::create(path, &error), qPrintable(error));
        SqliteDatabase db;
        QVERIFY(db.open(path));
        ReportSettings settings = ReportSettings::load(db);
        QCOMPARE(settings.government, QStringLiteral("PEMERINTAH KABUPATEN PURBALINGGA"));
        settings.address = QStringLiteral("Jl. Contoh No. 1, Purbalingga");
        settings.paper = ReportSettings::Paper::F4;
        settings.marginsMm = QMarginsF(30, 20, 15, 20);
        QVERIFY(settings.save(db, &error));
        const ReportSettings again = ReportSettings::load(db);
        QCOMPARE(again.address, settings.address);
        QCOMPARE(again.paper, ReportSettings::Paper::F4);
        QCOMPARE(again.marginsMm, settings.marginsMm);
        QCOMPARE(again.pageSize().size(QPageSize::Millimeter), QSizeF(215, 330));
        // A damaged margin (by hand, or another tool) is held to what the dialog offers.
        settings.marginsMm = QMarginsF(1e300, -4, 20, 20);
        QVERIFY(settings.save(db, &error));
        QCOMPARE(ReportSettings::load(db).marginsMm, QMarginsF(ReportSettings::MaxMarginMm, ReportSettings::MinMarginMm, 20, 20));
        db.close();

        // Cancelled half-way: no file, not even a partial one.
        const QString pdf = m_dir.filePath(QStringLiteral("batal.pdf"));
        Feedback *self = nullptr;
        Feedback feedback([&](double percent, const QString &) { if (percent >= 30 && self) self->cancel(); });
        self = &feedback;
        ProgressReportDocument::Options options;
        options.projectPath = path;
        options.output = pdf;
        const auto result = ProgressReportDocument::write(options, &feedback);
        QVERIFY(!result.ok);
        QVERIFY(result.canceled);
        QVERIFY(!QFileInfo::exists(pdf));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("batal*")}, QDir::Files), QStringList());
        // Not cancelled, and without charts (the data library has none): the report is written.
        const auto written = ProgressReportDocument::write(options);
        QVERIFY2(written.ok, qPrintable(written.error));
        QVERIFY(written.pages >= 8);
        QVERIFY(QFileInfo(pdf).size() > 10000);
    }
};

QTEST_MAIN(TestProgress) // a QGuiApplication: reports lay text out with fonts
#include "tst_progress.moc"
