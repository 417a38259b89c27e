#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace pilar {

class MasterPlanController;

/// The indicators of a programme (or one indicator) with their baseline, targets and every
/// realised value reported — regency-wide and per kecamatan — with its achievement, source
/// and attachment, which opens in the desktop's viewer.
class IndicatorHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorHistoryWidget(MasterPlanController *controller, QWidget *parent = nullptr);

    void showProgramme(const QString &programmeUuid);
    void showIndicator(const QString &indicatorUuid);
    QTreeWidget *tree() const { return m_tree; }
    /// Writes a realisation's attachment to a temporary file and hands it to the desktop
    /// (unless `launch` is false); returns the file's path, or empty with the reason.
    QString openAttachment(const QString &realisationUuid, QString *error, bool launch = true);

private:
    void fill(const QString &programmeUuid, const QString &indicatorUuid);

    MasterPlanController *m_controller;
    QTreeWidget *m_tree;
    QPushButton *m_open;
};

}
