#include "ReportPainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace pilar {

ReportPainter::ReportPainter(QPagedPaintDevice *device, QPainter *painter, const ReportSettings &settings, const QString &footerTitle,
                             int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_settings(settings)
    , m_footerTitle(footerTitle)
    , m_totalPages(totalPages)
    , m_dotsPerMm(device->logicalDpiX() / 25.4)
{
    // The device's page rect already excludes its margins (set to ours by the document).
    m_pageRect = QRectF(0, 0, device->width(), device->height());
    m_body = m_pageRect.adjusted(0, 0, 0, -mm(10)); // room for the footer
}

QFont ReportPainter::font(double pointSize, bool bold, bool italic) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    // Point sizes at the device's resolution, the same when measuring and when drawing.
    f.setPixelSize(std::max(1, int(std::lround(pointSize * m_device->logicalDpiY() / 72.0))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

double ReportPainter::textHeight(const QString &text, const QFont &f, double width) const
{
    const QFontMetricsF fm(f, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void ReportPainter::newPage()
{
    if (m_page > 0) {
        footer();
        if (m_painter) m_device->newPage();
    }
    ++m_page;
    m_y = m_body.top();
}

int ReportPainter::finish()
{
    if (m_page > 0) footer();
    return m_page;
}

void ReportPainter::ensure(double height)
{
    if (m_page == 0 || m_y + height > m_body.bottom()) newPage();
}

void ReportPainter::footer()
{
    if (!m_painter) return;
    const QRectF line(m_pageRect.left(), m_pageRect.bottom() - mm(7), m_pageRect.width(), mm(7));
    m_painter->save();
    m_painter->setPen(QPen(QColor(120, 120, 120), mm(0.2)));
    m_painter->drawLine(line.topLeft(), line.topRight());
    m_painter->setFont(font(8));
    m_painter->drawText(line, Qt::AlignLeft | Qt::AlignBottom, m_footerTitle);
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page)));
    m_painter->restore();
}

void ReportPainter::letterhead()
{
    ensure(mm(40));
    const double top = m_y;
    const double logoSize = mm(24);
    QImage logo;
    if (!m_settings.logo.isEmpty()) logo.loadFromData(m_settings.logo);
    // The names centred beside the logo; a long name shrinks to fit rather than being cut.
    const QRectF text(m_body.left() + (logo.isNull() ? 0 : logoSize + mm(4)), top, m_body.width() - (logo.isNull() ? 0 : logoSize + mm(4)), logoSize);
    auto fitted = [&](double pointSize, bool bold, const QString &line) {
        QFont f = font(pointSize, bold);
        const double width = QFontMetricsF(f, m_device).horizontalAdvance(line);
        if (width > text.width()) f.setPixelSize(std::max(1, int(f.pixelSize() * text.width() / width)));
        return f;
    };
    QStringList lines{m_settings.government, m_settings.office};
    if (!m_settings.address.isEmpty()) lines << m_settings.address;
    double linesHeight = mm(2);
    for (int i = 0; i < lines.size(); ++i) linesHeight += QFontMetricsF(fitted(i == 0 ? 13 : i == 1 ? 15 : 9, i < 2, lines[i]), m_device).height();
    const double height = logo.isNull() ? linesHeight : std::max(linesHeight, logoSize);
    if (m_painter) {
        if (!logo.isNull()) m_painter->drawImage(QRectF(m_body.left(), top, logoSize, logoSize), logo);
        double y = top + mm(2);
        for (int i = 0; i < lines.size(); ++i) {
            const QFont f = fitted(i == 0 ? 13 : i == 1 ? 15 : 9, i < 2, lines[i]);
            m_painter->setFont(f);
            m_painter->setPen(Qt::black);
            const QFontMetricsF fm(f, m_device);
            const double h = fm.height();
            m_painter->drawText(QPointF(text.center().x() - fm.horizontalAdvance(lines[i]) / 2, y + fm.ascent()), lines[i]);
            y += h;
        }
    }
    m_y = top + height + mm(2);
    if (m_painter) {
        // The kop's double rule: a thick line over a thin one.
        m_painter->setPen(QPen(Qt::black, mm(0.8)));
        m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        m_painter->setPen(QPen(Qt::black, mm(0.25)));
        m_painter->drawLine(QPointF(m_body.left(), m_y + mm(1.2)), QPointF(m_body.right(), m_y + mm(1.2)));
    }
    m_y += mm(6);
}

void ReportPainter::title(const QString &text, double pointSize, bool centred)
{
    const QFont f = font(pointSize, true);
    const double h = textHeight(text, f, m_body.width());
    ensure(h + mm(4));
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::TextWordWrap, text);
    }
    m_y += h + mm(3);
}

void ReportPainter::heading(const QString &text)
{
    const QFont f = font(12, true);
    const double h = textHeight(text, f, m_body.width());
    ensure(h + mm(35)); // never a heading alone at the bottom of a page
    m_y += mm(2);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(QColor(20, 60, 110));
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    m_y += h + mm(2);
}

void ReportPainter::paragraph(const QString &text, double pointSize, bool italic)
{
    const QFont f = font(pointSize, false, italic);
    const double h = textHeight(text, f, m_body.width());
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    m_y += h + mm(2);
}

void ReportPainter::table(const QVector<Column> &columns, const QVector<QStringList> &rows, const QVector<QColor> &rowColors)
{
    double total = 0;
    for (const Column &c : columns) total += c.width;
    QVector<double> widths;
    for (const Column &c : columns) widths << m_body.width() * c.width / total;
    const QFont headerFont = font(8.5, true), cellFont = font(8.5);
    const double pad = mm(1.2);
    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int c = 0; c < columns.size(); ++c) h = std::max(h, textHeight(c < cells.size() ? cells[c] : QString(), f, widths[c] - 2 * pad));
        return h + 2 * pad;
    };
    QStringList headers;
    for (const Column &c : columns) headers << c.header;
    const double headerHeight = rowHeight(headers, headerFont);
    auto drawRow = [&](const QStringList &cells, const QFont &f, double h, const QColor &fill, const QColor &lastCell) {
        if (!m_painter) return;
        double x = m_body.left();
        m_painter->setFont(f);
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(x, m_y, widths[c], h);
            if (fill.isValid()) m_painter->fillRect(cell, fill);
            if (c == columns.size() - 1 && lastCell.isValid()) m_painter->fillRect(cell.adjusted(0, 0, -cell.width() + mm(1.5), 0), lastCell);
            m_painter->setPen(QPen(QColor(150, 150, 150), mm(0.15)));
            m_painter->drawRect(cell);
            m_painter->setPen(Qt::black);
            m_painter->drawText(cell.adjusted(pad + (c == columns.size() - 1 && lastCell.isValid() ? mm(1.5) : 0), pad, -pad, -pad),
                                int(columns[c].align) | Qt::AlignVCenter | Qt::TextWordWrap, c < cells.size() ? cells[c] : QString());
            x += widths[c];
        }
    };
    auto header = [&] {
        drawRow(headers, headerFont, headerHeight, QColor(225, 232, 242), QColor());
        m_y += headerHeight;
    };
    ensure(headerHeight + rowHeight(rows.value(0), cellFont));
    header();
    for (int r = 0; r < rows.size(); ++r) {
        const double h = rowHeight(rows[r], cellFont);
        if (m_y + h > m_body.bottom()) {
            newPage();
            header(); // the table continues under its header
        }
        drawRow(rows[r], cellFont, h, r % 2 ? QColor(247, 247, 247) : QColor(), rowColors.value(r));
        m_y += h;
    }
    m_y += mm(4);
}

QRectF ReportPainter::reserve(double heightMm)
{
    ensure(mm(heightMm));
    const QRectF box(m_body.left(), m_y, m_body.width(), std::min(mm(heightMm), m_body.bottom() - m_y));
    m_y += box.height() + mm(3);
    return box;
}

void ReportPainter::signature(const QDate &date)
{
    const QString when = QStringLiteral("%1, %2").arg(m_settings.place, QLocale(QLocale::Indonesian).toString(date, QStringLiteral("d MMMM yyyy")));
    const QString name = m_settings.signerName.isEmpty() ? QStringLiteral("(.......................................)") : m_settings.signerName;
    const QString nip = QStringLiteral("NIP. %1").arg(m_settings.signerNip.isEmpty() ? QStringLiteral("..............................") : m_settings.signerNip);
    const QFont f = font(10), bold = font(10, true);
    const double width = m_body.width() * 0.45;
    const double x = m_body.right() - width;
    const double titleHeight = textHeight(m_settings.signerTitle, f, width);
    const double lineHeight = QFontMetricsF(f, m_device).height();
    ensure(lineHeight * 3 + titleHeight + mm(25));
    m_y += mm(6);
    if (m_painter) {
        m_painter->setPen(Qt::black);
        m_painter->setFont(f);
        m_painter->drawText(QRectF(x, m_y, width, lineHeight), Qt::AlignHCenter, when);
        m_painter->drawText(QRectF(x, m_y + lineHeight, width, titleHeight), Qt::AlignHCenter | Qt::TextWordWrap, m_settings.signerTitle);
        QFont underlined = bold;
        underlined.setUnderline(!m_settings.signerName.isEmpty());
        m_painter->setFont(underlined);
        const double nameY = m_y + lineHeight + titleHeight + mm(22);
        m_painter->drawText(QRectF(x, nameY, width, lineHeight), Qt::AlignHCenter, name);
        m_painter->setFont(f);
        m_painter->drawText(QRectF(x, nameY + lineHeight, width, lineHeight), Qt::AlignHCenter, nip);
    }
    m_y += lineHeight * 3 + titleHeight + mm(24);
}

}
