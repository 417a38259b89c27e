// Bahasa Indonesia first: the Indonesian translation covers every string in the sources.
#include "Translations.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString tsPath() { return QStringLiteral(PILAR_SOURCE_DIR "/resources/translations/pilar_id.ts"); }
    static QString englishTsPath() { return QStringLiteral(PILAR_SOURCE_DIR "/resources/translations/pilar_en.ts"); }

    struct Counts { int total = 0; int unfinished = 0; int empty = 0; QStringList examples; };

    static Counts count(const QString &file)
    {
        Counts c;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return c;
        QDomDocument doc;
        doc.setContent(&f);
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            const QString type = t.attribute(QStringLiteral("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) continue;
            ++c.total;
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            if (type == QLatin1String("unfinished")) { ++c.unfinished; if (c.examples.size() < 10) c.examples << source; }
            else if (t.text().isEmpty() && t.elementsByTagName(QStringLiteral("numerusform")).isEmpty()) {
                ++c.empty;
                if (c.examples.size() < 10) c.examples << source;
            }
        }
        return c;
    }

    // lupdate over today's sources into a copy of `ts`: what it finds untranslated.
    static Counts refreshed(const QString &ts, const QStringList &extraArguments)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy)) return Counts();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PILAR_SOURCE_DIR));
        lupdate.start(QStringLiteral(PILAR_LUPDATE), QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")}
                                                         + extraArguments
                                                         + QStringList{QStringLiteral("gis"), QStringLiteral("data"), QStringLiteral("gui"),
                                                                       QStringLiteral("app"), QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            Counts failed;
            failed.unfinished = -1;
            failed.examples << QStringLiteral("lupdate failed");
            return failed;
        }
        return count(copy);
    }

private slots:
    void indonesianIsComplete()
    {
        const Counts c = count(tsPath());
        QVERIFY(c.total > 100);
        QVERIFY2(c.unfinished == 0 && c.empty == 0, qPrintable(c.examples.join(QStringLiteral(" | "))));
    }

    void sourcesHaveNoUntranslatedStrings()
    {
        // lupdate over today's sources must find nothing the .ts files do not already translate:
        // every string in Indonesian, every plural in English.
        const Counts indonesian = refreshed(tsPath(), {});
        QVERIFY2(indonesian.unfinished == 0, qPrintable(QStringLiteral("untranslated: ") + indonesian.examples.join(QStringLiteral(" | "))));
        const Counts english = refreshed(englishTsPath(), {QStringLiteral("-pluralonly")});
        QVERIFY(english.total > 10);
        QVERIFY2(english.unfinished == 0, qPrintable(QStringLiteral("plurals without English forms: ") + english.examples.join(QStringLiteral(" | "))));
    }

    // Each English plural reads as its source with "(s)" made "s"; the singular has no "(s)" left.
    void englishPluralsFollowTheirSources()
    {
        QFile f(englishTsPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&f));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 10);
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomNodeList forms = m.firstChildElement(QStringLiteral("translation")).elementsByTagName(QStringLiteral("numerusform"));
            QVERIFY2(forms.size() == 2, qPrintable(source));
            const QString one = forms.at(0).toElement().text(), many = forms.at(1).toElement().text();
            QCOMPARE(many, QString(source).replace(QStringLiteral("(s)"), QStringLiteral("s")));
            QVERIFY2(!one.contains(QStringLiteral("(s)")) && !one.isEmpty() && one.size() <= source.size(), qPrintable(one));
        }
    }

    // In English a count reads "1 row" and "3 rows", not "row(s)".
    void englishCountsInWords()
    {
        pilar::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("pilar::MasterPlanImport", "%n empty row(s) skipped.", nullptr, 1), QStringLiteral("1 empty row skipped."));
        QCOMPARE(QCoreApplication::translate("pilar::MasterPlanImport", "%n empty row(s) skipped.", nullptr, 3), QStringLiteral("3 empty rows skipped."));
        QCOMPARE(QCoreApplication::translate("pilar::MasterPlanImport", "%n empty row(s) skipped.", nullptr, 0), QStringLiteral("0 empty rows skipped."));
        QCOMPARE(QCoreApplication::translate("pilar::CheckinDialog", "%n conflict(s) wait for review.", nullptr, 1), QStringLiteral("1 conflict waits for review."));
        // Strings without a count stay the sources' own English.
        QCOMPARE(QCoreApplication::translate("pilar::DatasetOpener", "%1: file not found."), QStringLiteral("%1: file not found."));
        QCOMPARE(QLocale().toString(1234567.89, 'f', 2), QStringLiteral("1,234,567.89"));
    }

    void indonesianIsTheDefault()
    {
        qunsetenv("PILAR_LANG");
        QCoreApplication::setOrganizationName(QStringLiteral("PilarTest"));
        QCOMPARE(pilar::Translations::configuredLanguage(), QStringLiteral("id"));
        pilar::Translations::install(*QCoreApplication::instance(), QStringLiteral("id"));
        const QString translated = QCoreApplication::translate("pilar::DatasetOpener", "%1: file not found.");
        QCOMPARE(translated, QStringLiteral("%1: berkas tidak ditemukan."));
        QCOMPARE(QLocale().toString(1234567.89, 'f', 2), QStringLiteral("1.234.567,89"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
