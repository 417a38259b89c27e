#pragma once

#include "VectorStyle.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace pilar {

class ColorButton;
class SymbolEditor;
struct VectorData;

/// Edits a vector layer's style: single symbol, categories of a field, or graduated
/// classes (equal interval, quantile, natural breaks) with a colour ramp, plus labels.
class VectorStyleEditor : public QWidget
{
    Q_OBJECT
public:
    VectorStyleEditor(std::shared_ptr<const VectorData> data, QWidget *parent = nullptr);
    void setStyle(const VectorStyle &style);
    VectorStyle style() const;

    /// Rebuilds the classes of the chosen field (the "Classify" button).
    void classify();

private:
    void fillClassTable();
    void editClassColor(int row);

    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    SymbolEditor *m_symbol;
    QComboBox *m_field;
    QComboBox *m_method;
    QSpinBox *m_classes;
    QComboBox *m_ramp;
    QTableWidget *m_table;
    QCheckBox *m_labelsOn;
    QComboBox *m_labelField;
    QDoubleSpinBox *m_labelSize;
    ColorButton *m_labelColor;
    QCheckBox *m_halo;
    QCheckBox *m_bold;
};

}
