#include "FieldActions.h"

#include "BackgroundTask.h"
#include "CheckinDialog.h"
#include "CheckoutDialog.h"
#include "ConflictsPanel.h"
#include "CoordinateTransform.h"
#include "FieldChanges.h"
#include "FieldModeBanner.h"
#include "InspectionDialog.h"
#include "MasterPlanController.h"
#include "MasterPlanSchema.h"
#include "MasterPlanDock.h"
#include "MessageBar.h"
#include "PendingChangesPanel.h"
#include "Project.h"
#include "ProjectSession.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace pilar {

FieldActions::FieldActions(QMainWindow *window, MasterPlanController *controller, ProjectSession *session, MapCanvas *canvas,
                           MessageBar *messageBar, MasterPlanDock *dock, QVBoxLayout *centralLayout)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_session(session)
    , m_canvas(canvas)
    , m_messageBar(messageBar)
    , m_dock(dock)
    , m_banner(new FieldModeBanner(window))
    , m_conflicts(new ConflictsPanel(controller, window))
    , m_pending(new PendingChangesPanel(window))
    , m_conflictsDock(new QDockWidget(tr("Review Conflicts"), window))
    , m_pendingDock(new QDockWidget(tr("Changes to Send"), window))
{
    centralLayout->insertWidget(0, m_banner);
    m_banner->hide();
    m_conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    m_conflictsDock->setWidget(m_conflicts);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_conflictsDock);
    m_conflictsDock->hide();
    m_pendingDock->setObjectName(QStringLiteral("pendingChangesDock"));
    m_pendingDock->setWidget(m_pending);
    window->addDockWidget(Qt::RightDockWidgetArea, m_pendingDock);
    m_pendingDock->hide();

    // Edits come in bursts (a bulk edit, an import): read the changes once they settle.
    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(300);
    connect(&m_pendingTimer, &QTimer::timeout, m_pending, &PendingChangesPanel::refresh);
    connect(m_controller, &MasterPlanController::changed, this, [this] { if (isFieldMode()) m_pendingTimer.start(); });
    connect(m_pending, &PendingChangesPanel::pendingCountChanged, m_banner, &FieldModeBanner::setPendingCount);
    connect(m_banner, &FieldModeBanner::showChangesRequested, this, [this] { m_pendingDock->show(); m_pendingDock->raise(); });
    connect(m_banner, &FieldModeBanner::exportRequested, this, [this] { exportChanges(); });
    connect(m_conflicts, &ConflictsPanel::locateRequested, this, &FieldActions::locate);
    connect(m_conflicts, &ConflictsPanel::resolved, this, [this] {
        m_messageBar->showMessage(MessageBar::Level::Info, tr("Decision recorded in the audit log."));
    });
    connect(m_canvas, &MapCanvas::geometryDigitized, this, &FieldActions::onDigitized);
}

void FieldActions::populateMenu(QMenu *menu)
{
    m_checkOut = menu->addAction(tr("Check &Out Field Package…"), this, &FieldActions::checkOut);
    m_checkIn = menu->addAction(tr("Check &In Field Package…"), this, [this] { checkIn(); });
    m_refresh = menu->addAction(tr("Re&fresh Field Package…"), this, [this] { refreshPackage(); });
    m_review = m_conflictsDock->toggleViewAction();
    m_review->setText(tr("&Review Conflicts"));
    menu->addAction(m_review);
    menu->addSeparator();
    m_inspect = menu->addAction(tr("I&nspect Selected Asset…"), this, [this] {
        const QString uuid = m_dock ? m_dock->selectedAssetUuid() : QString();
        if (uuid.isEmpty()) {
            m_messageBar->showMessage(MessageBar::Level::Info, tr("Select an asset in the Master Plan panel first, or use Inspect Asset on the Map."));
            return;
        }
        inspectAsset(uuid);
    });
    m_inspectOnMap = menu->addAction(tr("Inspect Asset on the &Map"), this, &FieldActions::inspectAssetOnMap);
    menu->addSeparator();
    m_showPending = m_pendingDock->toggleViewAction();
    m_showPending->setText(tr("&Changes to Send"));
    menu->addAction(m_showPending);
    m_export = menu->addAction(tr("&Export Change File…"), this, [this] { exportChanges(); });
    updateActions();
}

void FieldActions::updateActions()
{
    const bool available = m_controller->isAvailable();
    const bool field = isFieldMode();
    if (!m_checkOut) return;
    m_checkOut->setEnabled(available && !field);
    m_checkIn->setEnabled(available && !field);
    m_refresh->setEnabled(available && !field);
    m_review->setEnabled(available && !field);
    m_inspect->setEnabled(available);
    m_inspectOnMap->setEnabled(available);
    m_showPending->setEnabled(field);
    m_export->setEnabled(field);
}

void FieldActions::projectChanged()
{
    m_origin.reset();
    m_packagePath.clear();
    const QString path = m_controller->isAvailable() ? m_controller->filePath() : QString();
    if (!path.isEmpty()) m_origin = FieldChanges::packageOrigin(path);
    if (m_origin) {
        m_packagePath = path;
        QStringList names;
        const auto all = m_controller->store().kecamatanNames();
        for (const QString &code : std::as_const(m_origin->kecamatanCodes)) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const auto &p) { return p.first == code; });
            names << (it != all.end() ? QStringLiteral("%1 (%2)").arg(it->second, code) : code);
        }
        m_banner->setOrigin(*m_origin, names.join(QStringLiteral(", ")));
        m_banner->show();
        m_pending->setPackage(path);
        m_conflictsDock->hide();
    } else {
        m_banner->hide();
        m_pendingDock->hide();
        m_conflicts->reload();
        // Conflicts waiting from an earlier check-in are worth a look when the project opens.
        if (m_conflicts->openCount() > 0) m_conflictsDock->show();
    }
    updateActions();
}

void FieldActions::checkOut()
{
    if (!m_controller->isAvailable()) return;
    CheckoutDialog dialog(m_controller->filePath(), m_controller->store().kecamatanNames(), m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const FieldPackage::Result result = dialog.run();
    if (!result.ok) {
        if (!result.canceled) QMessageBox::warning(m_window, tr("Check Out"), result.error);
        return;
    }
    for (const QString &w : result.warnings) m_messageBar->showMessage(MessageBar::Level::Warning, w);
    m_messageBar->showMessage(MessageBar::Level::Info,
                              tr("Field package written: %1 (%2 programmes, %3 assets, %4 MB). Copy it to the laptop and open it there.")
                                  .arg(QDir::toNativeSeparators(dialog.options().outPath))
                                  .arg(result.rows.value(QStringLiteral("mp_programmes")))
                                  .arg(result.rows.value(QStringLiteral("mp_assets")))
                                  .arg(double(result.bytes) / (1024 * 1024), 0, 'f', 1));
}

void FieldActions::offerCheckIn(const QString &path)
{
    if (!m_controller->isAvailable() || isFieldMode()) {
        m_messageBar->showMessage(MessageBar::Level::Warning,
                                  tr("Open the office project first, then check in %1 (Field → Check In).").arg(QDir::toNativeSeparators(path)));
        return;
    }
    checkIn(path, true);
}

void FieldActions::checkIn(const QString &path, bool ask)
{
    if (!m_controller->isAvailable()) return;
    CheckinDialog dialog(m_controller->filePath(), m_window);
    if (!path.isEmpty()) dialog.setSource(path);
    if ((path.isEmpty() || ask) && dialog.exec() != QDialog::Accepted) return;
    const CheckIn::Result result = dialog.run();
    if (!result.ok) {
        if (!result.canceled) QMessageBox::warning(m_window, tr("Check In"), result.error);
        return;
    }
    // The plan changed under the open session: re-read it; older undo steps no longer apply.
    m_controller->undoStack()->clear();
    m_controller->refresh();
    m_conflicts->reload();
    m_messageBar->showMessage(result.conflicts > 0 ? MessageBar::Level::Warning : MessageBar::Level::Info, CheckinDialog::summary(result));
    if (result.conflicts > 0) {
        m_conflictsDock->show();
        m_conflictsDock->raise();
    }
}

void FieldActions::refreshPackage(const QString &target)
{
    if (!m_controller->isAvailable()) return;
    QString path = target;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Refresh Field Package"), QFileInfo(m_controller->filePath()).absolutePath(),
                                            tr("Field package (*.gpkg)"));
        if (path.isEmpty()) return;
    }
    FieldPackage::Options options;
    options.refreshPackage = path;
    options.outPath = path;
    const QString project = m_controller->filePath();
    const auto result = BackgroundTask::run<FieldPackage::Result>(m_window, tr("Refreshing the field package…"), [project, options](Feedback *f) {
        return FieldPackage::checkout(project, options, f);
    });
    if (!result.ok) {
        if (!result.canceled) QMessageBox::warning(m_window, tr("Refresh Field Package"), result.error);
        return;
    }
    m_messageBar->showMessage(MessageBar::Level::Info, tr("%1 now holds the office's current plan for %2; it can go back to the field.")
                                                           .arg(QDir::toNativeSeparators(path), result.origin.officer));
}

void FieldActions::exportChanges(const QString &target)
{
    if (!isFieldMode()) return;
    QString path = target;
    if (path.isEmpty()) {
        const QString suggestion = QFileInfo(m_packagePath).absolutePath() + QLatin1Char('/') + QFileInfo(m_packagePath).completeBaseName() +
                                   QStringLiteral(".pilarchanges");
        path = QFileDialog::getSaveFileName(m_window, tr("Export Change File"), suggestion, tr("Pilar change file (*.pilarchanges)"));
        if (path.isEmpty()) return;
    }
    QString error;
    const auto changes = FieldChanges::fromPackage(m_packagePath, &error);
    if (!changes || !changes->writeFile(path, &error)) {
        QMessageBox::warning(m_window, tr("Export Change File"), error);
        return;
    }
    m_messageBar->showMessage(MessageBar::Level::Info, tr("%n change(s) written to %1. Check it in at the office.", nullptr,
                                                          int(changes->pending().size()))
                                                           .arg(QDir::toNativeSeparators(path)));
}

void FieldActions::inspectAsset(const QString &assetUuid, std::optional<QPointF> lonLat)
{
    const auto asset = m_controller->store().asset(assetUuid);
    if (!asset) return;
    InspectionDialog dialog(*asset, m_origin ? m_origin->officer : MasterPlanSchema::defaultUserName(), m_window);
    if (lonLat) dialog.setPickedPosition(lonLat->x(), lonLat->y());
    if (dialog.exec() != QDialog::Accepted) return;
    Inspection inspection = dialog.inspection();
    QString error;
    if (!m_controller->store().saveInspection(inspection, &error)) {
        QMessageBox::warning(m_window, tr("Inspect Asset"), error);
        return;
    }
    m_controller->refresh();
    m_messageBar->showMessage(MessageBar::Level::Info, tr("Inspection of %1 saved (%n photo(s)).", nullptr, int(inspection.photos.size())).arg(asset->name));
}

void FieldActions::inspectAssetOnMap()
{
    m_pickingInspection = true;
    m_canvas->setTool(MapCanvas::Tool::DigitizePoint);
    m_messageBar->showMessage(MessageBar::Level::Info, tr("Click on the map where you stand, next to the asset you inspect."));
}

void FieldActions::onDigitized(const QVector<QPointF> &points, MapCanvas::Tool)
{
    if (!m_pickingInspection || points.isEmpty() || !m_session->project()) return;
    m_pickingInspection = false;
    m_messageBar->hide();
    const Project &project = *m_session->project();
    const CoordinateTransform toLonLat(project.crs(), Crs::fromEpsg(4326));
    double lon = points.first().x(), lat = points.first().y();
    toLonLat.transformPoint(lon, lat);
    // The asset nearest the click, within 40 pixels: the one the officer stands by.
    static const QRegularExpression point(QStringLiteral("^POINT\\s*\\(([-0-9.eE]+)\\s+([-0-9.eE]+)\\)"));
    const double tolerance = 40 * m_canvas->mapSettings().mapUnitsPerPixel();
    QList<std::pair<double, const Asset *>> near;
    for (const Asset &a : m_controller->assets()) {
        const auto m = point.match(a.geometryWkt);
        if (!m.hasMatch()) continue;
        double x = m.captured(1).toDouble(), y = m.captured(2).toDouble();
        toLonLat.transformPoint(x, y, true);
        const double d = std::hypot(x - points.first().x(), y - points.first().y());
        if (d < tolerance) near << std::pair(d, &a);
    }
    std::sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (near.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Level::Warning, tr("No asset near the place you clicked; zoom in and click next to the asset."));
        return;
    }
    QString nearest = near.first().second->uuid;
    // Several assets at one place (WiFi and CCTV on the same village hall): ask which one.
    if (near.size() > 1) {
        QStringList labels;
        for (const auto &[d, a] : std::as_const(near)) labels << QStringLiteral("%1 — %2").arg(a->code, a->name);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Inspect Asset"), tr("Several assets are here. Which one do you inspect?"),
                                                     labels, 0, false, &ok);
        if (!ok) return;
        nearest = near.value(labels.indexOf(chosen)).second->uuid;
    }
    inspectAsset(nearest, QPointF(lon, lat));
}

void FieldActions::locate(double longitude, double latitude)
{
    if (!m_session->project()) return;
    const CoordinateTransform fromLonLat(Crs::fromEpsg(4326), m_session->project()->crs());
    double x = longitude, y = latitude;
    if (!fromLonLat.transformPoint(x, y)) return;
    const Extent current = m_canvas->extent();
    // Close enough to see the place among its neighbours (about 1:10,000 on a desktop screen).
    const double half = std::min(current.width(), m_session->project()->crs().isGeographic() ? 0.01 : 1000.0) / 2;
    m_canvas->setExtent(Extent(x - half, y - half, x + half, y + half));
}

}
