#pragma once

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace pilar {

class LayerTreeModel;
class Project;

/// The "Layers" dock: the layer list with visibility, drag-to-reorder, in-place rename
/// and a context menu. It asks for actions through signals; MainWindow wires them.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);
    void setProject(Project *project);
    LayerTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The selected layer's id, or empty.
    QString currentLayerId() const;

signals:
    void zoomToLayerRequested(const QString &layerId);
    void styleRequested(const QString &layerId);
    void attributeTableRequested(const QString &layerId);
    void removeRequested(const QString &layerId);
    void currentLayerChanged(const QString &layerId);

private:
    /// The layer row of an index, whether it is a layer or one of its legend entries.
    static int layerRow(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    LayerTreeModel *m_model;
    QTreeView *m_view;
};

}
