#pragma once

#include "FieldPackage.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace pilar {

/// Project → Field → Check Out: which kecamatan, for whom, on which laptop, and where the
/// package goes. Runs the check-out in the background with progress and Cancel.
class CheckoutDialog : public QDialog
{
    Q_OBJECT
public:
    CheckoutDialog(const QString &projectPath, const QList<std::pair<QString, QString>> &kecamatan, QWidget *parent = nullptr);

    FieldPackage::Options options() const;
    void setOptions(const FieldPackage::Options &options);
    /// Runs the check-out (after accept()); the result says what was written or why not.
    FieldPackage::Result run();

private:
    void updateOk();

    QString m_projectPath;
    QListWidget *m_kecamatan;
    QLineEdit *m_officer;
    QLineEdit *m_laptop;
    QLineEdit *m_out;
    class QPushButton *m_ok = nullptr;
};

}
