#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pilar {

/// The first screen a planner sees: open the demo, start a project from the regency's
/// boundaries, open a recent or another project; the language (applied at once); and
/// where Pilar keeps its data. Shown on the first start, with `pilar --welcome`, from
/// Help → Welcome Screen, and at every start while "show at start" stays ticked.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Demo, NewProject, OpenProject };

    explicit WelcomeDialog(const QStringList &recentProjects, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The project to open (OpenProject) or to create (NewProject).
    QString path() const { return m_path; }
    /// Whether the screen should come back at the next start.
    static bool showAtStart();

private:
    void retranslate();
    void choose(Choice choice, const QString &path = QString());

    QStringList m_recent;
    Choice m_choice = Choice::None;
    QString m_path;
    QLabel *m_title, *m_intro, *m_recentLabel, *m_languageLabel, *m_whereTitle, *m_where;
    QPushButton *m_demo, *m_new, *m_open, *m_close;
    QListWidget *m_recentList;
    QComboBox *m_language;
    QCheckBox *m_showAtStart;
};

}
