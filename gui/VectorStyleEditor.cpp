#include "VectorStyleEditor.h"

#include "Classification.h"
#include "ColorButton.h"
#include "ColorRamp.h"
#include "SymbolEditor.h"
#include "SymbolPainter.h"
#include "VectorData.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pilar {

VectorStyleEditor::VectorStyleEditor(std::shared_ptr<const VectorData> data, QWidget *parent)
    : QWidget(parent)
    , m_data(std::move(data))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_symbol(new SymbolEditor(this))
    , m_field(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_classes(new QSpinBox(this))
    , m_ramp(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_labelsOn(new QCheckBox(tr("Show labels"), this))
    , m_labelField(new QComboBox(this))
    , m_labelSize(new QDoubleSpinBox(this))
    , m_labelColor(new ColorButton(this))
    , m_halo(new QCheckBox(tr("White halo around the text"), this))
    , m_bold(new QCheckBox(tr("Bold"), this))
{
    m_kind->addItems({tr("Single symbol"), tr("Categorized by a field"), tr("Graduated by a number field")});
    m_method->addItems({tr("Equal interval"), tr("Quantile (equal count)"), tr("Natural breaks (Jenks)")});
    m_classes->setRange(2, 12);
    m_ramp->addItems(ColorRamp::names());
    for (const auto &f : m_data->fields) {
        m_field->addItem(f.name);
        m_labelField->addItem(f.name);
    }
    m_labelSize->setRange(4, 48);
    m_labelSize->setSuffix(tr(" pt"));

    auto *classify = new QPushButton(tr("&Classify"), this);
    auto *classPage = new QWidget(this);
    auto *classForm = new QFormLayout;
    classForm->addRow(tr("Field"), m_field);
    classForm->addRow(tr("Method"), m_method);
    classForm->addRow(tr("Classes"), m_classes);
    classForm->addRow(tr("Colour ramp"), m_ramp);
    auto *classLayout = new QVBoxLayout(classPage);
    classLayout->setContentsMargins(0, 0, 0, 0);
    classLayout->addLayout(classForm);
    classLayout->addWidget(classify);
    classLayout->addWidget(m_table, 1);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Symbol"), tr("Value"), tr("Legend")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_pages->addWidget(m_symbol);
    m_pages->addWidget(classPage);

    auto *labels = new QGroupBox(tr("Labels"), this);
    auto *labelForm = new QFormLayout(labels);
    labelForm->addRow(m_labelsOn);
    labelForm->addRow(tr("Text from field"), m_labelField);
    labelForm->addRow(tr("Size"), m_labelSize);
    labelForm->addRow(tr("Colour"), m_labelColor);
    labelForm->addRow(m_bold);
    labelForm->addRow(m_halo);

    auto *layout = new QVBoxLayout(this);
    auto *kindForm = new QFormLayout;
    kindForm->addRow(tr("Style"), m_kind);
    layout->addLayout(kindForm);
    layout->addWidget(m_pages, 1);
    layout->addWidget(labels);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i == 0 ? 0 : 1);
        m_method->setEnabled(i == 2);
        m_classes->setEnabled(i == 2);
        m_ramp->setEnabled(i == 2);
    });
    connect(classify, &QPushButton::clicked, this, &VectorStyleEditor::classify);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int col) { if (col == 0) editClassColor(row); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        if (item->column() == 2) {
            if (m_style.kind == StyleKind::Categorized && row < m_style.categories.size()) m_style.categories[row].label = item->text();
            if (m_style.kind == StyleKind::Graduated && row < m_style.ranges.size()) m_style.ranges[row].label = item->text();
        } else if (item->column() == 1 && m_style.kind == StyleKind::Categorized && row < m_style.categories.size()) {
            m_style.categories[row].visible = item->checkState() == Qt::Checked;
        }
    });
}

void VectorStyleEditor::setStyle(const VectorStyle &style)
{
    m_style = style;
    m_kind->setCurrentIndex(int(style.kind));
    m_pages->setCurrentIndex(style.kind == StyleKind::SingleSymbol ? 0 : 1);
    m_symbol->setSymbol(style.symbol);
    if (!style.field.isEmpty()) m_field->setCurrentText(style.field);
    m_method->setCurrentIndex(int(style.method));
    m_classes->setValue(style.classCount);
    m_labelsOn->setChecked(style.labels.enabled);
    if (!style.labels.field.isEmpty()) m_labelField->setCurrentText(style.labels.field);
    m_labelSize->setValue(style.labels.fontSizePt);
    m_labelColor->setColor(style.labels.color);
    m_halo->setChecked(style.labels.halo);
    m_bold->setChecked(style.labels.bold);
    fillClassTable();
}

VectorStyle VectorStyleEditor::style() const
{
    VectorStyle s = m_style;
    s.kind = StyleKind(m_kind->currentIndex());
    s.symbol = m_symbol->symbol();
    s.field = m_field->currentText();
    s.method = ClassificationMethod(m_method->currentIndex());
    s.classCount = m_classes->value();
    s.labels.enabled = m_labelsOn->isChecked();
    s.labels.field = m_labelField->currentText();
    s.labels.fontSizePt = m_labelSize->value();
    s.labels.color = m_labelColor->color();
    s.labels.halo = m_halo->isChecked();
    s.labels.bold = m_bold->isChecked();
    return s;
}

void VectorStyleEditor::classify()
{
    const VectorStyle current = style();
    m_style = current;
    if (current.kind == StyleKind::Categorized)
        m_style.categories = Classification::categorize(*m_data, current.field, current.symbol);
    else if (current.kind == StyleKind::Graduated)
        m_style.ranges = Classification::graduate(*m_data, current.field, current.method, current.classCount,
                                                  m_ramp->currentText(), current.symbol);
    fillClassTable();
}

void VectorStyleEditor::fillClassTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    auto swatch = [](const Symbol &s) {
        QPixmap pm(28, 16);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        SymbolPainter(s, 3.0).drawPreview(p, QRectF(0, 0, 28, 16), 2);
        return QIcon(pm);
    };
    if (m_style.kind == StyleKind::Categorized) {
        for (const auto &c : m_style.categories) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(swatch(c.symbol), QString()));
            auto *value = new QTableWidgetItem(c.value.isNull() ? QStringLiteral("NULL") : c.value);
            value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            value->setCheckState(c.visible ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, 1, value);
            m_table->setItem(row, 2, new QTableWidgetItem(c.label));
        }
    } else if (m_style.kind == StyleKind::Graduated) {
        for (const auto &r : m_style.ranges) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(swatch(r.symbol), QString()));
            auto *value = new QTableWidgetItem(QStringLiteral("%1 – %2").arg(r.lower).arg(r.upper));
            value->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, 1, value);
            m_table->setItem(row, 2, new QTableWidgetItem(r.label));
        }
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, 0)->setFlags(Qt::ItemIsEnabled);
}

void VectorStyleEditor::editClassColor(int row)
{
    Symbol *symbol = nullptr;
    if (m_style.kind == StyleKind::Categorized && row < m_style.categories.size()) symbol = &m_style.categories[row].symbol;
    if (m_style.kind == StyleKind::Graduated && row < m_style.ranges.size()) symbol = &m_style.ranges[row].symbol;
    if (!symbol) return;
    const QColor c = QColorDialog::getColor(symbol->fillColor, this, tr("Class Colour"), QColorDialog::ShowAlphaChannel);
    if (!c.isValid()) return;
    symbol->fillColor = c;
    fillClassTable();
}

}
