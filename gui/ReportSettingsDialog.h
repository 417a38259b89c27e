#pragma once

#include "ReportSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pilar {

/// The project's report settings: the letterhead (government, office, address, logo), the
/// place of the date line, the signer (title, name, NIP), paper and margins.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportSettingsDialog(const ReportSettings &settings, QWidget *parent = nullptr);
    ReportSettings settings() const;
    /// Reads a logo (PNG or JPEG); false with the reason when it is not an image.
    bool setLogo(const QString &path, QString *error);

private:
    ReportSettings m_settings;
    QLineEdit *m_government;
    QLineEdit *m_office;
    QLineEdit *m_address;
    QLineEdit *m_place;
    QPlainTextEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QLineEdit *m_signerNip;
    QComboBox *m_paper;
    QCheckBox *m_landscape;
    QDoubleSpinBox *m_margins[4];
    QLabel *m_logo;
};

}
