// The layering rule, checked on the sources: gis and data never reach for widgets or
// the gui library, and gis knows nothing of data (the master plan, the project store).
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

    static QStringList sources(const QString &folder)
    {
        QStringList out;
        QDirIterator it(QStringLiteral(PILAR_SOURCE_DIR) + QLatin1Char('/') + folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("CMakeLists.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) out << it.next();
        return out;
    }

    static QStringList includes(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        QStringList out;
        static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                           QRegularExpression::MultilineOption);
        auto it = re.globalMatch(QString::fromUtf8(f.readAll()));
        while (it.hasNext()) out << it.next().captured(1);
        return out;
    }

    static QStringList localHeaders(const QString &folder)
    {
        QStringList out;
        for (const QString &s : sources(folder))
            if (s.endsWith(QLatin1String(".h"))) out << QFileInfo(s).fileName();
        return out;
    }

private slots:
    void noWidgetsInCoreLibraries_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("gis") << QStringLiteral("gis");
        QTest::newRow("data") << QStringLiteral("data");
    }

    void noWidgetsInCoreLibraries()
    {
        QFETCH(QString, folder);
        const QStringList files = sources(folder);
        QVERIFY2(files.size() > 3, "the folder should hold sources");
        static const QRegularExpression forbidden(
            QStringLiteral("^(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QAbstractButton|QLabel|"
                           "QFileDialog|QCustomPlot|qcustomplot\\.h|gui/)"));
        for (const QString &file : files) {
            if (file.endsWith(QLatin1String("CMakeLists.txt"))) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                QVERIFY2(!text.contains("Qt6::Widgets") && !text.contains("pilar_gui"),
                         qPrintable(file + QStringLiteral(" links Qt Widgets or the gui library")));
                continue;
            }
            for (const QString &inc : includes(file))
                QVERIFY2(!forbidden.match(inc).hasMatch(), qPrintable(file + QStringLiteral(" includes ") + inc));
        }
    }

    void gisKnowsNoData()
    {
        const QStringList gisHeaders = localHeaders(QStringLiteral("gis"));
        const QStringList dataHeaders = localHeaders(QStringLiteral("data"));
        const QStringList guiHeaders = localHeaders(QStringLiteral("gui"));
        for (const QString &file : sources(QStringLiteral("gis")))
            for (const QString &inc : includes(file)) {
                QVERIFY2(!dataHeaders.contains(inc) || gisHeaders.contains(inc), qPrintable(file + QStringLiteral(" includes data header ") + inc));
                QVERIFY2(!guiHeaders.contains(inc), qPrintable(file + QStringLiteral(" includes gui header ") + inc));
            }
        for (const QString &file : sources(QStringLiteral("data")))
            for (const QString &inc : includes(file))
                QVERIFY2(!guiHeaders.contains(inc) || dataHeaders.contains(inc) || gisHeaders.contains(inc),
                         qPrintable(file + QStringLiteral(" includes gui header ") + inc));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
