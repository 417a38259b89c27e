#pragma once

#include "IdentifyResult.h"
#include "MapCanvas.h"
#include "MasterPlanController.h"
#include "SaveConflictDialog.h"

#include <QObject>
#include <QPointer>
#include <QPointF>
#include <QVector>

class QMainWindow;
class QAction;
class QMenu;

namespace pilar {

class MapStatusBar;

class MasterPlanDock;
class MessageBar;
class ProjectSession;

/// The master plan's part of the main window: the Edit menu entries, the dock, the
/// forms, and placing sites by clicking on the map. Keeps MainWindow to wiring.
class MasterPlanActions : public QObject
{
    Q_OBJECT
public:
    MasterPlanActions(QMainWindow *window, MasterPlanController *controller, ProjectSession *session, MapCanvas *canvas,
                      MessageBar *messageBar, MapStatusBar *statusBar);

    /// Adds undo/redo, add/place, pillars, import and export to the Edit menu, and creates the dock.
    void populateMenu(QMenu *editMenu);
    /// Reports (print and PDF) in the Project menu, before `before`.
    void addReportAction(QMenu *projectMenu, QAction *before);
    MasterPlanDock *dock() const { return m_masterPlanDock; }
    class DashboardDock *dashboard() const { return m_dashboard; }
    void enterRealisation();

    void editProgramme(const QString &uuid);
    void editAsset(const QString &uuid, const QString &prefilledWkt = QString());
    void placeAsset(const QString &uuid);
    /// Identify results with the programmes and assets of a clicked kecamatan or desa added.
    QVector<IdentifyResult> withSummary(QVector<IdentifyResult> results) const;
    /// Selects in the dock the programme or asset among the results, if any.
    void selectIdentified(const QVector<IdentifyResult> &results);
    /// The open "someone else saved first" dialog, if any.
    SaveConflictDialog *saveConflictDialog() const { return m_saveConflict; }

private:
    void onDigitized(const QVector<QPointF> &points, MapCanvas::Tool tool);
    void highlightRow(const QString &table, const QString &uuid);
    void showSaveConflict(const MasterPlanController::State &theirs, const MasterPlanController::State &mine);

    QMainWindow *m_window;
    MasterPlanController *m_masterPlan;
    ProjectSession *m_session;
    MapCanvas *m_canvas;
    MessageBar *m_messageBar;
    MapStatusBar *m_statusBar;
    MasterPlanDock *m_masterPlanDock = nullptr;
    class DashboardDock *m_dashboard = nullptr;
    QString m_placingAsset;     ///< the asset waiting for a click on the map ("" = a new one)
    QString m_placingProgramme; ///< the programme whose site is being drawn
    QPointF m_placingPoint;     ///< where it was clicked, in map coordinates
    bool m_placing = false;     ///< the next digitized geometry is ours
    bool m_masterPlanShown = false;
    QPointer<SaveConflictDialog> m_saveConflict;
};

}
