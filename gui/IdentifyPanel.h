#pragma once

#include "IdentifyResult.h"

#include <QVector>
#include <QWidget>

class QTreeWidget;

namespace pilar {

/// The "Identify" dock: features found under the last click, grouped by layer, with
/// their attributes.
class IdentifyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget *parent = nullptr);
    void showResults(const QVector<IdentifyResult> &results);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

}
