#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace pilar {

struct VectorData;

/// A vector layer's attributes as a table that stays fluid on half a million rows:
/// sorting and filtering work on an index over all features, while the view is fed
/// rows lazily (canFetchMore/fetchMore) in chunks, so only what is scrolled to is built.
class FeatureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kChunk = 2000;

    explicit FeatureTableModel(std::shared_ptr<const VectorData> data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    /// Keeps rows with `text` in any column (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    /// Rows matching the filter, fetched or not.
    int matchingCount() const { return int(m_rows.size()); }
    int totalCount() const;
    /// The feature index shown at a row.
    uint32_t featureAt(int row) const { return m_rows[row]; }
    /// The row showing a feature (fetching up to it), or -1 when filtered out.
    int rowOfFeature(uint32_t feature);

private:
    std::shared_ptr<const VectorData> m_data;
    std::vector<uint32_t> m_rows;   ///< feature indices in display order
    int m_fetched = 0;
};

}
