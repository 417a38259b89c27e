#include "AttachmentPath.h"

#include <QDir>

namespace pilar {

QString AttachmentPath::safeComponent(const QString &text, const QString &fallback)
{
    // The last part of a path written on either system, without what a file system would misread.
    QString name = text.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    for (const QChar c : std::as_const(name))
        if (c.unicode() >= 0x20 && c != QLatin1Char(':') && c != QLatin1Char('*') && c != QLatin1Char('?') && c != QLatin1Char('"')
            && c != QLatin1Char('<') && c != QLatin1Char('>') && c != QLatin1Char('|'))
            clean += c;
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.'))) clean.remove(0, 1);   // no "..", and no hidden files
    return clean.isEmpty() ? fallback : clean.left(200);
}

QString AttachmentPath::inFolder(const QString &folder, const QString &rowId, const QString &fileName)
{
    const QString base = QDir::cleanPath(folder);
    return base + QLatin1Char('/') + safeComponent(rowId, QStringLiteral("baris")) + QLatin1Char('/') + safeComponent(fileName, QStringLiteral("lampiran"));
}

}
