#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPagedPaintDevice;

namespace pilar {

class MasterPlanController;

/// Prints or exports a report: the template (progress report or kecamatan atlas), the date of
/// the data, a pillar or the kecamatan to include, the paper; the letterhead and signer come
/// from the project's report settings. Export shows progress and can be cancelled; a cancelled
/// export leaves no file.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Template { Progress, Atlas, Assets };

    ReportDialog(MasterPlanController *controller, QWidget *parent = nullptr);
    void setTemplate(Template t);
    void setKecamatan(const QStringList &codes);
    /// Writes the PDF (with a progress dialog); false with the reason, or when cancelled.
    bool exportPdf(const QString &path, QString *error);

private:
    bool produce(const QString &path, QPagedPaintDevice *printer, QString *error);
    void editSettings();
    void print();

    MasterPlanController *m_controller;
    QComboBox *m_template;
    QDateEdit *m_date;
    QComboBox *m_pillar;
    QComboBox *m_stage;
    QComboBox *m_year;
    QListWidget *m_kecamatan;
    QComboBox *m_paper;
    QCheckBox *m_landscape;
    QLineEdit *m_path;
    QLabel *m_status;
};

}
