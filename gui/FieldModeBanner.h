#pragma once

#include "FieldOrigin.h"

#include <QFrame>

class QLabel;

namespace pilar {

/// The strip above the map while a field package is open: whose package, for which
/// kecamatan, since when, and how many changes will go back to the office.
class FieldModeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FieldModeBanner(QWidget *parent = nullptr);

    void setOrigin(const FieldOrigin &origin, const QString &kecamatanNames);
    void setPendingCount(int count);
    QString text() const;

signals:
    void showChangesRequested();
    void exportRequested();

private:
    void updateText();

    FieldOrigin m_origin;
    QString m_kecamatanNames;
    int m_pending = -1;
    QLabel *m_label;
};

}
