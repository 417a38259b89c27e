#pragma once

#include <QDialog>

namespace pilar {

/// Help → About: version, the libraries in use, and the licence and attribution
/// notices of the bundled Purbalingga data (MIT for boundaries, ODbL for codes).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// The text shown, for tests and for copying.
    static QString aboutText();
};

}
