// The first start and the guide: the welcome screen's choices and language, a new project from
// the regency boundaries, and the user guide opening offline with its screenshots.
#include "GuideBrowser.h"
#include "MainWindow.h"
#include "MasterPlanController.h"
#include "Project.h"
#include "ProjectSession.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QComboBox>

using namespace pilar;

class TestWelcome : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>())
            if (b->text() == text) return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PilarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PilarWelcomeTest"));
    }

    void welcomeOffersTheDemoAndSwitchesLanguage()
    {
        WelcomeDialog dialog({m_dir.filePath(QStringLiteral("lama.gpkg"))});
        // Choosing Bahasa Indonesia re-labels the screen at once (and English back).
        auto *language = dialog.findChild<QComboBox *>();
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Welcome to Pilar"));
        language->setCurrentIndex(language->findData(QStringLiteral("id")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Selamat datang di Pilar"));
        QVERIFY(button(&dialog, QStringLiteral("Buka proyek demo Purbalingga")));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Welcome to Pilar"));
        // Where the data lives is said plainly.
        bool names = false;
        for (QLabel *l : dialog.findChildren<QLabel *>()) names = names || l->text().contains(QStringLiteral(".conf"));
        QVERIFY(names);
        QTest::mouseClick(button(&dialog, QStringLiteral("Open the Purbalingga demo project")), Qt::LeftButton);
        QCOMPARE(dialog.choice(), WelcomeDialog::Choice::Demo);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void newProjectFromTheBoundaries()
    {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("rencana baru.gpkg"));
        QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
        window.applyWelcomeChoice(int(WelcomeDialog::Choice::NewProject), path);
        QVERIFY(changed.wait(20000));
        QCOMPARE(window.session()->project()->filePath(), path);
        QVERIFY(window.session()->project()->layers().size() >= 2);   // the boundaries
        QVERIFY(window.masterPlan()->isAvailable());
        QCOMPARE(window.masterPlan()->programmes().size(), 0);        // an empty plan
        QCOMPARE(window.masterPlan()->pillars().size(), 6);
        QVERIFY(MainWindow::recentProjects().contains(path));
    }

    void guideOpensOfflineWithItsPictures()
    {
        for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
            const QUrl home = GuideBrowser::homeUrl(language);
            QVERIFY2(home.toString().contains(QStringLiteral("/%1/").arg(language)), qPrintable(home.toString()));
            QTextBrowser browser;
            browser.setSource(home);
            const QString contents = browser.toPlainText();
            QVERIFY2(contents.contains(language == QLatin1String("id") ? QStringLiteral("Panduan Pengguna") : QStringLiteral("User Guide")),
                     qPrintable(contents.left(200)));
            // Every chapter opens and shows its screenshots.
            for (const QString &chapter : {QStringLiteral("01-start"), QStringLiteral("02-layers"), QStringLiteral("03-crs"), QStringLiteral("04-programmes"),
                                           QStringLiteral("05-realisations"), QStringLiteral("06-dashboard"), QStringLiteral("07-atlas"),
                                           QStringLiteral("08-field"), QStringLiteral("09-conflicts"), QStringLiteral("10-server")}) {
                browser.setSource(QUrl(QStringLiteral("qrc:/pilar/guide/%1/%2.html").arg(language, chapter)));
                QVERIFY2(browser.toPlainText().size() > 300, qPrintable(chapter));
                const QString html = browser.toHtml();
                const qsizetype at = html.indexOf(QStringLiteral("../images/%1/").arg(language));
                QVERIFY2(at > 0, qPrintable(chapter));
                const QString image = html.mid(at, html.indexOf(QLatin1Char('"'), at) - at);
                const QVariant picture = browser.loadResource(QTextDocument::ImageResource, QUrl(image));
                QVERIFY2(!picture.isNull(), qPrintable(chapter + QLatin1Char(' ') + image));
            }
        }
        // Help → User Guide in the program's language.
        MainWindow window;
        window.showGuide();
        auto *guide = window.findChild<GuideBrowser *>();
        QVERIFY(guide && guide->isVisible());
        QVERIFY(guide->browser()->source().toString().endsWith(QStringLiteral("index.html")));
        guide->browser()->setSource(QUrl(QStringLiteral("08-field.html")));
        QVERIFY(guide->browser()->source().toString().endsWith(QStringLiteral("08-field.html")));   // relative links work
        if (const QString dir = qEnvironmentVariable("PILAR_SCREENSHOT_DIR"); !dir.isEmpty())
            guide->grab().save(dir + QStringLiteral("/guide.png"));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
