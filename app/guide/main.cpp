// pilar-guide-html: turns the user guide's Markdown chapters (docs/guide/<lang>/*.md) into
// HTML pages at build time, with Qt's own Markdown reader, so the guide opens offline in
// Help → User Guide and in any browser from /usr/share/doc/pilar/guide.
//   pilar-guide-html OUT_DIR IN.md...
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QTextDocument>

#include <cstdio>

constexpr int kPageWidth = 820;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: pilar-guide-html OUT_DIR IN.md...\n");
        return 2;
    }
    const QString outDir = args.at(1);
    static const QRegularExpression mdLink(QStringLiteral("href=\"([^\"#:]+)\\.md(#[^\"]*)?\""));
    for (const QString &input : args.mid(2)) {
        QFile in(input);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "pilar-guide-html: cannot read %s\n", qPrintable(input));
            return 1;
        }
        const QString markdown = QString::fromUtf8(in.readAll());
        QTextDocument document;
        document.setMarkdown(markdown);
        const QString title = markdown.section(QLatin1Char('\n'), 0, 0).remove(QRegularExpression(QStringLiteral("^#+\\s*")));
        QString html = document.toHtml();
        html.replace(mdLink, QStringLiteral("href=\"\\1.html\\2\""));
        html.replace(QStringLiteral("<head>"), QStringLiteral("<head><title>%1</title><meta charset=\"utf-8\">").arg(title.toHtmlEscaped()));
        // Wide screenshots shrink to the page; small ones keep their size (never blown up).
        static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
        QString sized;
        qsizetype last = 0;
        for (auto it = image.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QSize size = QImageReader(QFileInfo(input).absolutePath() + QLatin1Char('/') + m.captured(1)).size();
            sized += html.mid(last, m.capturedStart() - last) + m.captured(0);
            if (size.width() > kPageWidth) sized += QStringLiteral(" width=\"%1\"").arg(kPageWidth);
            last = m.capturedEnd();
        }
        html = sized + html.mid(last);
        QFile out(outDir + QLatin1Char('/') + QFileInfo(input).completeBaseName() + QStringLiteral(".html"));
        if (!out.open(QIODevice::WriteOnly) || out.write(html.toUtf8()) < 0) {
            std::fprintf(stderr, "pilar-guide-html: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
