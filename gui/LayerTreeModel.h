#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace pilar {

class Layer;
class Project;

/// The project's layers as a list, top of the map first: name (editable), visibility
/// (check box), a symbol icon, and drag-and-drop reordering. Edits go to the Project,
/// which signals the canvas.
class LayerTreeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { LayerIdRole = Qt::UserRole + 1 };

    explicit LayerTreeModel(QObject *parent = nullptr);
    void setProject(Project *project);

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
    QPointer<Project> m_project;
};

}
