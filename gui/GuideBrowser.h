#pragma once

#include <QDialog>

class QTextBrowser;

namespace pilar {

/// Help → User Guide: the guide (Panduan Pengguna) in the program's language, read offline
/// from the HTML compiled into Pilar, with back, forward and contents.
class GuideBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    /// The contents page of the guide in `language` (id or en; id when unknown).
    static QUrl homeUrl(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

}
