#include "AboutDialog.h"

#include "GdalSupport.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace pilar {

namespace {
QString resourceText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
}

QString AboutDialog::aboutText()
{
    QString text;
    text += QStringLiteral("# Pilar %1\n\n").arg(QCoreApplication::applicationVersion());
    text += tr("A desktop GIS for the smart-city master plan of Kabupaten Purbalingga.") + QStringLiteral("\n\n");
    text += tr("Libraries: Qt %1, GDAL %2, PROJ %3, SQLite %4.")
                .arg(QString::fromLatin1(qVersion()), gdal::gdalVersion(), gdal::projVersion(), QString::fromLatin1(sqlite3_libversion()))
          + QStringLiteral("\n\n");
    text += QStringLiteral("## ") + tr("Data sources and licences") + QStringLiteral("\n\n");
    text += resourceText(QStringLiteral(":/pilar/licenses/NOTICE.md")) + QStringLiteral("\n\n");
    text += QStringLiteral("## ") + tr("MIT licence of the boundaries") + QStringLiteral("\n\n```\n");
    text += resourceText(QStringLiteral(":/pilar/licenses/LICENSE-boundaries-MIT.txt")) + QStringLiteral("\n```\n\n");
    text += QStringLiteral("## ") + tr("Open Database License (ODbL) 1.0 of the codes and names") + QStringLiteral("\n\n");
    text += resourceText(QStringLiteral(":/pilar/licenses/LICENSE-codes-ODbL.md"));
    return text;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Pilar"));
    resize(640, 560);
    auto *browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(aboutText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
}

}
