#pragma once

#include "Symbol.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace pilar {

class ColorButton;

/// Edits one Symbol: fill, stroke, stroke width, marker shape and size.
class SymbolEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SymbolEditor(QWidget *parent = nullptr);
    void setSymbol(const Symbol &symbol);
    Symbol symbol() const;

signals:
    void changed();

private:
    ColorButton *m_fill;
    ColorButton *m_stroke;
    QDoubleSpinBox *m_strokeWidth;
    QComboBox *m_shape;
    QDoubleSpinBox *m_size;
};

}
