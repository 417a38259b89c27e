#include "FeatureTableModel.h"

#include "VectorData.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace pilar {

FeatureTableModel::FeatureTableModel(std::shared_ptr<const VectorData> data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(std::move(data))
{
    m_rows.resize(m_data->featureCount());
    std::iota(m_rows.begin(), m_rows.end(), 0u);
    m_fetched = std::min<int>(kChunk, int(m_rows.size()));
}

int FeatureTableModel::totalCount() const
{
    return int(m_data->featureCount());
}

int FeatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int FeatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data->fields.size());
}

QVariant FeatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched) return {};
    const QVariant &v = m_data->attribute(m_rows[index.row()], index.column());
    if (role == Qt::DisplayRole) {
        if (v.isNull()) return QStringLiteral("NULL");
        if (v.typeId() == QMetaType::Double) return QLocale().toString(v.toDouble(), 'g', 12);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) return QLocale().toString(v.toLongLong());
        return v;
    }
    if (role == Qt::TextAlignmentRole && m_data->fields[index.column()].isNumeric())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && v.isNull()) return QColor(Qt::gray);
    if (role == Qt::EditRole) return v;
    return {};
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal && section < int(m_data->fields.size())) return m_data->fields[section].name;
    if (orientation == Qt::Vertical && section < m_fetched) return qlonglong(m_data->fids[m_rows[section]]);
    return {};
}

bool FeatureTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < int(m_rows.size());
}

void FeatureTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid()) return;
    const int more = std::min<int>(kChunk, int(m_rows.size()) - m_fetched);
    if (more <= 0) return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

void FeatureTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount()) return;
    beginResetModel();
    const VectorData &d = *m_data;
    // Extract the sort keys once: comparing QVariants inside the sort costs ten times more.
    // NULLs always go last, whatever the order.
    const bool descending = order == Qt::DescendingOrder;
    auto nullsLast = [](bool aNull, bool bNull) { return !aNull && bNull; };
    if (d.fields[column].isNumeric()) {
        std::vector<double> keys(d.featureCount());
        std::vector<char> isNull(d.featureCount());
        for (uint32_t f : m_rows) {
            const QVariant &v = d.attribute(f, column);
            isNull[f] = v.isNull();
            keys[f] = v.toDouble();
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](uint32_t a, uint32_t b) {
            if (isNull[a] || isNull[b]) return nullsLast(isNull[a], isNull[b]);
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    } else {
        std::vector<QString> keys(d.featureCount());
        std::vector<char> isNull(d.featureCount());
        for (uint32_t f : m_rows) {
            const QVariant &v = d.attribute(f, column);
            isNull[f] = v.isNull();
            keys[f] = v.toString().toCaseFolded();
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](uint32_t a, uint32_t b) {
            if (isNull[a] || isNull[b]) return nullsLast(isNull[a], isNull[b]);
            return descending ? keys[b] < keys[a] : keys[a] < keys[b];
        });
    }
    m_fetched = std::min<int>(kChunk, int(m_rows.size()));
    endResetModel();
}

void FeatureTableModel::setFilterText(const QString &text)
{
    beginResetModel();
    m_rows.clear();
    const VectorData &d = *m_data;
    const std::size_t n = d.featureCount(), cols = d.fields.size();
    for (uint32_t f = 0; f < n; ++f) {
        bool keep = text.isEmpty();
        for (std::size_t c = 0; c < cols && !keep; ++c)
            keep = d.attribute(f, c).toString().contains(text, Qt::CaseInsensitive);
        if (keep) m_rows.push_back(f);
    }
    m_fetched = std::min<int>(kChunk, int(m_rows.size()));
    endResetModel();
}

int FeatureTableModel::rowOfFeature(uint32_t feature)
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), feature);
    if (it == m_rows.end()) return -1;
    const int row = int(it - m_rows.begin());
    while (m_fetched <= row) fetchMore({});
    return row;
}

}
