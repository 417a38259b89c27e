#pragma once

#include "IdentifyResult.h"
#include "MapCanvas.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;

namespace pilar {

class AttributeTableDialog;
class FieldActions;
class IdentifyPanel;
class LayerPanel;
class MasterPlanActions;
class MasterPlanController;
class MasterPlanDock;
class MapStatusBar;
class MessageBar;
class Project;
class ProjectSession;
class RecoveryKeeper;

/// The main window: builds menus, toolbars and docks and wires them to the session,
/// the canvas and the panels. Holds no logic of its own beyond that wiring.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    MapCanvas *canvas() const { return m_canvas; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyPanel *identifyPanel() const { return m_identifyPanel; }
    MessageBar *messageBar() const { return m_messageBar; }
    MapStatusBar *mapStatusBar() const { return m_statusBar; }
    MasterPlanController *masterPlan() const { return m_masterPlan; }
    MasterPlanDock *masterPlanDock() const { return m_masterPlanDock; }
    FieldActions *fieldActions() const { return m_fieldActions; }
    MasterPlanActions *masterPlanActions() const { return m_masterPlanActions; }
    RecoveryKeeper *recovery() const { return m_recovery; }
    /// At start: offers unsaved changes a crash left behind; true when they are being restored.
    bool offerRecovery();

    void openProject(const QString &path);
    /// Creates a project from the regency's boundaries (no sample plan) at `path` and opens it.
    bool newProjectFromBoundaries(const QString &path);
    /// Shows the welcome screen and does what the planner picks there.
    void showWelcome();
    /// Acts on a welcome-screen choice (WelcomeDialog::Choice as int).
    void applyWelcomeChoice(int choice, const QString &path);
    void showGuide();
    static QStringList recentProjects();
    void openDemoProject();
    /// The office-server dialog, filled from `connection` (a recent one) when given.
    void openServerProject(const QString &connection);
    void addLayers(const QStringList &paths);
    AttributeTableDialog *openAttributeTable(const QString &layerId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void onProjectChanged(Project *project);
    void updateTitle();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    bool maybeSave();
    bool saveProject();
    bool saveProjectAs();
    void chooseProjectCrs();
    void showLayerProperties(const QString &layerId);
    void removeLayer(const QString &layerId);
    void showIdentifyResults(const QVector<IdentifyResult> &results);
    QAction *toolAction(const QString &text, MapCanvas::Tool tool, const QString &shortcut);

    ProjectSession *m_session;
    RecoveryKeeper *m_recovery;
    MapCanvas *m_canvas;
    MessageBar *m_messageBar;
    LayerPanel *m_layerPanel;
    IdentifyPanel *m_identifyPanel;
    MapStatusBar *m_statusBar;
    QDockWidget *m_identifyDock = nullptr;
    MasterPlanController *m_masterPlan = nullptr;
    MasterPlanDock *m_masterPlanDock = nullptr;
    MasterPlanActions *m_masterPlanActions = nullptr;
    FieldActions *m_fieldActions = nullptr;
    QActionGroup *m_tools = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QPointer<AttributeTableDialog>> m_tables;

    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_serverAction = nullptr, *m_demoAction = nullptr, *m_saveAction = nullptr,
            *m_saveAsAction = nullptr, *m_quitAction = nullptr, *m_addLayerAction = nullptr, *m_tableAction = nullptr,
            *m_propertiesAction = nullptr, *m_removeAction = nullptr, *m_zoomInAction = nullptr, *m_zoomOutAction = nullptr,
            *m_fullAction = nullptr, *m_zoomLayerAction = nullptr, *m_backAction = nullptr, *m_forwardAction = nullptr,
            *m_crsAction = nullptr, *m_refreshAction = nullptr, *m_settingsAction = nullptr, *m_aboutAction = nullptr,
            *m_guideAction = nullptr, *m_welcomeAction = nullptr;
};

}
