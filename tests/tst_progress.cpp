// Progress maths with hand-computed cases, and the roll-ups on a project built here.
#include "MasterPlanStore.h"
#include "ProgressMath.h"
#include "ProgressReport.h"
#include "Project.h"
#include "ProjectFile.h"

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
        for (int y = 2019; y <= 2021; ++y) r.push_back({QString(), QString(), 10.0 * (y - 2019), QDate(y, 1, 1), {}, {}, {}});
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
            Realisation r{QString(), i.uuid, realised, QDate(2023, 12, 31), {}, QStringLiteral("SK Bupati"), QStringLiteral("budi")};
            QVERIFY(store.saveRealisation(r, &e));
        };
        indicator(a, 1, 120); // 120 % of the 2023 target, capped at 100 inside the programme
        indicator(a, 3, 50);  // 50 %
        indicator(b, 1, 80);  // 80 %

        const ProgressReport report = ProgressReport::compute(store, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar,
                                                              {QStringLiteral("33.03.01"), QStringLiteral("33.03.05"), QStringLiteral("33.03.09")});
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
        // Gap analysis.
        QCOMPARE(report.gaps.at(0).strengthens, 1);
        QCOMPARE(report.gaps.at(0).adds, 1);
        QCOMPARE(report.pillarsWithoutProgrammes.size(), 4);
        QCOMPARE(report.kecamatanWithoutProgrammes, QStringList{QStringLiteral("33.03.09")});

        // Kecamatan: a regency-wide programme counts everywhere.
        const ProgressReport byKecamatan = ProgressReport::compute(store, QDate(2024, 1, 1), ProgressReport::GroupBy::Kecamatan,
                                                                   {QStringLiteral("33.03.05"), QStringLiteral("33.03.09")});
        QCOMPARE(byKecamatan.groups.at(0).programmes, 2); // A and the regency-wide B
        QCOMPARE(byKecamatan.groups.at(1).programmes, 1); // only B

        // Thresholds come from the project settings.
        QVERIFY(store.database().exec(QStringLiteral("INSERT INTO pilar_project(key, value) VALUES ('progress_at_risk', '60')")));
        const ProgressReport lenient = ProgressReport::compute(store, QDate(2024, 1, 1), ProgressReport::GroupBy::Pillar);
        QCOMPARE(lenient.thresholds.atRisk, 60.0);
        QCOMPARE(std::find_if(lenient.programmes.begin(), lenient.programmes.end(), [](const auto &r) { return r.code == QLatin1String("A"); })->status,
                 ProgressMath::Status::AtRisk); // 62.5 % of plan ≥ 60
        QVERIFY(lenient.toCsv().startsWith(QStringLiteral("code,label,programmes,achievement")));
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
