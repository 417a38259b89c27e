#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;
class QSlider;

namespace pilar {

class Layer;
class Project;
class RasterStyleEditor;
class VectorStyleEditor;

/// A layer's name, opacity, CRS and style in one dialog; Apply shows the change on
/// the map without closing it.
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    LayerPropertiesDialog(Project *project, std::shared_ptr<Layer> layer, QWidget *parent = nullptr);
    VectorStyleEditor *vectorEditor() const { return m_vectorEditor; }
    /// Writes the dialog's state into the layer and tells the project.
    void apply();

private:
    Project *m_project;
    std::shared_ptr<Layer> m_layer;
    QLineEdit *m_name;
    QSlider *m_opacity;
    VectorStyleEditor *m_vectorEditor = nullptr;
    RasterStyleEditor *m_rasterEditor = nullptr;
};

}
