#pragma once

#include "Asset.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pilar {

class MasterPlanController;

/// The form for one ICT asset. Its place comes from a click on the map (the dock's
/// "Place on map") or is typed as longitude/latitude or WKT.
class AssetDialog : public QDialog
{
    Q_OBJECT
public:
    AssetDialog(MasterPlanController *controller, const Asset &asset, QWidget *parent = nullptr);
    Asset asset() const;
    void setAsset(const Asset &asset);
    QString problemsText() const;

    void accept() override;

private:
    MasterPlanController *m_controller;
    Asset m_original;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_condition;
    QComboBox *m_opd;
    QComboBox *m_programme;
    QCheckBox *m_dateKnown;
    QDateEdit *m_installDate;
    QLineEdit *m_kecamatan;
    QLineEdit *m_desa;
    QLineEdit *m_location;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
};

}
