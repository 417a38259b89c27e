#include "SampleMasterPlan.h"

#include "MasterPlanStore.h"
#include "ProgressMath.h"

#include <QRandomGenerator>

#include <cmath>

namespace pilar {

namespace {
struct ProgrammeSpec
{
    const char *pillar;
    const char *stage;
    const char *name;
    const char *status;
    const char *opd;
    const char *funding;
    qint64 budget;
    int start, end;
    const char *horizon;
    const char *partner;   // may be empty
    const char *kecamatan; // comma list of kecamatan numbers (NN), or empty for regency-wide
};

// Sample programmes. Names and notes are data, stored once in Indonesian (with an English
// note that they are samples), not interface text to translate. Budgets are illustrative; the command centre echoes the 2017 target of
// about Rp 15 billion, the BNI cooperation the 2019 agreement (DOMAIN.md).
const ProgrammeSpec kProgrammes[] = {
    {"GOV", "DASAR", "Command Center Purbalingga", "ditambahkan", "DINKOMINFO", "apbd_kab", 15000000000, 2019, 2021, "medium", "BNI", "05"},
    {"GOV", "DASAR", "Jaringan fiber optik antar-OPD", "ditambahkan", "DINKOMINFO", "apbd_kab", 2500000000, 2019, 2020, "short", "TELKOM", ""},
    {"GOV", "DASAR", "Layanan administrasi kependudukan daring", "diperkuat", "DINDUKCAPIL", "apbn", 850000000, 2020, 2021, "short", "", ""},
    {"GOV", "LANJUTAN", "Perizinan terpadu daring (OSS daerah)", "diperkuat", "DPMPTSP", "apbd_kab", 600000000, 2022, 2023, "short", "", "05"},
    {"GOV", "LANJUTAN", "E-planning dan e-budgeting terintegrasi", "diperkuat", "BAPPELITBANGDA", "apbd_kab", 750000000, 2022, 2023, "medium", "", ""},
    {"BRA", "DASAR", "Portal pariwisata Purbalingga", "ditambahkan", "DINKOMINFO", "apbd_kab", 300000000, 2019, 2020, "quick_win", "", "16,17"},
    {"BRA", "LANJUTAN", "Promosi digital produk unggulan daerah", "diperkuat", "DPMPTSP", "apbd_prov", 450000000, 2022, 2023, "short", "UNSOED", ""},
    {"BRA", "LANJUTAN", "Penataan wajah kota alun-alun (WiFi dan CCTV)", "diperkuat", "DINKOMINFO", "apbd_kab", 900000000, 2022, 2023, "short", "", "05"},
    {"ECO", "DASAR", "Transaksi non-tunai pasar tradisional", "ditambahkan", "DPMPTSP", "csr", 1200000000, 2019, 2021, "medium", "BNI", "05,03,02"},
    {"ECO", "DASAR", "Pajak daerah daring", "diperkuat", "BAPPELITBANGDA", "apbd_kab", 500000000, 2020, 2021, "short", "BNI", ""},
    {"ECO", "LANJUTAN", "Marketplace UMKM Purbalingga", "ditambahkan", "DPMPTSP", "apbd_kab", 650000000, 2022, 2023, "short", "", ""},
    {"ECO", "LANJUTAN", "Kartu Purbalingga terintegrasi perbankan", "ditambahkan", "DINKOMINFO", "csr", 1000000000, 2022, 2023, "medium", "BNI", ""},
    {"SOC", "DASAR", "WiFi publik di balai desa", "ditambahkan", "DINKOMINFO", "apbd_kab", 1800000000, 2019, 2021, "medium", "TELKOM", ""},
    {"SOC", "DASAR", "Layanan pengaduan masyarakat daring", "diperkuat", "DINKOMINFO", "apbd_kab", 250000000, 2019, 2019, "quick_win", "", ""},
    {"SOC", "LANJUTAN", "Sekolah digital", "ditambahkan", "DINDIK", "apbn", 2200000000, 2022, 2023, "medium", "UNSOED", ""},
    {"SOC", "LANJUTAN", "CCTV keamanan lingkungan kecamatan", "diperkuat", "DINKOMINFO", "apbd_kab", 1100000000, 2022, 2023, "short", "", ""},
    {"LIV", "DASAR", "Sistem informasi puskesmas", "diperkuat", "DINKES", "apbn", 900000000, 2019, 2021, "medium", "", ""},
    {"LIV", "DASAR", "Pengaturan lalu lintas terpadu (ATCS)", "ditambahkan", "DINHUB", "apbd_prov", 2000000000, 2020, 2021, "medium", "", "05,04"},
    {"LIV", "LANJUTAN", "Layanan darurat 112 terintegrasi", "ditambahkan", "DINKES", "apbd_kab", 700000000, 2022, 2023, "short", "TELKOM", ""},
    {"LIV", "LANJUTAN", "Penerangan jalan umum pintar", "ditambahkan", "DINHUB", "apbd_kab", 1300000000, 2022, 2023, "medium", "", "05,06,07"},
    {"ENV", "DASAR", "Pemantauan kualitas air sungai", "ditambahkan", "DLH", "apbd_prov", 400000000, 2020, 2021, "short", "UNSOED", "11,12"},
    {"ENV", "DASAR", "Bank sampah digital", "diperkuat", "DLH", "csr", 200000000, 2019, 2020, "quick_win", "BNI", ""},
    {"ENV", "LANJUTAN", "Peringatan dini banjir dan longsor", "ditambahkan", "DLH", "apbn", 1500000000, 2022, 2023, "medium", "", "14,16,17,18"},
    {"ENV", "LANJUTAN", "PJU tenaga surya", "ditambahkan", "DLH", "apbd_kab", 800000000, 2022, 2023, "short", "", "08,09"},
};
}

bool SampleMasterPlan::populate(MasterPlanStore &store, const QVector<Place> &kecamatan, const QVector<Place> &desa, QString *error)
{
    QHash<QString, QString> pillar, stage, opd, partner;
    for (const auto &p : store.pillars()) pillar.insert(p.code, p.uuid);
    for (const auto &s : store.stages()) stage.insert(s.code, s.uuid);
    for (const auto &o : store.opds()) opd.insert(o.code, o.uuid);
    for (const auto &p : store.partners()) partner.insert(p.code, p.uuid);
    QHash<QString, QString> programmeByName;
    QRandomGenerator rng(2023);
    auto jitter = [&](QPointF p, double metres) {
        const double d = metres / 111320.0;
        return QPointF(p.x() + (rng.generateDouble() - 0.5) * 2 * d, p.y() + (rng.generateDouble() - 0.5) * 2 * d);
    };
    auto point = [](QPointF p) { return QStringLiteral("POINT (%1 %2)").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6); };

    store.begin();
    auto fail = [&](const QString &what, const QString &why) {
        store.rollback();
        if (error) *error = tr("The sample master plan could not be written (%1): %2").arg(what, why);
        return false;
    };
    int counters[6] = {};
    const QStringList pillarOrder = {QStringLiteral("GOV"), QStringLiteral("BRA"), QStringLiteral("ECO"), QStringLiteral("SOC"),
                                     QStringLiteral("LIV"), QStringLiteral("ENV")};
    for (const ProgrammeSpec &spec : kProgrammes) {
        const QString pillarCode = QString::fromLatin1(spec.pillar);
        Programme p;
        p.code = QStringLiteral("SAMPEL-%1-%2").arg(pillarCode).arg(++counters[pillarOrder.indexOf(pillarCode)], 2, 10, QLatin1Char('0'));
        p.name = QString::fromUtf8(spec.name);
        p.pillarUuid = pillar.value(pillarCode);
        p.stageUuid = stage.value(QString::fromLatin1(spec.stage));
        p.status = QString::fromLatin1(spec.status);
        p.opdUuid = opd.value(QString::fromLatin1(spec.opd));
        p.funding = QString::fromLatin1(spec.funding);
        p.budget = spec.budget;
        p.startYear = spec.start;
        p.endYear = spec.end;
        p.horizon = QString::fromLatin1(spec.horizon);
        if (qstrlen(spec.partner)) p.partnerUuids << partner.value(QString::fromLatin1(spec.partner));
        for (const QString &nn : QString::fromLatin1(spec.kecamatan).split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.kecamatanCodes << QStringLiteral("33.03.") + nn;
        // A programme in one kecamatan gets a site at its office.
        if (p.kecamatanCodes.size() == 1)
            for (const Place &k : kecamatan)
                if (k.code == p.kecamatanCodes.first()) p.geometryWkt = point(k.lonLat);
        if (p.name == QLatin1String("Command Center Purbalingga")) {
            p.activities = {{QString(), QString(), QStringLiteral("Penyusunan DED ruang Command Center"), 2019, 2019, 500000000, QString()},
                            {QString(), QString(), QStringLiteral("Pembangunan dan perangkat Command Center"), 2020, 2020, 11000000000, QString()},
                            {QString(), QString(), QStringLiteral("Integrasi CCTV dan dasbor layanan"), 2021, 2021, 3500000000, QString()}};
        } else if (p.name == QLatin1String("WiFi publik di balai desa")) {
            p.activities = {{QString(), QString(), QStringLiteral("Survei kelayakan lokasi balai desa"), 2019, 2019, 150000000, QString()},
                            {QString(), QString(), QStringLiteral("Pemasangan titik WiFi tahap 1"), 2020, 2020, 850000000, QString()},
                            {QString(), QString(), QStringLiteral("Pemasangan titik WiFi tahap 2"), 2021, 2021, 800000000, QString()}};
        }
        p.description = QStringLiteral("DATA SAMPEL — program contoh, bukan rencana resmi. / SAMPLE DATA — an illustrative programme, not an official plan.");
        p.sample = true;
        QString why;
        if (!store.save(p, &why)) return fail(p.code, why);
        programmeByName.insert(p.name, p.uuid);
    }

    // Indicators with baselines, yearly targets to 2023 and quarterly realisations to mid-2023
    // (the April 2023 assessment), each pillar at its own pace so the dashboard tells a story.
    static const QHash<QString, double> pace = {{QStringLiteral("GOV"), 1.02}, {QStringLiteral("BRA"), 0.97}, {QStringLiteral("ECO"), 0.78},
                                               {QStringLiteral("SOC"), 1.08}, {QStringLiteral("LIV"), 0.62}, {QStringLiteral("ENV"), 0.55}};
    struct Special { const char *programme, *name, *unit; double baseline, target; bool higher; };
    static const Special specials[] = {
        {"Command Center Purbalingga", "OPD terhubung ke Command Center", "%", 0, 100, true},
        {"WiFi publik di balai desa", "Titik WiFi publik aktif", "titik", 12, 120, true},
        {"CCTV keamanan lingkungan kecamatan", "CCTV terpasang dan aktif", "titik", 20, 60, true},
        {"Pajak daerah daring", "Transaksi pajak non-tunai", "%", 5, 60, true},
        {"Layanan darurat 112 terintegrasi", "Rata-rata waktu respons darurat", "menit", 30, 10, false},
        {"Pemantauan kualitas air sungai", "Titik pantau kualitas air daring", "titik", 0, 12, true},
    };
    const QDate asOf(2023, 6, 30);
    // Regency-wide programmes also report per kecamatan: the uplands far from town lag behind,
    // so the progress map has a story too (a pace from 1.15 in town down to 0.65 at the edge).
    const QPointF townCentre = [&] {
        for (const Place &k : kecamatan) if (k.code == QLatin1String("33.03.05")) return k.lonLat;
        return kecamatan.isEmpty() ? QPointF() : kecamatan.first().lonLat;
    }();
    double farthest = 1e-9;
    for (const Place &k : kecamatan) farthest = std::max(farthest, std::hypot(k.lonLat.x() - townCentre.x(), k.lonLat.y() - townCentre.y()));
    auto kecamatanPace = [&](const Place &k) {
        return 1.15 - 0.5 * std::hypot(k.lonLat.x() - townCentre.x(), k.lonLat.y() - townCentre.y()) / farthest;
    };
    QRandomGenerator localRng(33); // its own stream: the rest of the sample stays as it was
    auto quarterEnds = [&](int startYear) {
        QVector<QDate> dates;
        for (int quarter = 0;; ++quarter) {
            const QDate month = QDate(startYear, 3, 1).addMonths(3 * quarter);
            const QDate d(month.year(), month.month(), month.daysInMonth()); // the quarter's last day
            if (d > asOf) break;
            dates << d;
        }
        return dates;
    };
    for (const Programme &p : store.programmes()) {
        if (!p.sample) continue;
        Indicator ind;
        ind.programmeUuid = p.uuid;
        ind.name = QStringLiteral("Capaian output program");
        ind.unit = QStringLiteral("%");
        ind.baselineValue = 0;
        double finalTarget = 100;
        for (const Special &sp : specials)
            if (p.name == QLatin1String(sp.programme)) {
                ind.name = QString::fromUtf8(sp.name);
                ind.unit = QString::fromUtf8(sp.unit);
                ind.baselineValue = sp.baseline;
                finalTarget = sp.target;
                ind.higherIsBetter = sp.higher;
            }
        ind.baselineYear = p.startYear - 1;
        const int years = std::max(1, 2023 - p.startYear + 1);
        for (int y = p.startYear; y <= 2023; ++y)
            ind.targets.insert(y, ind.baselineValue + (finalTarget - ind.baselineValue) * (y - p.startYear + 1) / years);
        ind.sample = true;
        // Counts are shared out between the kecamatan; percentages and times hold in each.
        const bool isCount = ind.unit != QLatin1String("%") && ind.unit != QLatin1String("menit");
        const double share = isCount && !kecamatan.isEmpty() ? 1.0 / kecamatan.size() : 1.0;
        if (p.kecamatanCodes.isEmpty())
            for (const Place &k : kecamatan) {
                // Counts stay whole: a kecamatan has 3 hotspots, never 2.7.
                auto shareOf = [&](double v, double least) { return isCount ? std::max(least, std::round(v * share)) : v; };
                QMap<int, double> local{{ind.baselineYear, shareOf(ind.baselineValue, 0)}};
                for (auto it = ind.targets.begin(); it != ind.targets.end(); ++it) local.insert(it.key(), shareOf(it.value(), 1));
                ind.kecamatanTargets.insert(k.code, local);
            }
        QString why;
        if (!store.saveIndicator(ind, &why)) return fail(p.code, why);
        const QString pillarCode = [&] { for (const Pillar &x : store.pillars()) if (x.uuid == p.pillarUuid) return x.code; return QString(); }();
        const double factor = pace.value(pillarCode, 1.0);
        for (const Place &k : kecamatan) {
            const auto local = ProgressMath::forKecamatan(ind, k.code);
            if (!local) continue;
            for (const QDate &d : quarterEnds(p.startYear)) {
                const double planned = ProgressMath::plannedValue(*local, ProgressMath::yearFraction(d));
                const double noise = 1.0 + (localRng.generateDouble() - 0.5) * 0.08;
                const double value = local->baselineValue + (planned - local->baselineValue) * factor * kecamatanPace(k) * noise;
                const bool whole = local->unit != QLatin1String("%") && local->unit != QLatin1String("menit");
                Realisation r = Realisation::of(ind.uuid, whole ? std::round(value) : std::round(value * 10) / 10, d, k.code, QStringLiteral("DATA SAMPEL laporan kecamatan"),
                              QStringLiteral("pilar-demo"));
                if (!store.saveRealisation(r, &why)) return fail(p.code, why);
            }
        }
        for (const QDate &d : quarterEnds(p.startYear)) {
            const double planned = ProgressMath::plannedValue(ind, ProgressMath::yearFraction(d));
            const double noise = 1.0 + (rng.generateDouble() - 0.5) * 0.06;
            const double value = ind.baselineValue + (planned - ind.baselineValue) * factor * noise;
            Realisation r = Realisation::of(ind.uuid, std::round(value * 10) / 10, d, QString(), QStringLiteral("DATA SAMPEL e-Monev"),
                          QStringLiteral("pilar-demo"));
            if (!store.saveRealisation(r, &why)) return fail(p.code, why);
        }
        for (int y = p.startYear; y <= std::min(p.endYear, 2023); ++y) {
            const qint64 planned = p.budget / std::max(1, p.endYear - p.startYear + 1);
            BudgetRealisation b{QString(), p.uuid, y, planned, qint64(planned * std::min(1.0, factor * (0.9 + 0.1 * rng.generateDouble())))};
            if (!store.saveBudgetRealisation(b, &why)) return fail(p.code, why);
        }
    }

    int assetNo = 0;
    auto addAsset = [&](const QString &type, const QString &name, const QString &wkt, const QString &kecCode, const QString &desaCode,
                        const QString &programme, const QString &owner) {
        Asset a;
        a.code = QStringLiteral("SAMPEL-AST-%1").arg(++assetNo, 3, 10, QLatin1Char('0'));
        a.name = name;
        a.type = type;
        a.geometryWkt = wkt;
        a.kecamatanCode = kecCode;
        a.desaCode = desaCode;
        a.programmeUuid = programmeByName.value(programme);
        a.opdUuid = opd.value(owner);
        a.installDate = QDate(2019 + int(rng.bounded(5)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
        const quint32 roll = rng.bounded(100);
        a.condition = roll < 75 ? QStringLiteral("baik") : roll < 93 ? QStringLiteral("rusak_ringan") : QStringLiteral("rusak_berat");
        a.notes = QStringLiteral("DATA SAMPEL / SAMPLE DATA");
        a.sample = true;
        QString why;
        return store.save(a, &why) ? QString() : why;
    };
    const QPointF town = [&] {
        for (const Place &k : kecamatan) if (k.code == QLatin1String("33.03.05")) return k.lonLat;
        return kecamatan.isEmpty() ? QPointF(109.3634, -7.3886) : kecamatan.first().lonLat;
    }();
    QString why;
    for (const Place &k : kecamatan) {
        why = addAsset(QStringLiteral("wifi"), QStringLiteral("WiFi publik Kantor Kecamatan %1").arg(k.name), point(k.lonLat), k.code, QString(),
                       QStringLiteral("WiFi publik di balai desa"), QStringLiteral("DINKOMINFO"));
        if (!why.isEmpty()) return fail(k.name, why);
        // CCTV at crossings around each kecamatan town; more in Purbalingga town itself.
        const int cctv = k.code == QLatin1String("33.03.05") ? 10 : 2;
        for (int i = 0; i < cctv; ++i) {
            why = addAsset(QStringLiteral("cctv"), QStringLiteral("CCTV simpang %1 %2").arg(k.name).arg(i + 1), point(jitter(k.lonLat, 600)), k.code,
                           QString(), QStringLiteral("CCTV keamanan lingkungan kecamatan"), QStringLiteral("DINKOMINFO"));
            if (!why.isEmpty()) return fail(k.name, why);
        }
        if (k.code != QLatin1String("33.03.05")) {
            // The fibre backbone: from the town to each kecamatan office, bending once on the way.
            const QPointF mid = jitter((town + k.lonLat) / 2, 1500);
            const QString line = QStringLiteral("LINESTRING (%1 %2, %3 %4, %5 %6)")
                                     .arg(town.x(), 0, 'f', 6).arg(town.y(), 0, 'f', 6).arg(mid.x(), 0, 'f', 6).arg(mid.y(), 0, 'f', 6)
                                     .arg(k.lonLat.x(), 0, 'f', 6).arg(k.lonLat.y(), 0, 'f', 6);
            why = addAsset(QStringLiteral("fibre"), QStringLiteral("Jalur fiber optik Purbalingga – %1").arg(k.name), line, k.code, QString(),
                           QStringLiteral("Jaringan fiber optik antar-OPD"), QStringLiteral("DINKOMINFO"));
            if (!why.isEmpty()) return fail(k.name, why);
        }
    }
    // WiFi at every fourth village hall, a tower every tenth desa, street lights and sensors.
    for (int i = 0; i < desa.size(); ++i) {
        const Place &d = desa[i];
        const QString kec = d.code.left(8);
        if (i % 4 == 0)
            why = addAsset(QStringLiteral("wifi"), QStringLiteral("WiFi publik Balai Desa %1").arg(d.name), point(d.lonLat), kec, d.code,
                           QStringLiteral("WiFi publik di balai desa"), QStringLiteral("DINKOMINFO"));
        if (why.isEmpty() && i % 10 == 3)
            why = addAsset(QStringLiteral("tower"), QStringLiteral("Menara BTS %1").arg(d.name), point(jitter(d.lonLat, 800)), kec, d.code, QString(),
                           QStringLiteral("DINKOMINFO"));
        if (why.isEmpty() && i % 12 == 5)
            why = addAsset(QStringLiteral("street_light"), QStringLiteral("PJU pintar %1").arg(d.name), point(jitter(d.lonLat, 300)), kec, d.code,
                           QStringLiteral("Penerangan jalan umum pintar"), QStringLiteral("DINHUB"));
        if (why.isEmpty() && i % 20 == 7)
            why = addAsset(QStringLiteral("sensor"), QStringLiteral("Sensor tinggi muka air %1").arg(d.name), point(jitter(d.lonLat, 500)), kec, d.code,
                           QStringLiteral("Peringatan dini banjir dan longsor"), QStringLiteral("DLH"));
        if (why.isEmpty() && i % 16 == 2)
            why = addAsset(QStringLiteral("kiosk"), QStringLiteral("Anjungan layanan mandiri %1").arg(d.name), point(d.lonLat), kec, d.code,
                           QStringLiteral("Layanan administrasi kependudukan daring"), QStringLiteral("DINDUKCAPIL"));
        if (!why.isEmpty()) return fail(d.name, why);
    }
    why = addAsset(QStringLiteral("server_room"), QStringLiteral("Ruang server Command Center"), point(jitter(town, 150)), QStringLiteral("33.03.05"),
                   QString(), QStringLiteral("Command Center Purbalingga"), QStringLiteral("DINKOMINFO"));
    if (why.isEmpty())
        why = addAsset(QStringLiteral("server_room"), QStringLiteral("Ruang server Dinkominfo"), point(jitter(town, 300)), QStringLiteral("33.03.05"),
                       QString(), QString(), QStringLiteral("DINKOMINFO"));
    const char *apps[] = {"Aplikasi pengaduan masyarakat", "Aplikasi perizinan daring", "Aplikasi pajak daerah",
                          "Aplikasi sistem informasi puskesmas", "Aplikasi portal pariwisata", "Aplikasi marketplace UMKM"};
    const char *appProgrammes[] = {"Layanan pengaduan masyarakat daring", "Perizinan terpadu daring (OSS daerah)", "Pajak daerah daring",
                                   "Sistem informasi puskesmas", "Portal pariwisata Purbalingga", "Marketplace UMKM Purbalingga"};
    for (int i = 0; i < 6 && why.isEmpty(); ++i)
        why = addAsset(QStringLiteral("application"), QString::fromUtf8(apps[i]), QString(), QString(), QString(),
                       QString::fromUtf8(appProgrammes[i]), QStringLiteral("DINKOMINFO"));
    if (!why.isEmpty()) return fail(QStringLiteral("assets"), why);
    if (!store.commit()) return fail(QStringLiteral("commit"), store.connection().lastError());
    return true;
}

}
