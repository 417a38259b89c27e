#include "IdentifyPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pilar {

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Feature / field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void IdentifyPanel::showResults(const QVector<IdentifyResult> &results)
{
    m_tree->clear();
    if (results.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("Nothing found here.")});
        none->setDisabled(true);
        return;
    }
    QTreeWidgetItem *layerItem = nullptr;
    QString currentLayer;
    for (const IdentifyResult &r : results) {
        if (r.layerId != currentLayer || !layerItem) {
            layerItem = new QTreeWidgetItem(m_tree, {r.layerName});
            QFont f = layerItem->font(0);
            f.setBold(true);
            layerItem->setFont(0, f);
            layerItem->setExpanded(true);
            currentLayer = r.layerId;
        }
        // A readable title: the first name-like field, else the feature id.
        QString title = tr("Feature %1").arg(r.fid);
        for (int i = 0; i < r.fieldNames.size(); ++i) {
            const QString n = r.fieldNames[i].toLower();
            if ((n == QLatin1String("name") || n == QLatin1String("nama")) && !r.values[i].isNull()) {
                title = r.values[i].toString();
                break;
            }
        }
        auto *featureItem = new QTreeWidgetItem(layerItem, {title});
        featureItem->setExpanded(true);
        for (int i = 0; i < r.fieldNames.size(); ++i) {
            // Internal identifiers mean nothing to a planner; codes and names say it all.
            if (r.fieldNames[i] == QLatin1String("uuid") || r.fieldNames[i].endsWith(QLatin1String("_uuid"))) continue;
            const QVariant &v = r.values[i];
            QString text = v.isNull() ? QStringLiteral("NULL") : v.toString();
            if (v.typeId() == QMetaType::Double) text = QLocale().toString(v.toDouble(), 'g', 12);
            new QTreeWidgetItem(featureItem, {r.fieldNames[i], text});
        }
    }
}

}
