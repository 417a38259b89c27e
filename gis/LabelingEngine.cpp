#include "LabelingEngine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>

#include <cmath>

#include <algorithm>

namespace pilar {

void LabelingEngine::addCandidate(const QString &text, const QPointF &anchor, const LabelSettings &settings, int layerOrder)
{
    if (text.isEmpty())
        return;
    if (m_settings.empty() || !(m_settings.back() == settings))
        m_settings.push_back(settings);
    m_candidates.push_back({text, anchor, int(m_settings.size() - 1), layerOrder, int(m_candidates.size())});
}

int LabelingEngine::draw(QPainter &painter, const QRectF &bounds)
{
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.layerOrder > b.layerOrder; });
    std::vector<QRectF> placed;
    int drawn = 0;
    painter.save();
    const bool toPdf = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Candidate &c : m_candidates) {
        const LabelSettings &s = m_settings[c.settingsIndex];
        QFont font(s.fontFamily);
        // Point sizes relate to 72 per inch; express them in this device's pixels.
        font.setPixelSize(int(std::clamp(s.fontSizePt / 72.0 * 25.4 * m_pixelsPerMm + 0.5, 1.0, 4096.0)));
        font.setBold(s.bold);
        const QFontMetricsF fm(font);
        const double w = fm.horizontalAdvance(c.text), h = fm.height();
        const QRectF box(c.anchor.x() - w / 2, c.anchor.y() - h / 2, w, h);
        if (!bounds.contains(box))
            continue;
        const QRectF padded = box.adjusted(-2, -1, 2, 1);
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(padded); }))
            continue;
        placed.push_back(padded);
        const QPointF baseline(box.left(), box.top() + fm.ascent());
        if (s.halo && toPdf) {
            // In a PDF the halo is the text itself, in the halo's colour, shifted around the letters:
            // a few bytes per label, where stroked glyph outlines would take kilobytes.
            const double r = s.haloWidthMm * m_pixelsPerMm;
            painter.setFont(font);
            painter.setPen(s.haloColor);
            for (int k = 0; k < 8; ++k)
                painter.drawText(baseline + QPointF(r * std::cos(k * M_PI / 4), r * std::sin(k * M_PI / 4)), c.text);
        } else if (s.halo) {
            QPainterPath path;
            path.addText(baseline, font, c.text);
            QPen haloPen(s.haloColor, 2 * s.haloWidthMm * m_pixelsPerMm);
            haloPen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(path, haloPen);
        }
        // The letters as text, not outlines: in a PDF they stay searchable and small.
        painter.setFont(font);
        painter.setPen(s.color);
        painter.drawText(baseline, c.text);
        ++drawn;
    }
    painter.restore();
    m_candidates.clear();
    return drawn;
}

}
