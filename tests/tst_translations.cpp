// Bahasa Indonesia first: the Indonesian translation covers every string in the sources.
#include "Translations.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString tsPath() { return QStringLiteral(PILAR_SOURCE_DIR "/resources/translations/pilar_id.ts"); }

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

private slots:
    void indonesianIsComplete()
    {
        const Counts c = count(tsPath());
        QVERIFY(c.total > 100);
        QVERIFY2(c.unfinished == 0 && c.empty == 0, qPrintable(c.examples.join(QStringLiteral(" | "))));
    }

    void sourcesHaveNoUntranslatedStrings()
    {
        // lupdate over today's sources must find nothing the .ts does not already translate.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("pilar_id.ts"));
        QVERIFY(QFile::copy(tsPath(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PILAR_SOURCE_DIR));
        lupdate.start(QStringLiteral(PILAR_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                      QStringLiteral("gis"), QStringLiteral("data"), QStringLiteral("gui"),
                                                      QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Counts c = count(copy);
        QVERIFY2(c.unfinished == 0, qPrintable(QStringLiteral("untranslated: ") + c.examples.join(QStringLiteral(" | "))));
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
