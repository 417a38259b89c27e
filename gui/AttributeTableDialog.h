#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QTableView;

namespace pilar {

class FeatureTableModel;
class VectorLayer;

/// A layer's attribute table (non-modal): sort by clicking a header, filter by text,
/// and a selection kept in step with the map's highlight both ways.
class AttributeTableDialog : public QDialog
{
    Q_OBJECT
public:
    AttributeTableDialog(std::shared_ptr<VectorLayer> layer, QWidget *parent = nullptr);

    QString layerId() const;
    FeatureTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Selects the given features (from the map), scrolling to the first.
    void selectFeatures(const std::vector<uint32_t> &features);
    std::vector<uint32_t> selectedFeatures() const;

signals:
    void selectionChanged(const QString &layerId, const std::vector<uint32_t> &features);
    void zoomToFeaturesRequested(const QString &layerId, const std::vector<uint32_t> &features);

private:
    void updateStatus();

    std::shared_ptr<VectorLayer> m_layer;
    FeatureTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTimer m_filterTimer;
    bool m_syncing = false;
};

}
