#include "LabelingEngine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

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
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Candidate &c : m_candidates) {
        const LabelSettings &s = m_settings[c.settingsIndex];
        QFont font(s.fontFamily);
        // Point sizes relate to 72 per inch; express them in this device's pixels.
        font.setPixelSize(std::max(1, int(s.fontSizePt / 72.0 * 25.4 * m_pixelsPerMm + 0.5)));
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
        QPainterPath path;
        path.addText(box.left(), box.top() + fm.ascent(), font, c.text);
        if (s.halo) {
            QPen haloPen(s.haloColor, 2 * s.haloWidthMm * m_pixelsPerMm);
            haloPen.setJoinStyle(Qt::RoundJoin);
            painter.strokePath(path, haloPen);
        }
        painter.fillPath(path, s.color);
        ++drawn;
    }
    painter.restore();
    m_candidates.clear();
    return drawn;
}

}
