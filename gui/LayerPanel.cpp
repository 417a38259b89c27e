#include "LayerPanel.h"

#include "LayerTreeModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace pilar {

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LayerTreeModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        emit styleRequested(m_model->layerIdAt(layerRow(index)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentLayerChanged(m_model->layerIdAt(layerRow(current))); });
}

int LayerPanel::layerRow(const QModelIndex &index)
{
    return index.parent().isValid() ? index.parent().row() : index.row();
}

void LayerPanel::setProject(Project *project)
{
    m_model->setProject(project);
}

QString LayerPanel::currentLayerId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->layerIdAt(layerRow(index)) : QString();
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) return;
    if (index.parent().isValid()) index = index.parent(); // a legend entry stands for its layer
    const QString id = m_model->layerIdAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("&Zoom to Layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    menu.addAction(tr("&Attribute Table"), this, [this, id] { emit attributeTableRequested(id); });
    menu.addAction(tr("&Style and Properties…"), this, [this, id] { emit styleRequested(id); });
    menu.addAction(tr("Re&name"), this, [this, index] { m_view->edit(index); });
    menu.addSeparator();
    menu.addAction(tr("&Remove Layer"), this, [this, id] { emit removeRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

}
