#pragma once

#include "MasterPlanImport.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace pilar {

class MasterPlanController;

/// Import of programmes or assets from a spreadsheet or GIS file: a preview, a column
/// mapping (guessed from the column names, remembered for files with the same columns),
/// a check of every row, and an import that keeps everything or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(MasterPlanController *controller, QWidget *parent = nullptr);

    /// Loads a file into the preview and mapping (the Browse button calls it too).
    bool setSource(const QString &path);
    void setWhat(MasterPlanImport::What what);
    QHash<QString, QString> mapping() const;
    QString reportText() const;
    /// Checks (dryRun) or imports; returns true when every row was accepted.
    bool runImport(bool dryRun);

private:
    void rebuildMapping();
    QString settingsKey() const;

    MasterPlanController *m_controller;
    QComboBox *m_what;
    QLineEdit *m_path;
    QTableWidget *m_preview;
    QFormLayout *m_mappingForm;
    QWidget *m_mappingBox;
    QPlainTextEdit *m_report;
    QStringList m_columns;
    QMap<QString, QComboBox *> m_fields;
    QCheckBox *m_replace = nullptr;
};

}
