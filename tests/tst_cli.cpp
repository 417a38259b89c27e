// pilar-cli as a user runs it: exit codes, messages on stderr, real files out.
#include "SqliteDatabase.h"
#include "TestData.h"

#include <QFile>
#include <QImage>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using pilar::test::TestData;

// Counts rows with the sqlite3 shell, independently of Pilar's own reading.
struct SqliteDatabaseProbe
{
    QString path;
    explicit SqliteDatabaseProbe(const QString &p) : path(p) {}
    int count(const QString &sql) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {path, sql});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toInt();
    }
};

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run { int code; QString out; QString err; };

    Run cli(const QStringList &args, const QList<std::pair<QString, QString>> &environment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[key, value] : environment) env.insert(key, value);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PILAR_CLI_PATH), args);
        if (!p.waitForFinished(60000)) return {-1, {}, QStringLiteral("timeout")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &n) const { return m_dir.filePath(n); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = cli({QStringLiteral("demo"), path(QStringLiteral("demo.gpkg"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("GDAL 3.")));
        QVERIFY(r.out.contains(QStringLiteral("PROJ")));
        QVERIFY(r.out.contains(QStringLiteral("SQLite 3.")));
        for (const QString &cmd : {QStringLiteral("info"), QStringLiteral("render"), QStringLiteral("demo")}) {
            r = cli({cmd, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage")), qPrintable(r.out));
        }
        QCOMPARE(cli({}).code, 2);
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    }

    void infoOnTheDemo()
    {
        Run r = cli({QStringLiteral("info"), path(QStringLiteral("demo.gpkg")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("driver")).toString(), QStringLiteral("GPKG"));
        bool sawDesa = false;
        for (const auto &v : o.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject l = v.toObject();
            if (l.value(QStringLiteral("name")).toString() != QLatin1String("desa")) continue;
            sawDesa = true;
            QCOMPARE(l.value(QStringLiteral("featureCount")).toInt(), 239);
            QCOMPARE(l.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4326"));
            QCOMPARE(l.value(QStringLiteral("extent")).toArray().size(), 4);
        }
        QVERIFY(sawDesa);
        r = cli({QStringLiteral("info"), path(QStringLiteral("demo.gpkg"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Features: 239")));
    }

    void renderTheDemo()
    {
        const QString png = path(QStringLiteral("map.png"));
        Run r = cli({QStringLiteral("render"), path(QStringLiteral("demo.gpkg")), QStringLiteral("--out"), png,
                     QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage img(png);
        QCOMPARE(img.size(), QSize(640, 360));
        // The regency fills the middle; the corners are background.
        int coloured = 0;
        for (int x = 200; x < 440; x += 4) coloured += img.pixelColor(x, 180) != QColor(Qt::white);
        QVERIFY2(coloured > 40, qPrintable(QString::number(coloured)));
        QCOMPARE(img.pixelColor(630, 350), QColor(Qt::white));

        // Another CRS and an explicit extent (lon/lat around Purbalingga town).
        r = cli({QStringLiteral("render"), path(QStringLiteral("demo.gpkg")), QStringLiteral("--out"), png, QStringLiteral("--crs"),
                 QStringLiteral("EPSG:4326"), QStringLiteral("--extent"), QStringLiteral("109.33,-7.42,109.40,-7.36"),
                 QStringLiteral("--size"), QStringLiteral("300x300")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(300, 300));
    }

    void renderAnySourceAndTheCrsQuestion()
    {
        const QString shp = path(QStringLiteral("menara.shp"));
        QVERIFY(TestData::writeVector(shp, QStringLiteral("ESRI Shapefile"), QStringLiteral("menara"), 32749, {QStringLiteral("n:str")},
                                      {{QStringLiteral("POINT (319365 9182960)"), {QStringLiteral("BTS")}},
                                       {QStringLiteral("POINT (312423 9196825)"), {QStringLiteral("BTS 2")}}}));
        QFile::remove(path(QStringLiteral("menara.prj")));
        const QString png = path(QStringLiteral("menara.png"));
        Run r = cli({QStringLiteral("render"), shp, QStringLiteral("--out"), png});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("menara.shp")) && r.err.contains(QStringLiteral("EPSG:32749")) &&
                 r.err.contains(QStringLiteral("--source-crs")), qPrintable(r.err));
        r = cli({QStringLiteral("render"), shp, QStringLiteral("--out"), png, QStringLiteral("--source-crs"), QStringLiteral("EPSG:32749")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QImage(png).isNull());
    }

    void newValidateAndExport()
    {
        const QString project = path(QStringLiteral("rencana.gpkg"));
        Run r = cli({QStringLiteral("new"), project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("new"), project}); // never overwrites
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        r = cli({QStringLiteral("validate"), project, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("schemaVersion")).toInt(), 5);

        // The demo's sample plan validates, exports to every format, and a broken row is caught.
        const QString demo = path(QStringLiteral("demo.gpkg"));
        QCOMPARE(cli({QStringLiteral("validate"), demo}).code, 0);
        for (const QString &out : {QStringLiteral("program.csv"), QStringLiteral("program.xlsx"), QStringLiteral("program.geojson"),
                                   QStringLiteral("program.gpkg")}) {
            r = cli({QStringLiteral("export"), demo, QStringLiteral("--what"), QStringLiteral("programmes"), QStringLiteral("--out"), path(out)});
            QVERIFY2(r.code == 0, qPrintable(out + r.err));
            QVERIFY(r.out.contains(QStringLiteral("24 row")));
            r = cli({QStringLiteral("info"), path(out), QStringLiteral("--json")});
            QCOMPARE(r.code, 0);
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("layers")).toArray().first().toObject()
                         .value(QStringLiteral("featureCount")).toInt(), 24);
        }
        r = cli({QStringLiteral("export"), demo, QStringLiteral("--what"), QStringLiteral("assets"), QStringLiteral("--out"),
                 path(QStringLiteral("aset.csv"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csv(path(QStringLiteral("aset.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("code,name,type,opd"));
        QVERIFY(text.contains("LINESTRING"));
        QCOMPARE(cli({QStringLiteral("export"), demo, QStringLiteral("--what"), QStringLiteral("budget"), QStringLiteral("--out"),
                      path(QStringLiteral("x.csv"))}).code, 2);
        QCOMPARE(cli({QStringLiteral("export"), demo, QStringLiteral("--what"), QStringLiteral("assets"), QStringLiteral("--out"),
                      path(QStringLiteral("x.doc"))}).code, 1);

        {
            pilar::SqliteDatabase db;
            QVERIFY(db.open(demo));
            QVERIFY(db.exec(QStringLiteral("UPDATE mp_programmes SET start_year = 2030, end_year = 2031 WHERE code = 'SAMPEL-GOV-01'")));
        }
        r = cli({QStringLiteral("validate"), demo});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("SAMPEL-GOV-01")) && r.out.contains(QStringLiteral("2030")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("problem")) && r.err.contains(QStringLiteral("demo.gpkg")));
    }

    void progressOfTheSamplePlan()
    {
        const QString demo = path(QStringLiteral("kemajuan.gpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), demo}).code, 0);
        Run r = cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("2023-06-30"), QStringLiteral("--format"),
                     QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 6);
        // The sample tells a story: governance ahead, environment behind, every programme counted once.
        QHash<QString, QJsonObject> byCode;
        int programmes = 0;
        for (const auto &g : groups) {
            const QJsonObject o = g.toObject();
            byCode.insert(o.value(QStringLiteral("code")).toString(), o);
            programmes += o.value(QStringLiteral("programmes")).toInt();
            QCOMPARE(o.value(QStringLiteral("onTrack")).toInt() + o.value(QStringLiteral("atRisk")).toInt() +
                         o.value(QStringLiteral("behind")).toInt() + o.value(QStringLiteral("noData")).toInt(),
                     o.value(QStringLiteral("programmes")).toInt());
        }
        QCOMPARE(programmes, 24);
        QCOMPARE(byCode.value(QStringLiteral("GOV")).value(QStringLiteral("status")).toString(), QStringLiteral("on_track"));
        QCOMPARE(byCode.value(QStringLiteral("ENV")).value(QStringLiteral("status")).toString(), QStringLiteral("behind"));
        QVERIFY(byCode.value(QStringLiteral("ENV")).value(QStringLiteral("achievement")).toDouble() <
                byCode.value(QStringLiteral("GOV")).value(QStringLiteral("achievement")).toDouble());

        r = cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("2023-06-30"), QStringLiteral("--by"),
                 QStringLiteral("kecamatan"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 19); // header + 18 kecamatan
        QVERIFY(r.out.contains(QStringLiteral("33.03.05")));
        QCOMPARE(cli({QStringLiteral("progress"), demo, QStringLiteral("--by"), QStringLiteral("desa")}).code, 2);
        QCOMPARE(cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("kemarin")}).code, 2);
        r = cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("2023-06-30")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Lingkungan")));

        // The dashboard's filters: one pillar, one kecamatan (the sample's per-kecamatan reports count there).
        r = cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("2023-06-30"), QStringLiteral("--pillar"),
                 QStringLiteral("ENV"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject env = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(env.value(QStringLiteral("groups")).toArray().size(), 1);
        QCOMPARE(env.value(QStringLiteral("groups")).toArray().first().toObject().value(QStringLiteral("achievement")).toDouble(),
                 byCode.value(QStringLiteral("ENV")).value(QStringLiteral("achievement")).toDouble());
        QCOMPARE(env.value(QStringLiteral("programmes")).toArray().size(), byCode.value(QStringLiteral("ENV")).value(QStringLiteral("programmes")).toInt());
        r = cli({QStringLiteral("progress"), demo, QStringLiteral("--at"), QStringLiteral("2023-06-30"), QStringLiteral("--by"),
                 QStringLiteral("kecamatan"), QStringLiteral("--format"), QStringLiteral("json")});
        QHash<QString, double> kecamatan;
        for (const auto &g : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("groups")).toArray())
            kecamatan.insert(g.toObject().value(QStringLiteral("code")).toString(), g.toObject().value(QStringLiteral("achievement")).toDouble());
        QVERIFY(kecamatan.value(QStringLiteral("33.03.05")) > kecamatan.value(QStringLiteral("33.03.17"))); // town ahead of the uplands
        QCOMPARE(cli({QStringLiteral("progress"), demo, QStringLiteral("--pillar"), QStringLiteral("XYZ")}).code, 2);
        QCOMPARE(cli({QStringLiteral("progress"), demo, QStringLiteral("--kecamatan"), QStringLiteral("33.99.99")}).code, 2);

        // Realisations from an e-Monev sheet, then the same sheet again.
        const QString sheet = path(QStringLiteral("emonev.csv"));
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kode Program;Tahun;Triwulan;Realisasi;Sumber\nSAMPEL-GOV-01;2023;III;98;e-Monev TW III\n");
        f.close();
        r = cli({QStringLiteral("import"), demo, QStringLiteral("--realisations"), sheet});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 new")), qPrintable(r.out));
        r = cli({QStringLiteral("import"), demo, QStringLiteral("--realisations"), sheet});
        QVERIFY2(r.out.contains(QStringLiteral("1 already there")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("import"), demo, QStringLiteral("--realisations"), sheet, QStringLiteral("--assets"), sheet}).code, 2);
    }

    void progressReportAsPdf()
    {
        const QString demo = path(QStringLiteral("laporan.gpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), demo}).code, 0);
        const QString pdf = path(QStringLiteral("laporan-kemajuan.pdf"));
        Run r = cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("progress"), QStringLiteral("--out"), pdf,
                     QStringLiteral("--at"), QStringLiteral("2023-06-30")}, {{QStringLiteral("PILAR_LANG"), QStringLiteral("id")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("100 %"))); // progress was shown
        auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Creator:         Pilar")));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages >= 8); // summary, six pillars, the kecamatan map, what is behind
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("PEMERINTAH KABUPATEN PURBALINGGA")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")));
        QVERIFY(text.contains(QStringLiteral("LAPORAN KEMAJUAN SMART CITY")));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Rp 15.000.000.000")));     // the command centre's budget, Indonesian grouping
        QVERIFY(text.contains(QStringLiteral("30 Juni 2023")));
        QVERIFY(text.contains(QStringLiteral("Karangjambu")));           // the kecamatan table
        QVERIFY(text.contains(QStringLiteral("NIP.")));                  // the signature block
        QVERIFY(text.contains(QStringLiteral("Cahya DSN")));             // the boundaries credited
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(meta.contains(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")), qPrintable(meta)); // the author
        QVERIFY(meta.contains(QStringLiteral("<pdf:Keywords>Smart City; Purbalingga")));
        // The map page is a map: coloured kecamatan where the regency lies, not a blank page.
        const int mapPage = [&] {
            const QStringList byPage = text.split(QLatin1Char('\f'));
            for (int i = 0; i < byPage.size(); ++i) if (byPage[i].contains(QStringLiteral("Capaian per kecamatan"))) return i + 1;
            return -1;
        }();
        QVERIFY(mapPage > 0);
        const QString png = path(QStringLiteral("halaman-peta"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-f"), QString::number(mapPage),
                                         QStringLiteral("-l"), QString::number(mapPage), QStringLiteral("-singlefile"), pdf, png});
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        int coloured = 0;
        for (int y = page.height() / 10; y < page.height() / 2; y += 2)
            for (int x = 0; x < page.width() * 2 / 3; x += 2) {
                const QColor c = page.pixelColor(x, y);
                coloured += c.saturation() > 60; // the classes' reds, yellows and greens
            }
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));

        // In English, for one stage.
        const QString english = path(QStringLiteral("progress-en.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), demo, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--stage"), QStringLiteral("LANJUTAN"),
                      QStringLiteral("--out"), english, QStringLiteral("--at"), QStringLiteral("2023-06-30")}).code, 0);
        const QString englishText = run(QStringLiteral("pdftotext"), {english, QStringLiteral("-")});
        QVERIFY(englishText.contains(QStringLiteral("SMART CITY PROGRESS REPORT")));
        QVERIFY(englishText.contains(QStringLiteral("Page 1 of")));
        QVERIFY(englishText.contains(QStringLiteral("Of 12 programmes"))); // the second stage's
        QCOMPARE(cli({QStringLiteral("report"), demo, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), english}).code, 2);
        // F4 paper, landscape: 215 × 330 mm turned.
        const QString f4 = path(QStringLiteral("laporan-f4.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), demo, QStringLiteral("--out"), f4, QStringLiteral("--paper"), QStringLiteral("F4"),
                      QStringLiteral("--landscape")}).code, 0);
        QVERIFY2(run(QStringLiteral("pdfinfo"), {f4}).contains(QStringLiteral("935 x 609 pts")), qPrintable(run(QStringLiteral("pdfinfo"), {f4})));
        // Bad requests: a message and a non-zero exit, and no file.
        const QString none = path(QStringLiteral("tidak-ada.pdf"));
        QCOMPARE(cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("atlas-x"), QStringLiteral("--out"), none}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), demo, QStringLiteral("--out"), none, QStringLiteral("--paper"), QStringLiteral("A3")}).code, 2);
        r = cli({QStringLiteral("report"), demo, QStringLiteral("--out"), QStringLiteral("/proc/tidak-boleh/laporan.pdf")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("laporan.pdf")));
        QVERIFY(!QFileInfo::exists(none));
    }

    void kecamatanAtlas()
    {
        const QString demo = path(QStringLiteral("atlas.gpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), demo}).code, 0);
        const QString pdf = path(QStringLiteral("atlas-kecamatan.pdf"));
        Run r = cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("atlas"), QStringLiteral("--out"), pdf},
                    {{QStringLiteral("PILAR_LANG"), QStringLiteral("id")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() < 10 * 1024 * 1024); // small enough to mail to the field teams
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.waitForFinished(60000);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        const QStringList pages = content.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        // One section per kecamatan, each opening a page with its name and code.
        const QRegularExpression heading(QStringLiteral("^Kecamatan (\\S+) \\((33\\.03\\.\\d\\d)\\)"), QRegularExpression::MultilineOption);
        QStringList sections;
        for (const QString &page : pages)
            if (const auto m = heading.match(page); m.hasMatch()) sections << m.captured(2);
        QCOMPARE(sections.size(), 18);
        QCOMPARE(sections.first(), QStringLiteral("33.03.01"));
        QVERIFY(content.contains(QStringLiteral("Kecamatan Kutasari (33.03.07)")));
        QVERIFY(content.contains(QStringLiteral("Hotspot WiFi publik")));       // assets by type
        QVERIFY(content.contains(QStringLiteral("ATLAS KECAMATAN")));
        QVERIFY(content.contains(QStringLiteral("109°")) && content.contains(QStringLiteral("7°"))); // the graticule's labels
        QVERIFY(content.contains(QStringLiteral("Skala 1:")));
        QVERIFY(pages.last().contains(QStringLiteral("NIP.")));
        // A chosen few, and a code that is not the regency's.
        const QString two = path(QStringLiteral("atlas-dua.pdf"));
        r = cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("atlas"), QStringLiteral("--kecamatan"),
                 QStringLiteral("33.03.05,33.03.07"), QStringLiteral("--out"), two});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        text.start(QStringLiteral("pdftotext"), {two, QStringLiteral("-")});
        text.waitForFinished(60000);
        const QString few = QString::fromUtf8(text.readAllStandardOutput());
        QStringList chosen;
        for (const QString &page : few.split(QLatin1Char('\f')))
            if (const auto m = heading.match(page); m.hasMatch()) chosen << m.captured(2);
        QCOMPARE(chosen, (QStringList{QStringLiteral("33.03.05"), QStringLiteral("33.03.07")}));
        r = cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("atlas"), QStringLiteral("--kecamatan"),
                 QStringLiteral("33.03.99"), QStringLiteral("--out"), path(QStringLiteral("tidak.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("33.03.99")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("tidak.pdf"))));
    }

    void assetInventoryReport()
    {
        const QString demo = path(QStringLiteral("aset.gpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), demo}).code, 0);
        const QString pdf = path(QStringLiteral("daftar-aset.pdf"));
        Run r = cli({QStringLiteral("report"), demo, QStringLiteral("--template"), QStringLiteral("assets"), QStringLiteral("--out"), pdf,
                     QStringLiteral("--kecamatan"), QStringLiteral("33.03.05")},
                    {{QStringLiteral("PILAR_LANG"), QStringLiteral("id")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        text.waitForFinished(60000);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("DAFTAR ASET TIK")));
        QVERIFY(content.contains(QStringLiteral("Kecamatan Purbalingga")));
        // The summary's total equals the assets recorded in that kecamatan.
        SqliteDatabaseProbe probe(demo);
        const int expected = probe.count(QStringLiteral("SELECT count(*) FROM mp_assets WHERE kecamatan_code = '33.03.05'"));
        QVERIFY(expected > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("Jumlah\\s+%1\\s").arg(expected)).match(content).hasMatch(), qPrintable(content.left(3000)));
        QVERIFY(!content.contains(QStringLiteral("CCTV simpang Kemangkon"))); // another kecamatan's
    }

    void fieldPackageRoundTrip()
    {
        // The office copy, a package for Kecamatan Purbalingga, an edit on each side of one asset.
        const QString office = path(QStringLiteral("kantor lapangan.gpkg"));
        QCOMPARE(cli({QStringLiteral("demo"), office}).code, 0);   // a fresh demo: earlier cases break rows on purpose
        const QString package = path(QStringLiteral("paket budi.gpkg"));
        Run r = cli({QStringLiteral("checkout"), office, QStringLiteral("--kecamatan"), QStringLiteral("33.03.05"), QStringLiteral("--out"), package,
                     QStringLiteral("--officer"), QStringLiteral("Budi Santoso"), QStringLiteral("--laptop"), QStringLiteral("lap-07")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Budi Santoso")) && r.out.contains(QStringLiteral("33.03.05")), qPrintable(r.out));
        r = cli({QStringLiteral("validate"), package});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        SqliteDatabaseProbe field(package), desk(office);
        QProcess::execute(QStringLiteral("sqlite3"), {package, QStringLiteral("UPDATE mp_assets SET notes = 'lapangan', condition = 'rusak_ringan' "
                                                                             "WHERE code = 'SAMPEL-AST-017'")});
        QProcess::execute(QStringLiteral("sqlite3"), {office, QStringLiteral("UPDATE mp_assets SET notes = 'kantor' WHERE code = 'SAMPEL-AST-017'")});
        r = cli({QStringLiteral("changes"), package, QStringLiteral("--out"), path(QStringLiteral("budi.pilarchanges"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 change to send back.")) && r.out.contains(QStringLiteral("SAMPEL-AST-017 (condition, notes)")), qPrintable(r.out));
        QVERIFY(QFile::exists(path(QStringLiteral("budi.pilarchanges"))));

        r = cli({QStringLiteral("checkin"), office, path(QStringLiteral("budi.pilarchanges")), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("merged")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("fields_merged")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("officer")).toString(), QStringLiteral("Budi Santoso"));
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM mp_assets WHERE code = 'SAMPEL-AST-017' AND condition = 'rusak_ringan' AND notes = 'kantor'")), 1);
        // The package itself now: the same changes, nothing new.
        r = cli({QStringLiteral("checkin"), office, package});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("checked in before")), qPrintable(r.out));

        r = cli({QStringLiteral("conflicts"), office, QStringLiteral("--json")});
        const QJsonArray conflicts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.first().toObject();
        QCOMPARE(c.value(QStringLiteral("office")).toString(), QStringLiteral("kantor"));
        QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("lapangan"));
        r = cli({QStringLiteral("conflicts"), office, QStringLiteral("--resolve"), c.value(QStringLiteral("id")).toString().left(8),
                 QStringLiteral("--take"), QStringLiteral("field")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM mp_assets WHERE code = 'SAMPEL-AST-017' AND notes = 'lapangan'")), 1);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM pilar_sync_conflicts WHERE resolution = 'field' AND resolved_at IS NOT NULL")), 1);
        r = cli({QStringLiteral("conflicts"), office});
        QVERIFY(r.out.contains(QStringLiteral("No conflicts wait for review.")));

        // A fresh package after check-in carries the merged state and nothing to send.
        r = cli({QStringLiteral("checkout"), office, QStringLiteral("--refresh"), package});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(field.count(QStringLiteral("SELECT count(*) FROM mp_assets WHERE code = 'SAMPEL-AST-017' AND notes = 'lapangan'")), 1);
        QVERIFY(cli({QStringLiteral("changes"), package}).out.contains(QStringLiteral("0 changes to send back.")));

        // Each command's help names the command to type.
        r = cli({QStringLiteral("checkout"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: pilar-cli checkout [options] PROJECT")), qPrintable(r.out.left(80)));

        // Bad requests: a wrong command line exits 2, bad input 1 with the file named.
        QCOMPARE(cli({QStringLiteral("checkout"), office, QStringLiteral("--out"), package}).code, 2);
        QCOMPARE(cli({QStringLiteral("conflicts"), office, QStringLiteral("--resolve"), QStringLiteral("x"), QStringLiteral("--take"), QStringLiteral("both")}).code, 2);
        r = cli({QStringLiteral("checkout"), office, QStringLiteral("--kecamatan"), QStringLiteral("33.03.77"), QStringLiteral("--out"), path(QStringLiteral("x.gpkg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("33.03.77")), qPrintable(r.err));
        r = cli({QStringLiteral("checkin"), office, path(QStringLiteral("demo.gpkg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("demo.gpkg")) && r.err.contains(QStringLiteral("not a Pilar field package")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void badInputExitsNonZeroWithOneLine()
    {
        Run r = cli({QStringLiteral("info"), path(QStringLiteral("hilang.gpkg"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("hilang.gpkg")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);

        QVERIFY(TestData::writeText(path(QStringLiteral("rusak.gpkg")), QByteArray(4096, 'x')));
        r = cli({QStringLiteral("render"), path(QStringLiteral("rusak.gpkg")), QStringLiteral("--out"), path(QStringLiteral("x.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("rusak.gpkg")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.png"))));

        const QString demo = path(QStringLiteral("demo.gpkg"));
        QCOMPARE(cli({QStringLiteral("render"), demo}).code, 2);                                        // no --out
        QCOMPARE(cli({QStringLiteral("render"), demo, QStringLiteral("--out"), path(QStringLiteral("a.png")),
                      QStringLiteral("--size"), QStringLiteral("big")}).code, 2);
        QCOMPARE(cli({QStringLiteral("render"), demo, QStringLiteral("--out"), path(QStringLiteral("a.png")),
                      QStringLiteral("--extent"), QStringLiteral("1,2,3")}).code, 2);
        r = cli({QStringLiteral("render"), demo, QStringLiteral("--out"), path(QStringLiteral("a.png")), QStringLiteral("--crs"),
                 QStringLiteral("EPSG:999999")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("999999")));
        r = cli({QStringLiteral("render"), demo, QStringLiteral("--out"), path(QStringLiteral("nofolder/a.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("a.png")));

        // A file that is no table: one readable line naming it once.
        QVERIFY(TestData::writeText(path(QStringLiteral("catatan.txt")), "bukan tabel\n"));
        r = cli({QStringLiteral("import"), demo, QStringLiteral("--realisations"), path(QStringLiteral("catatan.txt"))});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QStringLiteral("catatan.txt")), 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
