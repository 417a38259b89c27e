#include "SymbolEditor.h"

#include "ColorButton.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace pilar {

SymbolEditor::SymbolEditor(QWidget *parent)
    : QWidget(parent)
    , m_fill(new ColorButton(this))
    , m_stroke(new ColorButton(this))
    , m_strokeWidth(new QDoubleSpinBox(this))
    , m_shape(new QComboBox(this))
    , m_size(new QDoubleSpinBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Fill colour"), m_fill);
    form->addRow(tr("Stroke colour"), m_stroke);
    form->addRow(tr("Stroke width (mm)"), m_strokeWidth);
    form->addRow(tr("Marker shape"), m_shape);
    form->addRow(tr("Marker size (mm)"), m_size);
    m_strokeWidth->setRange(0, 20);
    m_strokeWidth->setSingleStep(0.1);
    m_strokeWidth->setDecimals(2);
    m_size->setRange(0.5, 30);
    m_size->setSingleStep(0.5);
    m_shape->addItems({tr("Circle"), tr("Square"), tr("Triangle"), tr("Diamond"), tr("Cross"), tr("Star")});
    connect(m_fill, &ColorButton::colorChanged, this, &SymbolEditor::changed);
    connect(m_stroke, &ColorButton::colorChanged, this, &SymbolEditor::changed);
    connect(m_strokeWidth, &QDoubleSpinBox::valueChanged, this, &SymbolEditor::changed);
    connect(m_shape, &QComboBox::currentIndexChanged, this, &SymbolEditor::changed);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &SymbolEditor::changed);
}

void SymbolEditor::setSymbol(const Symbol &s)
{
    const QSignalBlocker b1(m_fill), b2(m_stroke), b3(m_strokeWidth), b4(m_shape), b5(m_size);
    m_fill->setColor(s.fillColor);
    m_stroke->setColor(s.strokeColor);
    m_strokeWidth->setValue(s.strokeWidthMm);
    m_shape->setCurrentIndex(int(s.markerShape));
    m_size->setValue(s.markerSizeMm);
}

Symbol SymbolEditor::symbol() const
{
    Symbol s;
    s.fillColor = m_fill->color();
    s.strokeColor = m_stroke->color();
    s.strokeWidthMm = m_strokeWidth->value();
    s.markerShape = MarkerShape(m_shape->currentIndex());
    s.markerSizeMm = m_size->value();
    return s;
}

}
