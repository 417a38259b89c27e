#include "AttributeTableDialog.h"

#include "FeatureTableModel.h"
#include "VectorLayer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pilar {

AttributeTableDialog::AttributeTableDialog(std::shared_ptr<VectorLayer> layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(std::move(layer))
    , m_model(new FeatureTableModel(m_layer->data(), this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Attribute Table — %1").arg(m_layer->name()));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(800, 480);
    m_filter->setPlaceholderText(tr("Filter: type text to find in any column"));
    m_filter->setClearButtonEnabled(true);
    auto *zoom = new QPushButton(tr("&Zoom to Selection"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(zoom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_filter->text());
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        if (!m_syncing) emit selectionChanged(m_layer->id(), selectedFeatures());
    });
    connect(zoom, &QPushButton::clicked, this, [this] { emit zoomToFeaturesRequested(m_layer->id(), selectedFeatures()); });
    updateStatus();
}

QString AttributeTableDialog::layerId() const
{
    return m_layer->id();
}

std::vector<uint32_t> AttributeTableDialog::selectedFeatures() const
{
    std::vector<uint32_t> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) out.push_back(m_model->featureAt(i.row()));
    std::sort(out.begin(), out.end());
    return out;
}

void AttributeTableDialog::selectFeatures(const std::vector<uint32_t> &features)
{
    m_syncing = true;
    QItemSelection selection;
    int first = -1;
    for (uint32_t f : features) {
        const int row = m_model->rowOfFeature(f);
        if (row < 0) continue;
        if (first < 0) first = row;
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first >= 0) m_view->scrollTo(m_model->index(first, 0));
    m_syncing = false;
    updateStatus();
}

void AttributeTableDialog::updateStatus()
{
    const QLocale locale;
    m_status->setText(tr("%1 of %2 features shown, %3 selected")
                          .arg(locale.toString(m_model->matchingCount()), locale.toString(m_model->totalCount()),
                               locale.toString(qlonglong(m_view->selectionModel()->selectedRows().size()))));
}

}
