#pragma once

#include "Crs.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pilar {

/// Chooses a CRS: the ones used around Purbalingga first, or any EPSG code / WKT typed
/// in, resolved as you type. Also asks for the CRS of a source that has none, with the
/// guess from its coordinates preselected and the reason shown.
class CrsSelectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CrsSelectionDialog(QWidget *parent = nullptr);

    /// Text above the list, e.g. why the question is asked.
    void setExplanation(const QString &text);
    void setCrs(const Crs &crs);
    Crs crs() const { return m_crs; }

private:
    void resolve(const QString &text);

    QLabel *m_explanation;
    QListWidget *m_list;
    QLineEdit *m_input;
    QLabel *m_resolved;
    QPushButton *m_ok = nullptr;
    Crs m_crs;
};

}
