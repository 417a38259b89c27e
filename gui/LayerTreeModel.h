#pragma once

#include <QAbstractItemModel>
#include <QPointer>

namespace pilar {

class Layer;
class Project;

/// The project's layers, top of the map first: name (editable), visibility (check box),
/// a symbol icon and drag-and-drop reordering. Under a categorized or graduated layer,
/// its legend: one child per class, whose check box shows or hides that class.
/// Edits go to the Project, which signals the canvas.
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { LayerIdRole = Qt::UserRole + 1 };

    explicit LayerTreeModel(QObject *parent = nullptr);
    void setProject(Project *project);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int columnCount(const QModelIndex &parent = {}) const override { Q_UNUSED(parent) return 1; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// Row for a layer id, or -1.
    int rowOf(const QString &layerId) const;
    QString layerIdAt(int row) const;
    /// Moves a row (in this model's top-first order) to another row.
    void moveRow(int from, int to);

private:
    std::shared_ptr<Layer> layerAt(int row) const;
    int layerCount() const;
    QVariant legendData(const QModelIndex &index, int role) const;
    QPointer<Project> m_project;
};

}
