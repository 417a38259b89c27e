#pragma once

#include <QDialog>

class QComboBox;

namespace pilar {

/// Settings → Preferences: the interface language (Bahasa Indonesia or English).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    /// Stores the choice; returns true when it differs from the running language.
    bool save();

private:
    QComboBox *m_language;
    QString m_initial;
};

}
