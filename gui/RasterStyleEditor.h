#pragma once

#include "RasterLayer.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace pilar {

/// Edits how a raster is coloured: RGB, its colour table, or one band along a ramp.
class RasterStyleEditor : public QWidget
{
    Q_OBJECT
public:
    RasterStyleEditor(const RasterLayer::Info &info, QWidget *parent = nullptr);
    void setStyle(const RasterStyle &style);
    RasterStyle style() const;

private:
    QComboBox *m_mode;
    QSpinBox *m_band;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QComboBox *m_ramp;
};

}
