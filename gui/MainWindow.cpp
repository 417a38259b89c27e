#include "MainWindow.h"

#include "AboutDialog.h"
#include "AttributeTableDialog.h"
#include "CrsSelectionDialog.h"
#include "DemoProject.h"
#include "IdentifyPanel.h"
#include "LayerLoader.h"
#include "LayerPanel.h"
#include "LayerPropertiesDialog.h"
#include "CoordinateTransform.h"
#include "MasterPlanController.h"
#include "MasterPlanActions.h"
#include "MasterPlanDock.h"
#include "FieldActions.h"
#include "GuideBrowser.h"
#include "WelcomeDialog.h"
#include "MapStatusBar.h"
#include "MessageBar.h"
#include "Project.h"
#include "ProjectFile.h"
#include "PostgresDatabase.h"
#include "ProjectSession.h"
#include "ServerConnectionDialog.h"
#include "RecoveryKeeper.h"
#include "SettingsDialog.h"
#include "VectorLayer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStyle>
#include <QRegularExpression>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pilar {

namespace {
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kLastKey = QStringLiteral("lastProject");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_recovery(new RecoveryKeeper(m_session, this))
    , m_canvas(new MapCanvas(this))
    , m_messageBar(new MessageBar(this))
    , m_layerPanel(new LayerPanel(this))
    , m_identifyPanel(new IdentifyPanel(this))
    , m_statusBar(new MapStatusBar(m_canvas, this))
{
    setWindowIcon(QIcon(QStringLiteral(":/pilar/icons/pilar.svg")));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_canvas, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    m_masterPlan = new MasterPlanController(this);
    connect(m_masterPlan, &MasterPlanController::othersChanged, this, [this] {
        m_messageBar->showMessage(MessageBar::Level::Info, tr("Another planner changed the master plan on the server; what you see is up to date."));
    });
    createActions();
    createMenus();
    createDocks();
    resize(1280, 800);

    m_session->setCrsChooser([this](const Layer &, const QString &explanation, const Crs &guess) {
        CrsSelectionDialog dialog(this);
        dialog.setExplanation(explanation);
        if (guess.isValid()) dialog.setCrs(guess);
        return dialog.exec() == QDialog::Accepted ? dialog.crs() : Crs();
    });
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_session, &ProjectSession::error, this, [this](const QString &t) { m_messageBar->showMessage(MessageBar::Level::Error, t); });
    connect(m_session, &ProjectSession::warning, this, [this](const QString &t) { m_messageBar->showMessage(MessageBar::Level::Warning, t); });
    connect(m_session, &ProjectSession::busyChanged, this, [this](bool busy) { m_statusBar->setBusy(busy, tr("Loading…")); });
    connect(m_session, &ProjectSession::progress, m_statusBar, &MapStatusBar::setProgress);
    connect(m_session, &ProjectSession::projectSaved, this, [this](const QString &path) {
        // Saved under a new name (or for the first time): the master plan now lives there.
        if (m_masterPlan->filePath() != m_session->project()->filePath()) {
            m_masterPlan->setProject(m_session->project());
            m_fieldActions->projectChanged();
        }
        rememberRecent(path);
        updateTitle();
        m_statusBar->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_session, &ProjectSession::layersAdded, this, [this](const QStringList &ids) {
        if (!ids.isEmpty() && m_session->project()->layers().size() == std::size_t(ids.size())) m_canvas->zoomToFullExtent();
    });
    connect(m_statusBar, &MapStatusBar::cancelClicked, m_session, &ProjectSession::cancel);
    connect(m_statusBar, &MapStatusBar::crsClicked, this, &MainWindow::chooseProjectCrs);
    connect(m_canvas, &MapCanvas::identified, this, &MainWindow::showIdentifyResults);
    connect(m_canvas, &MapCanvas::measurementChanged, this, [this](const QString &t) {
        if (!t.isEmpty()) m_statusBar->showMessage(t);
    });
    connect(m_canvas, &MapCanvas::renderErrors, this, [this](const QStringList &errors) {
        m_messageBar->showMessage(MessageBar::Level::Warning, errors.join(QLatin1Char('\n')));
    });
    connect(m_canvas, &MapCanvas::historyChanged, this, [this] {
        m_backAction->setEnabled(m_canvas->canGoBack());
        m_forwardAction->setEnabled(m_canvas->canGoForward());
    });
    onProjectChanged(m_session->project());
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::toolAction(const QString &text, MapCanvas::Tool tool, const QString &shortcut)
{
    static const char *icons[] = {"pan", "zoom-box", "identify", "measure-distance", "measure-area"};
    auto *action = new QAction(QIcon(QStringLiteral(":/pilar/icons/%1.svg").arg(QLatin1String(icons[int(tool)]))), text, this);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(shortcut));
    action->setActionGroup(m_tools);
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    // Keep the buttons in step when the tool changes from elsewhere (Esc, a test, a script).
    connect(m_canvas, &MapCanvas::toolChanged, action, [action, tool](MapCanvas::Tool current) {
        if (current == tool) action->setChecked(true);
    });
    return action;
}

void MainWindow::createActions()
{
    QStyle *s = style();
    m_newAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New Project"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { if (maybeSave()) m_session->newProject(); });
    m_openAction = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave()) return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr("Pilar project (*.gpkg)"));
        if (!path.isEmpty()) openProject(path);
    });
    m_serverAction = new QAction(tr("Open from the Office &Server…"), this);
    connect(m_serverAction, &QAction::triggered, this, [this] {
        if (!maybeSave()) return;
        openServerProject(QString());
    });
    m_demoAction = new QAction(tr("Open the Purbalingga &Demo"), this);
    connect(m_demoAction, &QAction::triggered, this, [this] { if (maybeSave()) openDemoProject(); });
    m_saveAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveProject);
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveProjectAs);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_addLayerAction = new QAction(QIcon(QStringLiteral(":/pilar/icons/add-layer.svg")), tr("&Add Layer…"), this);
    m_addLayerAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    connect(m_addLayerAction, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Layer"), QString(), LayerLoader::fileFilter());
        if (!paths.isEmpty()) addLayers(paths);
    });
    m_tableAction = new QAction(tr("Attribute &Table"), this);
    m_tableAction->setShortcut(QKeySequence(QStringLiteral("F6")));
    connect(m_tableAction, &QAction::triggered, this, [this] { openAttributeTable(m_layerPanel->currentLayerId()); });
    m_propertiesAction = new QAction(tr("&Style and Properties…"), this);
    connect(m_propertiesAction, &QAction::triggered, this, [this] { showLayerProperties(m_layerPanel->currentLayerId()); });
    m_removeAction = new QAction(tr("&Remove Layer"), this);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeLayer(m_layerPanel->currentLayerId()); });

    m_tools = new QActionGroup(this);
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_canvas->zoomByFactor(0.5, m_canvas->rect().center()); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_canvas->zoomByFactor(2.0, m_canvas->rect().center()); });
    m_fullAction = new QAction(QIcon(QStringLiteral(":/pilar/icons/zoom-full.svg")), tr("Zoom to &Full Extent"), this);
    m_fullAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    connect(m_fullAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    m_zoomLayerAction = new QAction(tr("Zoom to &Layer"), this);
    connect(m_zoomLayerAction, &QAction::triggered, this, [this] { m_canvas->zoomToLayer(m_layerPanel->currentLayerId()); });
    m_backAction = new QAction(s->standardIcon(QStyle::SP_ArrowBack), tr("&Previous View"), this);
    m_backAction->setShortcut(QKeySequence(QStringLiteral("Alt+Left")));
    connect(m_backAction, &QAction::triggered, m_canvas, &MapCanvas::previousView);
    m_forwardAction = new QAction(s->standardIcon(QStyle::SP_ArrowForward), tr("&Next View"), this);
    m_forwardAction->setShortcut(QKeySequence(QStringLiteral("Alt+Right")));
    connect(m_forwardAction, &QAction::triggered, m_canvas, &MapCanvas::nextView);
    m_crsAction = new QAction(tr("Project &CRS…"), this);
    connect(m_crsAction, &QAction::triggered, this, &MainWindow::chooseProjectCrs);
    m_refreshAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_canvas, &MapCanvas::refresh);
    m_settingsAction = new QAction(tr("&Preferences…"), this);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.save())
            m_messageBar->showMessage(MessageBar::Level::Info, tr("The new language takes effect when Pilar is started again."));
    });
    m_guideAction = new QAction(tr("User &Guide"), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);
    m_welcomeAction = new QAction(tr("&Welcome Screen…"), this);
    connect(m_welcomeAction, &QAction::triggered, this, [this] { if (maybeSave()) showWelcome(); });
    m_aboutAction = new QAction(tr("&About Pilar"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::createMenus()
{
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_newAction);
    project->addAction(m_openAction);
    project->addAction(m_serverAction);
    m_recentMenu = project->addMenu(tr("Open &Recent"));
    project->addAction(m_demoAction);
    project->addSeparator();
    project->addAction(m_saveAction);
    project->addAction(m_saveAsAction);
    project->addSeparator();
    project->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_masterPlanActions = new MasterPlanActions(this, m_masterPlan, m_session, m_canvas, m_messageBar, m_statusBar);
    m_masterPlanActions->populateMenu(edit);
    m_masterPlanActions->addReportAction(project, m_quitAction);
    m_masterPlanDock = m_masterPlanActions->dock();
    m_fieldActions = new FieldActions(this, m_masterPlan, m_session, m_canvas, m_messageBar, m_masterPlanDock,
                                      qobject_cast<QVBoxLayout *>(centralWidget()->layout()));
    m_fieldActions->populateMenu(menuBar()->addMenu(tr("F&ield")));

    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    layer->addAction(m_addLayerAction);
    layer->addAction(m_tableAction);
    layer->addAction(m_propertiesAction);
    layer->addAction(m_removeAction);

    QAction *pan = toolAction(tr("&Pan"), MapCanvas::Tool::Pan, QStringLiteral("P"));
    QAction *zoomBox = toolAction(tr("&Zoom Box"), MapCanvas::Tool::ZoomIn, QStringLiteral("Z"));
    QAction *identify = toolAction(tr("&Identify Features"), MapCanvas::Tool::Identify, QStringLiteral("I"));
    QAction *distance = toolAction(tr("Measure &Distance"), MapCanvas::Tool::MeasureDistance, QStringLiteral("M"));
    QAction *area = toolAction(tr("Measure &Area"), MapCanvas::Tool::MeasureArea, QStringLiteral("A"));
    pan->setChecked(true);
    m_canvas->setTool(MapCanvas::Tool::Pan);

    QMenu *view = menuBar()->addMenu(tr("&Map"));
    for (QAction *a : {pan, zoomBox, identify, distance, area}) view->addAction(a);
    view->addSeparator();
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_fullAction, m_zoomLayerAction, m_backAction, m_forwardAction, m_refreshAction})
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_crsAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addAction(m_welcomeAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {m_openAction, m_saveAction, m_addLayerAction}) bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {pan, zoomBox, identify, distance, area}) bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {m_fullAction, m_backAction, m_forwardAction}) bar->addAction(a);
}

void MainWindow::createDocks()
{
    auto *layers = new QDockWidget(tr("Layers"), this);
    layers->setObjectName(QStringLiteral("layersDock"));
    layers->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, layers);
    m_identifyDock = new QDockWidget(tr("Identify Results"), this);
    m_identifyDock->setObjectName(QStringLiteral("identifyDock"));
    m_identifyDock->setWidget(m_identifyPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    m_identifyDock->hide();
    resizeDocks({layers}, {260}, Qt::Horizontal);
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(m_layerPanel, &LayerPanel::styleRequested, this, &MainWindow::showLayerProperties);
    connect(m_layerPanel, &LayerPanel::attributeTableRequested, this, &MainWindow::openAttributeTable);
    connect(m_layerPanel, &LayerPanel::removeRequested, this, &MainWindow::removeLayer);
}

void MainWindow::onProjectChanged(Project *project)
{
    m_canvas->setProject(project);
    m_layerPanel->setProject(project);
    m_masterPlan->setProject(project);
    m_fieldActions->projectChanged();
    if (m_masterPlan->isAvailable() && !m_masterPlan->store().canEdit())
        m_messageBar->showMessage(MessageBar::Level::Info, tr("Your role in this project is viewer: you can look at everything, "
                                                              "and changes are refused. An administrator can give you another role."));
    for (const auto &table : m_tables)
        if (table) table->close();
    m_tables.clear();
    if (project) {
        m_statusBar->setCrs(project->crs());
        connect(project, &Project::crsChanged, this, [this, project] { m_statusBar->setCrs(project->crs()); });
        connect(project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
        connect(project, &Project::titleChanged, this, &MainWindow::updateTitle);
        if (!project->filePath().isEmpty()) rememberRecent(project->filePath());
    }
    updateTitle();
}

QStringList MainWindow::recentProjects()
{
    QStringList out;
    for (const QString &path : QSettings().value(kRecentKey).toStringList())
        if (PostgresDatabase::isConnectionString(path) || QFileInfo::exists(path)) out << path;
    return out;
}

bool MainWindow::newProjectFromBoundaries(const QString &path)
{
    QString error;
    if (!DemoProject::create(path, &error, false)) {
        QMessageBox::warning(this, tr("New Project"), error);
        return false;
    }
    openProject(path);
    return true;
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(recentProjects(), this);
    if (dialog.exec() == QDialog::Accepted) applyWelcomeChoice(int(dialog.choice()), dialog.path());
}

void MainWindow::applyWelcomeChoice(int choice, const QString &path)
{
    switch (WelcomeDialog::Choice(choice)) {
    case WelcomeDialog::Choice::Demo: openDemoProject(); break;
    case WelcomeDialog::Choice::NewProject: newProjectFromBoundaries(path); break;
    case WelcomeDialog::Choice::OpenProject:
        if (PostgresDatabase::isConnectionString(path)) openServerProject(path);
        else openProject(path);
        break;
    case WelcomeDialog::Choice::None: break;
    }
}

void MainWindow::showGuide()
{
    auto *guide = findChild<GuideBrowser *>();
    if (!guide) guide = new GuideBrowser(this);
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::updateTitle()
{
    const Project *p = m_session->project();
    QString name = p && !p->title().isEmpty() ? p->title() : tr("Untitled");
    if (p && PostgresDatabase::isConnectionString(p->filePath())) name += QStringLiteral(" — ") + tr("office server %1").arg(PostgresDatabase::displayName(p->filePath()));
    else if (p && !p->filePath().isEmpty()) name += QStringLiteral(" — ") + QFileInfo(p->filePath()).fileName();
    setWindowTitle(name + (p && p->isModified() ? QStringLiteral(" *") : QString()) + QStringLiteral(" — Pilar"));
}

void MainWindow::openProject(const QString &path)
{
    m_session->openProject(path);
}

void MainWindow::openServerProject(const QString &connection)
{
    // A remembered server has no password with it: the dialog asks, or fills it in from the keyring.
    ServerConnectionDialog dialog(this);
    if (!connection.isEmpty()) dialog.setConnection(connection);
    if (dialog.exec() == QDialog::Accepted) openProject(dialog.connection());
}

void MainWindow::openDemoProject()
{
    QString error;
    const QString path = DemoProject::ensureInstalled(&error);
    if (path.isEmpty()) m_messageBar->showMessage(MessageBar::Level::Error, error);
    else openProject(path);
}

void MainWindow::addLayers(const QStringList &paths)
{
    m_session->addLayers(paths);
}

AttributeTableDialog *MainWindow::openAttributeTable(const QString &layerId)
{
    if (!m_session->project()) return nullptr;
    const auto layer = std::dynamic_pointer_cast<VectorLayer>(m_session->project()->layer(layerId));
    if (!layer) {
        m_messageBar->showMessage(MessageBar::Level::Info, tr("Choose a vector layer in the Layers panel to see its attribute table."));
        return nullptr;
    }
    auto *dialog = new AttributeTableDialog(layer, this);
    connect(dialog, &AttributeTableDialog::selectionChanged, m_canvas, &MapCanvas::setHighlight);
    connect(dialog, &AttributeTableDialog::zoomToFeaturesRequested, m_canvas, &MapCanvas::zoomToFeatures);
    m_tables << dialog;
    dialog->show();
    return dialog;
}

void MainWindow::showIdentifyResults(const QVector<IdentifyResult> &results)
{
    m_identifyPanel->showResults(m_masterPlanActions->withSummary(results));
    m_masterPlanActions->selectIdentified(results);
    m_identifyDock->show();
    if (results.isEmpty()) return;
    // Keep an open attribute table of that layer in step with the map.
    std::vector<uint32_t> features;
    for (const auto &r : results)
        if (r.layerId == results.first().layerId) features.push_back(r.featureIndex);
    for (const auto &table : m_tables)
        if (table && table->layerId() == results.first().layerId) table->selectFeatures(features);
}

void MainWindow::showLayerProperties(const QString &layerId)
{
    const auto layer = m_session->project() ? m_session->project()->layer(layerId) : nullptr;
    if (!layer) return;
    LayerPropertiesDialog dialog(m_session->project(), layer, this);
    dialog.exec();
}

void MainWindow::removeLayer(const QString &layerId)
{
    if (m_session->project() && !layerId.isEmpty()) m_session->project()->removeLayer(layerId);
}

void MainWindow::chooseProjectCrs()
{
    Project *p = m_session->project();
    if (!p) return;
    CrsSelectionDialog dialog(this);
    dialog.setCrs(p->crs());
    if (dialog.exec() == QDialog::Accepted) p->setCrs(dialog.crs());
}

bool MainWindow::saveProject()
{
    Project *p = m_session->project();
    if (!p) return false;
    if (p->filePath().isEmpty()) return saveProjectAs();
    QString error;
    if (!m_session->save(&error)) {
        m_messageBar->showMessage(MessageBar::Level::Error, error);
        return false;
    }
    return true;
}

bool MainWindow::saveProjectAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), tr("Pilar project (*.gpkg)"));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) path += QStringLiteral(".gpkg");
    QString error;
    if (!m_session->saveAs(path, &error)) {
        m_messageBar->showMessage(MessageBar::Level::Error, error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    Project *p = m_session->project();
    if (!p || !p->isModified()) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("The project \"%1\" has changes that are not saved. Save them?").arg(p->title()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveProject();
    if (answer == QMessageBox::Discard) m_recovery->discardCurrent();   // dropped on purpose: nothing to recover
    return answer == QMessageBox::Discard;
}

bool MainWindow::offerRecovery()
{
    return m_recovery->offerRestore(this);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // A server is remembered without its password (libpq finds it in ~/.pgpass, or asks again).
    const QString abs = PostgresDatabase::isConnectionString(path) ? PostgresDatabase::withoutPassword(path)
                                                                    : QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > 8) recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, abs);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        if (PostgresDatabase::isConnectionString(path)) {
            m_recentMenu->addAction(tr("Server: %1").arg(PostgresDatabase::displayName(path)), this, [this, path] { if (maybeSave()) openServerProject(path); });
            continue;
        }
        if (!QFileInfo::exists(path)) continue;
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { if (maybeSave()) openProject(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->actions().isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_session->cancel();
        m_recovery->discardCurrent();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) files << url.toLocalFile();
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    // A dropped Pilar project opens as the project; anything else is added as layers.
    if (files.size() == 1 && ProjectFile::isProjectFile(files.first())) {
        if (maybeSave()) openProject(files.first());
        return;
    }
    addLayers(files);
}

}
