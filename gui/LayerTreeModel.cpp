#include "LayerTreeModel.h"

#include "Layer.h"
#include "Project.h"
#include "RasterLayer.h"
#include "SymbolPainter.h"
#include "VectorLayer.h"

#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace pilar {

namespace {
const QString kMime = QStringLiteral("application/x-pilar-layer-row");

QIcon layerIcon(const Layer &layer)
{
    QPixmap pm(18, 18);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    if (layer.type() == LayerType::Vector) {
        const auto &v = static_cast<const VectorLayer &>(layer);
        const GeometryKind kind = v.data()->dominantKind();
        Symbol symbol = v.style().symbol;
        if (v.style().kind == StyleKind::Categorized && !v.style().categories.isEmpty()) symbol = v.style().categories.first().symbol;
        if (v.style().kind == StyleKind::Graduated && !v.style().ranges.isEmpty()) symbol = v.style().ranges.last().symbol;
        SymbolPainter(symbol, 3.0).drawPreview(p, QRectF(0, 0, 18, 18),
                                               kind == GeometryKind::Point ? 0 : kind == GeometryKind::Line ? 1 : 2);
    } else {
        QLinearGradient g(0, 0, 18, 18);
        g.setColorAt(0, QColor(0, 97, 71));
        g.setColorAt(1, QColor(231, 218, 140));
        p.fillRect(QRect(2, 2, 14, 14), g);
    }
    return QIcon(pm);
}
}

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void LayerTreeModel::setProject(Project *project)
{
    beginResetModel();
    if (m_project) disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &Project::layersChanged, this, [this] { beginResetModel(); endResetModel(); });
        // A style change can add or remove legend rows: rebuild (the list is short).
        connect(project, &Project::layerChanged, this, [this] { beginResetModel(); endResetModel(); });
    }
    endResetModel();
}

// Top-level items (layers) have internal id 0; legend items carry their layer's row + 1.
QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent)) return {};
    return createIndex(row, 0, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LayerTreeModel::layerCount() const
{
    return m_project ? int(m_project->layers().size()) : 0;
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return layerCount();
    if (parent.internalId() != 0) return 0;
    const auto vector = std::dynamic_pointer_cast<VectorLayer>(layerAt(parent.row()));
    if (!vector) return 0;
    const VectorStyle &style = vector->style();
    if (style.kind == StyleKind::Categorized) return style.categories.size();
    if (style.kind == StyleKind::Graduated) return style.ranges.size();
    return 0;
}

QVariant LayerTreeModel::legendData(const QModelIndex &index, int role) const
{
    const auto vector = std::dynamic_pointer_cast<VectorLayer>(layerAt(int(index.internalId() - 1)));
    if (!vector) return {};
    const VectorStyle &style = vector->style();
    const bool categorized = style.kind == StyleKind::Categorized;
    if ((categorized && index.row() >= style.categories.size()) || (!categorized && index.row() >= style.ranges.size()))
        return {};
    const Symbol &symbol = categorized ? style.categories[index.row()].symbol : style.ranges[index.row()].symbol;
    switch (role) {
    case Qt::DisplayRole:
        return categorized ? style.categories[index.row()].label : style.ranges[index.row()].label;
    case Qt::DecorationRole: {
        QPixmap pm(18, 14);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        const GeometryKind kind = vector->data()->dominantKind();
        SymbolPainter(symbol, 3.0).drawPreview(p, QRectF(0, 0, 18, 14),
                                               kind == GeometryKind::Point ? 0 : kind == GeometryKind::Line ? 1 : 2);
        return QIcon(pm);
    }
    case Qt::CheckStateRole:
        if (categorized) return style.categories[index.row()].visible ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

std::shared_ptr<Layer> LayerTreeModel::layerAt(int row) const
{
    if (!m_project || row < 0 || row >= layerCount()) return nullptr;
    return m_project->layers()[m_project->layers().size() - 1 - row]; // top of the map first
}

int LayerTreeModel::rowOf(const QString &layerId) const
{
    if (!m_project) return -1;
    const int i = m_project->indexOf(layerId);
    return i < 0 ? -1 : layerCount() - 1 - i;
}

QString LayerTreeModel::layerIdAt(int row) const
{
    const auto layer = layerAt(row);
    return layer ? layer->id() : QString();
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.internalId() != 0) return legendData(index, role);
    const auto layer = layerAt(index.row());
    if (!layer) return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return layer->name();
    case Qt::CheckStateRole:
        return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return layerIcon(*layer);
    case Qt::ToolTipRole: {
        QString tip = tr("Source: %1").arg(layer->sourcePath());
        if (!layer->sourceLayer().isEmpty()) tip += QStringLiteral(" (%1)").arg(layer->sourceLayer());
        tip += QLatin1Char('\n') + tr("CRS: %1").arg(layer->crs().displayName());
        if (layer->type() == LayerType::Vector)
            tip += QLatin1Char('\n') + tr("Features: %1").arg(QLocale().toString(qlonglong(static_cast<VectorLayer &>(*layer).featureCount())));
        return tip;
    }
    case LayerIdRole:
        return layer->id();
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.isValid() && index.internalId() != 0) {
        // A legend entry's check box hides or shows that category.
        const auto vector = std::dynamic_pointer_cast<VectorLayer>(layerAt(int(index.internalId() - 1)));
        if (!vector || role != Qt::CheckStateRole || vector->style().kind != StyleKind::Categorized) return false;
        VectorStyle style = vector->style();
        if (index.row() >= style.categories.size()) return false;
        style.categories[index.row()].visible = value.toInt() == Qt::Checked;
        vector->setStyle(style);
        m_project->notifyLayerChanged(vector->id());
        return true;
    }
    const auto layer = layerAt(index.row());
    if (!layer || !m_project) return false;
    if (role == Qt::CheckStateRole) {
        layer->setVisible(value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) return false;
        layer->setName(name);
    } else {
        return false;
    }
    m_project->notifyLayerChanged(layer->id());
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    if (index.internalId() != 0) return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || indexes.first().internalId() != 0) return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime)) return false;
    const int from = data->data(kMime).toInt();
    // Dropped onto a legend entry or a layer: land at that layer's place.
    const QModelIndex target = parent.isValid() && parent.internalId() != 0 ? parent.parent() : parent;
    int to = row >= 0 && !parent.isValid() ? row : target.isValid() ? target.row() : layerCount();
    if (to > from) --to; // the dragged row leaves its place first
    moveRow(from, to);
    return false; // the move is done; the view must not remove the dragged row
}

void LayerTreeModel::moveRow(int from, int to)
{
    if (!m_project) return;
    const int n = layerCount();
    to = std::clamp(to, 0, n - 1);
    if (from < 0 || from >= n || from == to) return;
    m_project->moveLayer(n - 1 - from, n - 1 - to);
}

}
