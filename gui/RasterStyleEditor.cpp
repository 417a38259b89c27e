#include "RasterStyleEditor.h"

#include "ColorRamp.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace pilar {

RasterStyleEditor::RasterStyleEditor(const RasterLayer::Info &info, QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_band(new QSpinBox(this))
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_ramp(new QComboBox(this))
{
    m_mode->addItems({tr("Red, green, blue bands"), tr("Colour table"), tr("One band with a colour ramp")});
    m_band->setRange(1, std::max(1, info.bandCount));
    for (QDoubleSpinBox *s : {m_min, m_max}) {
        s->setRange(-1e12, 1e12);
        s->setDecimals(3);
    }
    m_ramp->addItems(ColorRamp::names());
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("%1 × %2 pixels, %3, %4")
                                .arg(QLocale().toString(info.width), QLocale().toString(info.height),
                                     tr("%n band(s)", nullptr, info.bandCount), tr("%n overview level(s)", nullptr, info.overviewCount)),
                            this));
    form->addRow(tr("Colouring"), m_mode);
    form->addRow(tr("Band"), m_band);
    form->addRow(tr("Minimum"), m_min);
    form->addRow(tr("Maximum"), m_max);
    form->addRow(tr("Colour ramp"), m_ramp);
}

void RasterStyleEditor::setStyle(const RasterStyle &s)
{
    m_mode->setCurrentIndex(int(s.mode));
    m_band->setValue(s.band);
    m_min->setValue(s.minimum);
    m_max->setValue(s.maximum);
    m_ramp->setCurrentText(s.ramp);
}

RasterStyle RasterStyleEditor::style() const
{
    RasterStyle s;
    s.mode = RasterMode(m_mode->currentIndex());
    s.band = m_band->value();
    s.minimum = m_min->value();
    s.maximum = m_max->value();
    s.ramp = m_ramp->currentText();
    return s;
}

}
