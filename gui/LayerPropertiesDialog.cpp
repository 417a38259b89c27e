#include "LayerPropertiesDialog.h"

#include "Project.h"
#include "RasterLayer.h"
#include "RasterStyleEditor.h"
#include "VectorLayer.h"
#include "VectorStyleEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace pilar {

LayerPropertiesDialog::LayerPropertiesDialog(Project *project, std::shared_ptr<Layer> layer, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_layer(std::move(layer))
    , m_name(new QLineEdit(m_layer->name(), this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
{
    setWindowTitle(tr("Layer Properties — %1").arg(m_layer->name()));
    resize(520, 640);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(int(m_layer->opacity() * 100 + 0.5));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Opacity"), m_opacity);
    auto *crs = new QLabel(m_layer->crs().displayName(), this);
    crs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("CRS"), crs);
    auto *source = new QLabel(m_layer->sourcePath(), this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Source"), source);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (auto vector = std::dynamic_pointer_cast<VectorLayer>(m_layer)) {
        form->addRow(tr("Features"), new QLabel(QLocale().toString(qlonglong(vector->featureCount())), this));
        m_vectorEditor = new VectorStyleEditor(vector->data(), this);
        m_vectorEditor->setStyle(vector->style());
        layout->addWidget(m_vectorEditor, 1);
    } else if (auto raster = std::dynamic_pointer_cast<RasterLayer>(m_layer)) {
        m_rasterEditor = new RasterStyleEditor(raster->info(), this);
        m_rasterEditor->setStyle(raster->style());
        layout->addWidget(m_rasterEditor, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { apply(); accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &LayerPropertiesDialog::apply);
}

void LayerPropertiesDialog::apply()
{
    if (!m_name->text().trimmed().isEmpty()) m_layer->setName(m_name->text().trimmed());
    m_layer->setOpacity(m_opacity->value() / 100.0);
    if (m_vectorEditor)
        std::static_pointer_cast<VectorLayer>(m_layer)->setStyle(m_vectorEditor->style());
    if (m_rasterEditor)
        std::static_pointer_cast<RasterLayer>(m_layer)->setStyle(m_rasterEditor->style());
    if (m_project) m_project->notifyLayerChanged(m_layer->id());
}

}
