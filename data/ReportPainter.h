#pragma once

#include "ReportSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace pilar {

/// Lays a report out on pages in Indonesian government form: the letterhead (kop surat) with
/// its double rule, headings, paragraphs, tables that continue on the next page under their
/// header, boxes for maps and charts, the place-and-date line and the signature block, and
/// on every page a footer "Halaman 3 dari 12". A document is laid out twice: once measuring
/// only (nothing drawn, maps and charts skipped) to count the pages, then for real.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ReportPainter)

public:
    /// `painter` null measures only; `device` gives page size and resolution either way.
    ReportPainter(QPagedPaintDevice *device, QPainter *painter, const ReportSettings &settings, const QString &footerTitle, int totalPages);

    bool measuring() const { return !m_painter; }
    QPainter *painter() const { return m_painter; }
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    int page() const { return m_page; }

    /// Ends the current page (its footer) and starts the next; the first call starts page 1.
    void newPage();
    /// Draws the footer of the last page; returns the number of pages.
    int finish();
    /// Starts a new page unless `height` (device units) still fits below the cursor.
    void ensure(double height);

    void letterhead();
    void title(const QString &text, double pointSize = 15, bool centred = true);
    void heading(const QString &text);
    void paragraph(const QString &text, double pointSize = 10, bool italic = false);
    void space(double millimetres) { m_y += mm(millimetres); }

    struct Column
    {
        QString header;
        double width = 1;                  ///< relative
        Qt::Alignment align = Qt::AlignLeft;
    };
    /// Rows of text; a row's optional colour (in `rowColors`) tints its last cell (a status).
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows, const QVector<QColor> &rowColors = {});
    /// A box of the given height across the body, after a page break if needed.
    QRectF reserve(double heightMm);
    /// "Purbalingga, 29 November 2026", the signer's title, room to sign, name and NIP.
    void signature(const QDate &date);

    QFont font(double pointSize, bool bold = false, bool italic = false) const;

private:
    void footer();
    double textHeight(const QString &text, const QFont &font, double width) const;

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    ReportSettings m_settings;
    QString m_footerTitle;
    int m_totalPages;
    double m_dotsPerMm;
    QRectF m_pageRect;
    QRectF m_body;
    double m_y = 0;
    int m_page = 0;
};

}
