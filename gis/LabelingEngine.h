#pragma once

#include "LabelSettings.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace pilar {

/// Collects label candidates from all layers of a render and draws them last, on top,
/// skipping any label that would overlap one already placed (layers higher in the
/// stack win, then features in drawing order). Used by one render thread only.
class LabelingEngine
{
public:
    explicit LabelingEngine(double pixelsPerMm) : m_pixelsPerMm(pixelsPerMm) {}

    /// Adds a label centred on `anchor` (pixels). `layerOrder` higher = drawn layer higher.
    void addCandidate(const QString &text, const QPointF &anchor, const LabelSettings &settings, int layerOrder);
    /// Places and draws the labels; returns how many were drawn.
    int draw(QPainter &painter, const QRectF &bounds);

private:
    struct Candidate { QString text; QPointF anchor; int settingsIndex; int layerOrder; int sequence; };
    std::vector<Candidate> m_candidates;
    std::vector<LabelSettings> m_settings;
    double m_pixelsPerMm;
};

}
