#include "GuideBrowser.h"

#include "Translations.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pilar {

QUrl GuideBrowser::homeUrl(const QString &language)
{
    const QString path = QStringLiteral(":/pilar/guide/%1/index.html").arg(language);
    return QUrl(QStringLiteral("qrc") + (QFile::exists(path) ? path : QStringLiteral(":/pilar/guide/id/index.html")));
}

GuideBrowser::GuideBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Pilar User Guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(900, 760);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back"), this);
    auto *forward = new QPushButton(tr("Forward"), this);
    auto *home = new QPushButton(tr("Contents"), this);
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    // Chapters open inside; links to the web go to the system browser.
    m_browser->setOpenExternalLinks(true);
    const QUrl start = homeUrl(Translations::configuredLanguage());
    m_browser->setSource(start);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QPushButton::clicked, m_browser, [this, start] { m_browser->setSource(start); });
}

}
