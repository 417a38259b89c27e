#include "MasterPlanActions.h"

#include "SaveConflictDialog.h"

#include "AssetDialog.h"
#include "CodeListDialog.h"
#include "DashboardDock.h"
#include "RealisationDialog.h"
#include "ReportDialog.h"
#include "CoordinateTransform.h"
#include "ImportDialog.h"
#include "MapStatusBar.h"
#include "MasterPlanController.h"
#include "MasterPlanDock.h"
#include "MasterPlanExport.h"
#include "MasterPlanVocabulary.h"
#include "MessageBar.h"
#include "PillarDialog.h"
#include "ProgrammeDialog.h"
#include "Project.h"
#include "ProjectSession.h"
#include "VectorLayer.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QUndoStack>

namespace pilar {

MasterPlanActions::MasterPlanActions(QMainWindow *window, MasterPlanController *controller, ProjectSession *session, MapCanvas *canvas,
                                     MessageBar *messageBar, MapStatusBar *statusBar)
    : QObject(window), m_window(window), m_masterPlan(controller), m_session(session), m_canvas(canvas), m_messageBar(messageBar),
      m_statusBar(statusBar)
{
}

void MasterPlanActions::selectIdentified(const QVector<IdentifyResult> &results)
{
    Project *project = m_session->project();
    if (!project) return;
    for (const auto &r : results) {
        const auto layer = std::dynamic_pointer_cast<VectorLayer>(project->layer(r.layerId));
        if (layer && (layer == MasterPlanOverlay::assetsLayer(*project) || layer == MasterPlanOverlay::programmesLayer(*project))) {
            m_masterPlanDock->selectUuid(MasterPlanOverlay::uuidOf(*layer, r.featureIndex));
            return;
        }
    }
}

void MasterPlanActions::populateMenu(QMenu *editMenu)
{
    QAction *undo = m_masterPlan->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_masterPlan->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("Add &Programme…"), this, [this] { editProgramme(QString()); });
    editMenu->addAction(tr("Add &Asset…"), this, [this] { editAsset(QString()); });
    editMenu->addAction(tr("Place Asset on the &Map"), this, [this] { placeAsset(QString()); });
    editMenu->addAction(tr("Pi&llars…"), this, [this] {
        if (!m_masterPlan->isAvailable()) {
            m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
            return;
        }
        PillarDialog(m_masterPlan, m_window).exec();
    });
    for (const bool opd : {true, false})
        editMenu->addAction(opd ? tr("&OPD List…") : tr("Pa&rtners…"), this, [this, opd] {
            if (!m_masterPlan->isAvailable()) {
                m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
                return;
            }
            CodeListDialog(m_masterPlan, opd ? CodeListDialog::List::Opd : CodeListDialog::List::Partners, m_window).exec();
        });
    editMenu->addSeparator();
    editMenu->addAction(tr("&Import Programmes or Assets…"), this, [this] {
        if (!m_masterPlan->isAvailable()) {
            m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
            return;
        }
        ImportDialog(m_masterPlan, m_window).exec();
    });
    for (const bool assets : {false, true}) {
        editMenu->addAction(assets ? tr("&Export Assets…") : tr("Export Pro&grammes…"), this, [this, assets] {
            if (!m_masterPlan->isAvailable()) return;
            const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), QString(),
                                                              tr("Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"));
            if (path.isEmpty()) return;
            QString error;
            const int rows = MasterPlanExport::run(m_masterPlan->filePath(), assets ? MasterPlanExport::What::Assets : MasterPlanExport::What::Programmes,
                                                   path, &error);
            if (rows < 0) m_messageBar->showMessage(MessageBar::Level::Error, error);
            else m_statusBar->showMessage(tr("Wrote %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
        });
    }

    m_masterPlanDock = new MasterPlanDock(m_masterPlan, m_window);
    auto *dock = new QDockWidget(tr("Master Plan"), m_window);
    dock->setObjectName(QStringLiteral("masterPlanDock"));
    dock->setWidget(m_masterPlanDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide(); // shown with the first project that has a master plan
    m_window->resizeDocks({dock}, {440}, Qt::Horizontal);
    connect(m_masterPlan, &MasterPlanController::changed, dock, [this, dock] {
        if (m_masterPlan->isAvailable() && !dock->isVisible() && !m_masterPlanShown) {
            dock->show();
            m_masterPlanShown = true;
        }
    });
    // The progress dashboard, beside the master plan.
    m_dashboard = new DashboardDock(m_masterPlan, m_window);
    auto *dashboardDock = new QDockWidget(tr("Progress"), m_window);
    dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    dashboardDock->setWidget(m_dashboard);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dashboardDock);
    m_window->tabifyDockWidget(dock, dashboardDock);
    dock->raise();
    connect(m_dashboard, &DashboardDock::openProgrammeRequested, this, &MasterPlanActions::editProgramme);
    connect(m_dashboard, &DashboardDock::enterRealisationRequested, this, &MasterPlanActions::enterRealisation);
    editMenu->addAction(tr("Enter &Realisation…"), this, &MasterPlanActions::enterRealisation);

    connect(m_masterPlanDock, &MasterPlanDock::addProgrammeRequested, this, [this] { editProgramme(QString()); });
    connect(m_masterPlanDock, &MasterPlanDock::editProgrammeRequested, this, &MasterPlanActions::editProgramme);
    connect(m_masterPlanDock, &MasterPlanDock::addAssetRequested, this, [this] { editAsset(QString()); });
    connect(m_masterPlanDock, &MasterPlanDock::editAssetRequested, this, [this](const QString &uuid) { editAsset(uuid); });
    connect(m_masterPlanDock, &MasterPlanDock::placeAssetRequested, this, &MasterPlanActions::placeAsset);
    connect(m_masterPlanDock, &MasterPlanDock::placeProgrammeRequested, this, [this](const QString &uuid, int kind) {
        m_placingProgramme = uuid;
        m_placingAsset.clear();
        m_placing = true;
        static const MapCanvas::Tool tools[] = {MapCanvas::Tool::DigitizePoint, MapCanvas::Tool::DigitizeLine, MapCanvas::Tool::DigitizePolygon};
        m_canvas->setTool(tools[std::clamp(kind, 0, 2)]);
        m_messageBar->showMessage(MessageBar::Level::Info, kind == 0 ? tr("Click on the map where the programme takes place.")
                                                                     : tr("Click the points on the map; double-click to finish."));
    });
    connect(m_masterPlanDock, &MasterPlanDock::rowSelected, this, &MasterPlanActions::highlightRow);
    connect(m_masterPlan, &MasterPlanController::errorOccurred, this,
            [this](const QString &text) { m_messageBar->showMessage(MessageBar::Level::Error, text); });
    connect(m_masterPlan, &MasterPlanController::saveConflicted, this, &MasterPlanActions::showSaveConflict);
    connect(m_canvas, &MapCanvas::geometryDigitized, this, &MasterPlanActions::onDigitized);
}

void MasterPlanActions::showSaveConflict(const MasterPlanController::State &theirs, const MasterPlanController::State &mine)
{
    MasterPlanStore &store = m_masterPlan->store();
    QString what, who;
    QVector<MasterPlanStore::Difference> differences;
    if (const auto *t = std::get_if<Programme>(&theirs); t && std::holds_alternative<Programme>(mine)) {
        what = tr("Programme %1").arg(t->code);
        who = store.lastChangeBy(QStringLiteral("mp_programmes"), t->uuid);
        differences = store.differences(*t, std::get<Programme>(mine));
    } else if (const auto *a = std::get_if<Asset>(&theirs); a && std::holds_alternative<Asset>(mine)) {
        what = tr("Asset %1").arg(a->code);
        who = store.lastChangeBy(QStringLiteral("mp_assets"), a->uuid);
        differences = store.differences(*a, std::get<Asset>(mine));
    } else {
        return;
    }
    if (m_saveConflict) m_saveConflict->close();
    auto *dialog = new SaveConflictDialog(what, who, differences, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_saveConflict = dialog;
    // Saving mine over theirs is a new edit on top of their version (its own undo step).
    connect(dialog, &QDialog::accepted, this, [this, theirs, mine] {
        QString error;
        bool ok = true;
        if (const auto *p = std::get_if<Programme>(&mine)) {
            Programme again = *p;
            again.rowVersion = std::get<Programme>(theirs).rowVersion;
            ok = m_masterPlan->saveProgramme(again, &error);
        } else if (const auto *a = std::get_if<Asset>(&mine)) {
            Asset again = *a;
            again.rowVersion = std::get<Asset>(theirs).rowVersion;
            ok = m_masterPlan->saveAsset(again, &error);
        }
        if (!ok) m_messageBar->showMessage(MessageBar::Level::Error, error);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_messageBar->showMessage(MessageBar::Level::Info, tr("Their version was kept; yours was not saved."));
    });
    dialog->open();
}

void MasterPlanActions::addReportAction(QMenu *projectMenu, QAction *before)
{
    auto *reports = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Reports (Print, PDF)…"), this);
    reports->setShortcut(QKeySequence::Print);
    connect(reports, &QAction::triggered, this, [this] {
        if (!m_masterPlan->isAvailable()) {
            m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
            return;
        }
        ReportDialog(m_masterPlan, m_window).exec();
    });
    projectMenu->insertAction(before, reports);
    projectMenu->insertSeparator(before);
}

void MasterPlanActions::enterRealisation()
{
    if (!m_masterPlan->isAvailable()) {
        m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
        return;
    }
    RealisationDialog(m_masterPlan, m_window).exec();
}

void MasterPlanActions::editProgramme(const QString &uuid)
{
    if (!m_masterPlan->isAvailable()) {
        m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
        return;
    }
    Programme programme;
    if (!uuid.isEmpty()) programme = m_masterPlan->store().programme(uuid).value_or(Programme());
    ProgrammeDialog dialog(m_masterPlan, programme, m_window);
    dialog.exec();
}

void MasterPlanActions::editAsset(const QString &uuid, const QString &prefilledWkt)
{
    if (!m_masterPlan->isAvailable()) {
        m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
        return;
    }
    Asset asset;
    if (!uuid.isEmpty()) asset = m_masterPlan->store().asset(uuid).value_or(Asset());
    if (!prefilledWkt.isEmpty()) {
        asset.geometryWkt = prefilledWkt;
        // Fill in the kecamatan and desa from the boundaries under the new point.
        for (const auto &r : m_canvas->identifyAt(m_canvas->mapSettings().mapToPixel().toPixel(
                 m_placingPoint.x(), m_placingPoint.y()))) {
            const int codeField = r.fieldNames.indexOf(QStringLiteral("code"));
            const QString code = codeField >= 0 ? r.values.value(codeField).toString() : QString();
            if (QRegularExpression(QStringLiteral("^33\\.03\\.\\d\\d$")).match(code).hasMatch() && asset.kecamatanCode.isEmpty()) asset.kecamatanCode = code;
            if (QRegularExpression(QStringLiteral("^33\\.03\\.\\d\\d\\.\\d{4}$")).match(code).hasMatch() && asset.desaCode.isEmpty()) asset.desaCode = code;
        }
    }
    if (asset.type.isEmpty()) asset.type = QStringLiteral("cctv");
    AssetDialog dialog(m_masterPlan, asset, m_window);
    dialog.exec();
}

void MasterPlanActions::placeAsset(const QString &uuid)
{
    if (!m_masterPlan->isAvailable()) {
        m_messageBar->showMessage(MessageBar::Level::Info, m_masterPlan->unavailableReason());
        return;
    }
    m_placingAsset = uuid;
    m_placingProgramme.clear();
    m_placing = true;
    const auto asset = uuid.isEmpty() ? std::nullopt : m_masterPlan->store().asset(uuid);
    const bool line = asset && asset->type == QLatin1String("fibre");
    m_canvas->setTool(line ? MapCanvas::Tool::DigitizeLine : MapCanvas::Tool::DigitizePoint);
    m_messageBar->showMessage(MessageBar::Level::Info, line ? tr("Click the route's points on the map; double-click to finish.")
                                                            : tr("Click on the map where the asset is."));
}

void MasterPlanActions::onDigitized(const QVector<QPointF> &points, MapCanvas::Tool tool)
{
    Project *p = m_session->project();
    if (!m_placing || !p || points.isEmpty()) return;   // another tool's click (e.g. an inspection)
    m_placing = false;
    CoordinateTransform toLonLat(p->crs(), Crs::fromEpsg(4326));
    QStringList coords;
    for (QPointF pt : points) {
        double x = pt.x(), y = pt.y();
        toLonLat.transformPoint(x, y);
        coords << QStringLiteral("%1 %2").arg(x, 0, 'f', 7).arg(y, 0, 'f', 7);
    }
    if (tool == MapCanvas::Tool::DigitizePolygon) coords << coords.first(); // close the ring
    const QString wkt = tool == MapCanvas::Tool::DigitizeLine      ? QStringLiteral("LINESTRING (%1)").arg(coords.join(QStringLiteral(", ")))
                      : tool == MapCanvas::Tool::DigitizePolygon   ? QStringLiteral("POLYGON ((%1))").arg(coords.join(QStringLiteral(", ")))
                                                                   : QStringLiteral("POINT (%1)").arg(coords.first());
    m_messageBar->hide();
    m_placingPoint = points.first();
    if (!m_placingProgramme.isEmpty()) {
        auto programme = m_masterPlan->store().programme(m_placingProgramme);
        m_placingProgramme.clear();
        if (!programme) return;
        programme->geometryWkt = wkt;
        QString error;
        if (!m_masterPlan->saveProgramme(*programme, &error)) m_messageBar->showMessage(MessageBar::Level::Error, error);
        return;
    }
    if (m_placingAsset.isEmpty()) {
        editAsset(QString(), wkt);
        return;
    }
    auto asset = m_masterPlan->store().asset(m_placingAsset);
    if (!asset) return;
    asset->geometryWkt = wkt;
    QString error;
    if (!m_masterPlan->saveAsset(*asset, &error)) m_messageBar->showMessage(MessageBar::Level::Error, error);
}

void MasterPlanActions::highlightRow(const QString &table, const QString &uuid)
{
    Project *p = m_session->project();
    if (!p) return;
    const auto layer = table == QLatin1String("mp_assets") ? MasterPlanOverlay::assetsLayer(*p) : MasterPlanOverlay::programmesLayer(*p);
    const int feature = layer ? MasterPlanOverlay::featureOf(*layer, uuid) : -1;
    if (feature < 0) { m_canvas->clearHighlight(); return; }
    m_canvas->setHighlight(layer->id(), {uint32_t(feature)});
}

QVector<IdentifyResult> MasterPlanActions::withSummary(QVector<IdentifyResult> results) const
{
    if (!m_masterPlan->isAvailable()) return results;
    // A kecamatan or desa clicked on the map lists its programmes and assets.
    static const QRegularExpression kecamatanCode(QStringLiteral("^33\\.03\\.\\d\\d$")), desaCode(QStringLiteral("^33\\.03\\.\\d\\d\\.\\d{4}$"));
    for (IdentifyResult &r : results) {
        const int codeField = r.fieldNames.indexOf(QStringLiteral("code"));
        const QString code = codeField >= 0 ? r.values.value(codeField).toString() : QString();
        const bool kecamatan = kecamatanCode.match(code).hasMatch(), desa = desaCode.match(code).hasMatch();
        if (!kecamatan && !desa) continue;
        QStringList programmes, assets;
        for (const Programme &p : m_masterPlan->programmes())
            if (kecamatan ? p.kecamatanCodes.contains(code) : p.desaCodes.contains(code)) programmes << QStringLiteral("%1 %2").arg(p.code, p.name);
        QMap<QString, int> byType;
        for (const Asset &a : m_masterPlan->assets())
            if ((kecamatan ? a.kecamatanCode : a.desaCode) == code) ++byType[MasterPlanVocabulary::label(a.type)];
        for (auto it = byType.begin(); it != byType.end(); ++it) assets << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        r.fieldNames << tr("Programmes here") << tr("ICT assets here");
        r.values << (programmes.isEmpty() ? tr("none") : programmes.join(QStringLiteral("; ")))
                 << (assets.isEmpty() ? tr("none") : assets.join(QStringLiteral(", ")));
    }
    return results;
}

}
