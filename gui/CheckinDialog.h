#pragma once

#include "CheckIn.h"
#include "FieldChanges.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace pilar {

/// Project → Field → Check In: pick a field package or change file, see who sent it and
/// what it changes, then merge it in the background (progress, Cancel).
class CheckinDialog : public QDialog
{
    Q_OBJECT
public:
    CheckinDialog(const QString &projectPath, QWidget *parent = nullptr);

    void setSource(const QString &path);
    QString source() const;
    /// Runs the check-in (after accept()).
    CheckIn::Result run();
    /// The summary a planner reads after a check-in.
    static QString summary(const CheckIn::Result &result);
    /// A change's kind and table as a planner says them ("asset added").
    static QString describe(const PendingChange &change);

private:
    void preview();

    QString m_projectPath;
    QLineEdit *m_source;
    QLabel *m_origin;
    QTreeWidget *m_changes;
    std::optional<FieldChanges> m_read;
    class QPushButton *m_ok = nullptr;
};

}
