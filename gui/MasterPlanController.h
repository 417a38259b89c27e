#pragma once

#include "MasterPlanOverlay.h"
#include "MasterPlanStore.h"
#include "ProgressMap.h"
#include "ProgressReport.h"
#include "ServerChangeWatcher.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <variant>

class QUndoStack;

namespace pilar {

class Project;

/// The master plan of the open project for the GUI: the store on the project file, the
/// undo stack of edits (every edit is a command), the overlay layers and their filter.
/// Edits are validated before they are pushed; each one is one SQLite transaction.
class MasterPlanController : public QObject
{
    Q_OBJECT
public:
    /// A row as it was or will be: nothing (not there), a programme or an asset.
    using State = std::variant<std::monostate, Programme, Asset, Pillar, Opd, Partner, Realisation, Indicator>;

    explicit MasterPlanController(QObject *parent = nullptr);
    ~MasterPlanController() override;

    /// Opens the project's master plan (the project must have a file) and adds the overlay.
    void setProject(Project *project);
    bool isAvailable() const { return m_store.isOpen(); }
    /// The project file the store is open on (empty when unavailable).
    QString filePath() const { return m_path; }
    QString unavailableReason() const { return m_reason; }
    MasterPlanStore &store() { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }

    const QVector<Programme> &programmes() const { return m_programmes; }
    const QVector<Asset> &assets() const { return m_assets; }
    const QVector<Pillar> &pillars() const { return m_pillars; }
    const QVector<Stage> &stages() const { return m_stages; }
    const QVector<Opd> &opds() const { return m_opds; }

    /// Validates, then pushes an undoable edit. A new row gets its UUID here.
    bool saveProgramme(Programme programme, QString *error);
    bool saveAsset(Asset asset, QString *error);
    bool removeProgramme(const QString &uuid, QString *error);
    bool removeAsset(const QString &uuid, QString *error);
    /// Saves the edited pillar list (changed and new pillars) as one undoable edit.
    bool savePillars(const QVector<Pillar> &pillars, QString *error);
    /// Saves the OPD or partner list (changed and new rows) as one undoable edit.
    bool saveOpds(const QVector<Opd> &opds, QString *error);
    bool savePartners(const QVector<Partner> &partners, QString *error);
    /// Sets one field on many assets as a single undoable edit ("condition", "opd").
    /// Records a realised value (undoable).
    bool saveRealisation(Realisation realisation, QString *error);
    /// Saves a programme's indicators as edited (changed, new, and removed ones) as one undoable edit.
    bool saveIndicators(const QString &programmeUuid, const QVector<Indicator> &indicators, QString *error);
    bool bulkSetAssets(const QStringList &uuids, const QString &field, const QString &value, QString *error);

    /// Writes `state` (or removes the row of `other` when state is empty): used by commands.
    bool applyState(const State &state, const State &other);

    /// Colours the programme sites; by progress, they follow the progress date and the filter.
    void colourProgrammes(MasterPlanOverlay::ProgrammeColouring by);
    void colourAssets(MasterPlanOverlay::AssetColouring by);
    MasterPlanOverlay::Filter filter() const { return m_filter; }
    void setFilter(const MasterPlanOverlay::Filter &filter);
    /// Re-reads the rows and the overlay layers, re-applies the filter, emits changed().
    void refresh();

    /// The plan as last read (after each change), for the progress maths without a database read.
    const MasterPlanSnapshot &snapshot() const { return m_snapshot; }
    /// The date progress is measured at (dashboard, progress map, sites by status): the one the
    /// planner picked, else the latest report within the map's year, else the latest report.
    QDate progressDate() const;
    /// A date picked by the planner; an invalid date goes back to following the year slider.
    void setProgressDate(const QDate &date);
    bool isProgressDatePicked() const { return m_pickedDate.isValid(); }

    /// Shows the progress choropleth (measure, unit, asset type of `options`; the date and the
    /// filter are the controller's), or removes it when empty.
    void setProgressMap(const std::optional<ProgressMap::Options> &options);
    std::shared_ptr<VectorLayer> progressMapLayer() const { return m_progressLayer; }

signals:
    void changed();
    /// The progress date or the filter changed (the data did not).
    void progressChanged();
    void errorOccurred(const QString &message);
    /// A save on the server was refused: another desktop saved the same programme or asset
    /// since it was read. Both versions, so the planner can choose.
    void saveConflicted(const pilar::MasterPlanController::State &theirs, const pilar::MasterPlanController::State &mine);
    /// Another desktop changed the server project; the views were refreshed.
    void othersChanged();

private:
    QPointer<Project> m_project;
    MasterPlanStore m_store;
    QUndoStack *m_undo;
    QString m_reason;
    QString m_path;
    QVector<Programme> m_programmes;
    QVector<Asset> m_assets;
    QVector<Pillar> m_pillars;
    QVector<Stage> m_stages;
    QVector<Opd> m_opds;
    MasterPlanOverlay::Filter m_filter;
    MasterPlanSnapshot m_snapshot;
    QDate m_pickedDate;
    std::optional<ProgressMap::Options> m_progressMap;
    std::shared_ptr<VectorLayer> m_progressLayer;
    ProgressMap::Boundaries m_boundaries;   ///< read once per project, not on every slider move
    ServerChangeWatcher m_watcher;          ///< a server project: others' edits refresh the views
    /// The row version each of our own saves left on the server, so undo and redo check
    /// against our last write rather than against the version first read.
    QHash<QString, qint64> m_ownVersions;

    void updateProgressViews();
};

}
