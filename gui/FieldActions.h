#pragma once

#include "FieldOrigin.h"
#include "MapCanvas.h"

#include <QObject>
#include <QPointF>
#include <QTimer>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QVBoxLayout;

namespace pilar {

class ConflictsPanel;
class FieldModeBanner;
class MasterPlanController;
class MasterPlanDock;
class MessageBar;
class PendingChangesPanel;
class ProjectSession;

/// The Field menu and its parts: check-out and check-in in the office, the conflict review
/// dock, and on a field laptop the field-mode banner, the changes to send and asset
/// inspections (from the dock's selection or a click on the map).
class FieldActions : public QObject
{
    Q_OBJECT
public:
    FieldActions(QMainWindow *window, MasterPlanController *controller, ProjectSession *session, MapCanvas *canvas,
                 MessageBar *messageBar, MasterPlanDock *dock, QVBoxLayout *centralLayout);

    void populateMenu(QMenu *menu);
    /// Follows the open project: field mode for a package, office mode otherwise.
    void projectChanged();

    bool isFieldMode() const { return m_origin.has_value(); }
    FieldModeBanner *banner() const { return m_banner; }
    ConflictsPanel *conflicts() const { return m_conflicts; }
    PendingChangesPanel *pending() const { return m_pending; }
    QDockWidget *conflictsDock() const { return m_conflictsDock; }
    QDockWidget *pendingDock() const { return m_pendingDock; }

    void checkOut();
    /// Checks in `path` (asks for one when empty); the summary goes to the message bar.
    void checkIn(const QString &path = QString(), bool ask = false);
    void exportChanges(const QString &path = QString());
    /// The check-in dialog with `path` chosen, waiting for the planner's go (a double-clicked change file).
    void offerCheckIn(const QString &path);
    /// Re-checks-out a package whose changes came in (asks for it when empty).
    void refreshPackage(const QString &path = QString());
    /// Opens the inspection form for an asset (a position picked on the map optional).
    void inspectAsset(const QString &assetUuid, std::optional<QPointF> lonLat = std::nullopt);
    /// The next click on the map opens the form for the asset nearest to it, with that place.
    void inspectAssetOnMap();

private:
    void onDigitized(const QVector<QPointF> &points, MapCanvas::Tool tool);
    void locate(double longitude, double latitude);
    void updateActions();

    QMainWindow *m_window;
    MasterPlanController *m_controller;
    ProjectSession *m_session;
    MapCanvas *m_canvas;
    MessageBar *m_messageBar;
    MasterPlanDock *m_dock;
    FieldModeBanner *m_banner;
    ConflictsPanel *m_conflicts;
    PendingChangesPanel *m_pending;
    QDockWidget *m_conflictsDock;
    QDockWidget *m_pendingDock;
    std::optional<FieldOrigin> m_origin;
    QString m_packagePath;
    bool m_pickingInspection = false;
    QTimer m_pendingTimer;
    QAction *m_checkOut = nullptr, *m_checkIn = nullptr, *m_refresh = nullptr, *m_review = nullptr, *m_inspect = nullptr, *m_inspectOnMap = nullptr,
            *m_showPending = nullptr, *m_export = nullptr;
};

}
