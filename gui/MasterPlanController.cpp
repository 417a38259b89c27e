#include "MasterPlanController.h"

#include "MasterPlanEditCommand.h"
#include "MasterPlanSchema.h"
#include "Project.h"
#include "VectorLayer.h"

#include <QSet>
#include <QUndoStack>

namespace pilar {

MasterPlanController::MasterPlanController(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(&m_watcher, &ServerChangeWatcher::changed, this, [this] {
        refresh();
        emit othersChanged();
    });
}

MasterPlanController::~MasterPlanController() = default;

void MasterPlanController::setProject(Project *project)
{
    m_project = project;
    m_store.close();
    m_undo->clear();
    m_filter = {};
    m_pickedDate = {};
    m_progressMap.reset();
    m_progressLayer.reset(); // the old project's layer went with it
    m_boundaries = {};
    m_watcher.stop();
    m_ownVersions.clear();
    m_reason.clear();
    m_path = project ? project->filePath() : QString();
    if (!project || project->filePath().isEmpty()) {
        m_reason = tr("Save the project first: the master plan lives in the project file.");
    } else if (!m_store.open(project->filePath(), &m_reason)) {
        m_store.close();
    } else if (!MasterPlanOverlay::ensureLayers(*project, m_store.pillars(), &m_reason)) {
        m_store.close();
    }
    if (!m_store.isOpen()) m_path.clear();
    if (m_store.isOpen() && m_store.isServer()) {
        QString error;
        if (m_watcher.watch(m_path, &error)) m_watcher.ignoreOwnChangesOf(m_store.serverProcessId());
        else emit errorOccurred(error);
    }
    refresh();
}

void MasterPlanController::refresh()
{
    if (m_store.isOpen()) {
        m_snapshot = MasterPlanSnapshot::read(m_store);
        m_programmes = m_snapshot.programmes;
        m_assets = m_store.assets();
        m_pillars = m_snapshot.pillars;
        m_stages = m_snapshot.stages;
        m_opds = m_snapshot.opds;
        if (m_project) {
            QString error;
            if (!MasterPlanOverlay::reload(*m_project, &error)) emit errorOccurred(error);
            // New or recoloured pillars: the programme layer's classes follow, if it is coloured by pillar.
            if (auto layer = MasterPlanOverlay::programmesLayer(*m_project);
                layer && layer->style().kind == StyleKind::Categorized && layer->style().field == QLatin1String("pillar_uuid")) {
                VectorStyle fresh = MasterPlanOverlay::programmeStyle(m_pillars);
                fresh.labels = layer->style().labels;
                if (!(fresh.categories == layer->style().categories)) {
                    layer->setStyle(fresh);
                    m_project->notifyLayerChanged(layer->id());
                }
            }
            MasterPlanOverlay::applyFilter(*m_project, m_filter, m_programmes, m_assets);
            updateProgressViews();
        }
    } else {
        m_snapshot = {};
        m_programmes.clear();
        m_assets.clear();
        m_pillars.clear();
        m_stages.clear();
        m_opds.clear();
    }
    emit changed();
}

void MasterPlanController::colourProgrammes(MasterPlanOverlay::ProgrammeColouring by)
{
    if (!m_project || !isAvailable()) return;
    if (by == MasterPlanOverlay::ProgrammeColouring::Progress)
        MasterPlanOverlay::colourProgrammesByProgress(*m_project, ProgressReport::compute(m_snapshot, progressDate(), ProgressReport::GroupBy::Pillar, m_filter));
    else
        MasterPlanOverlay::colourProgrammes(*m_project, by, m_pillars, m_stages);
}

QDate MasterPlanController::progressDate() const
{
    if (m_pickedDate.isValid()) return m_pickedDate;
    if (m_filter.year) {
        // A past year: its last report, or its end when nothing was reported in it.
        const QDate inYear = m_snapshot.latestRealisation(m_filter.year);
        return inYear.isValid() ? inYear : QDate(m_filter.year, 12, 31);
    }
    const QDate latest = m_snapshot.latestRealisation();
    return latest.isValid() ? latest : QDate::currentDate();
}

void MasterPlanController::setProgressDate(const QDate &date)
{
    if (date == m_pickedDate) return;
    m_pickedDate = date;
    updateProgressViews();
    emit progressChanged();
}

void MasterPlanController::setProgressMap(const std::optional<ProgressMap::Options> &options)
{
    m_progressMap = options;
    if (!options && m_progressLayer && m_project) {
        m_project->removeLayer(m_progressLayer->id());
        m_progressLayer.reset();
    }
    updateProgressViews();
}

void MasterPlanController::updateProgressViews()
{
    if (!m_project || !isAvailable()) return;
    if (MasterPlanOverlay::isColouredByProgress(*m_project)) colourProgrammes(MasterPlanOverlay::ProgrammeColouring::Progress);
    if (!m_progressMap) return;
    ProgressMap::Options options = *m_progressMap;
    options.at = progressDate();
    options.filter = m_filter;
    options.filter.year = 0; // the date already says when; the year would hide programmes started later but measured now
    QString error;
    auto fresh = ProgressMap::build(m_path, m_snapshot, m_assets, options, &error, &m_boundaries);
    if (!fresh) {
        emit errorOccurred(error);
        return;
    }
    const bool present = m_progressLayer && std::any_of(m_project->layers().begin(), m_project->layers().end(),
                                                        [&](const auto &l) { return l == m_progressLayer; });
    if (!present) {
        // Under the plan's overlay, above the base layers.
        m_progressLayer = fresh;
        int below = int(m_project->layers().size());
        for (int i = 0; i < int(m_project->layers().size()); ++i)
            if (m_project->layers()[i] == MasterPlanOverlay::assetsLayer(*m_project) || m_project->layers()[i] == MasterPlanOverlay::programmesLayer(*m_project))
                below = std::min(below, i);
        m_project->insertLayer(below, m_progressLayer);
        return;
    }
    // Keep the planner's visibility, opacity and labels; take the new values, classes and title.
    VectorStyle style = fresh->style();
    style.labels = m_progressLayer->style().labels;
    m_progressLayer->setData(fresh->data());
    m_progressLayer->setStyle(style);
    m_progressLayer->setName(fresh->name());
    m_project->notifyLayerChanged(m_progressLayer->id());
}

void MasterPlanController::colourAssets(MasterPlanOverlay::AssetColouring by)
{
    if (m_project && isAvailable()) MasterPlanOverlay::colourAssets(*m_project, by, m_opds);
}

void MasterPlanController::setFilter(const MasterPlanOverlay::Filter &filter)
{
    if (filter == m_filter) return;
    if (filter.year != m_filter.year) m_pickedDate = {}; // the year slider takes the date over again
    m_filter = filter;
    if (m_project && m_store.isOpen()) {
        MasterPlanOverlay::applyFilter(*m_project, m_filter, m_programmes, m_assets);
        updateProgressViews();
    }
    emit progressChanged();
}

bool MasterPlanController::applyState(const State &state, const State &other)
{
    QString error;
    bool ok = true;
    auto chained = [this](auto copy) {
        copy.rowVersion = std::max(copy.rowVersion, m_ownVersions.value(copy.uuid));
        return copy;
    };
    if (const auto *p = std::get_if<Programme>(&state)) {
        Programme copy = chained(*p);
        ok = m_store.save(copy, &error);
        if (ok) m_ownVersions.insert(copy.uuid, copy.rowVersion);
    } else if (const auto *a = std::get_if<Asset>(&state)) {
        Asset copy = chained(*a);
        ok = m_store.save(copy, &error);
        if (ok) m_ownVersions.insert(copy.uuid, copy.rowVersion);
    } else if (const auto *p = std::get_if<Programme>(&other)) {
        ok = m_store.removeProgramme(p->uuid, &error);
    } else if (const auto *a = std::get_if<Asset>(&other)) {
        ok = m_store.removeAsset(a->uuid, &error);
    } else if (const auto *p = std::get_if<Pillar>(&state)) {
        Pillar copy = *p;
        ok = m_store.savePillar(copy, &error);
    } else if (const auto *p = std::get_if<Pillar>(&other)) {
        ok = m_store.removePillar(p->uuid, &error);
    } else if (const auto *o = std::get_if<Opd>(&state)) {
        Opd copy = *o;
        ok = m_store.saveOpd(copy, &error);
    } else if (const auto *o = std::get_if<Opd>(&other)) {
        ok = m_store.removeOpd(o->uuid, &error);
    } else if (const auto *p = std::get_if<Partner>(&state)) {
        Partner copy = *p;
        ok = m_store.savePartner(copy, &error);
    } else if (const auto *p = std::get_if<Partner>(&other)) {
        ok = m_store.removePartner(p->uuid, &error);
    } else if (const auto *r = std::get_if<Realisation>(&state)) {
        Realisation copy = chained(*r);
        ok = m_store.saveRealisation(copy, &error);
        if (ok) m_ownVersions.insert(copy.uuid, copy.rowVersion);
    } else if (const auto *r = std::get_if<Realisation>(&other)) {
        ok = m_store.removeRealisation(r->uuid, &error);
    } else if (const auto *i = std::get_if<Indicator>(&state)) {
        Indicator copy = *i;
        ok = m_store.saveIndicator(copy, &error);
    } else if (const auto *i = std::get_if<Indicator>(&other)) {
        ok = m_store.removeIndicator(i->uuid, &error);
    }
    // A save refused because another desktop saved first: both versions go to the planner to choose.
    const auto *programme = std::get_if<Programme>(&state);
    const auto *asset = std::get_if<Asset>(&state);
    if (!ok && programme && m_store.conflictingProgramme()) emit saveConflicted(*m_store.conflictingProgramme(), *programme);
    else if (!ok && asset && m_store.conflictingAsset()) emit saveConflicted(*m_store.conflictingAsset(), *asset);
    else if (!ok) emit errorOccurred(error);
    refresh();
    return ok;
}

bool MasterPlanController::saveProgramme(Programme programme, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    const QStringList problems = m_store.validate(programme);
    if (!problems.isEmpty()) { if (error) *error = problems.join(QLatin1Char('\n')); return false; }
    const auto before = programme.uuid.isEmpty() ? std::nullopt : m_store.programme(programme.uuid);
    if (programme.uuid.isEmpty()) programme.uuid = MasterPlanSchema::newUuid();
    for (Activity &a : programme.activities) // fixed now, so undo and redo keep the same rows
        if (a.uuid.isEmpty()) a.uuid = MasterPlanSchema::newUuid();
    State beforeState = before ? State(*before) : State();
    m_undo->push(new MasterPlanEditCommand(this, beforeState, programme,
                                           before ? tr("Edit programme %1").arg(programme.code) : tr("Add programme %1").arg(programme.code)));
    return true;
}

bool MasterPlanController::saveAsset(Asset asset, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    const QStringList problems = m_store.validate(asset);
    if (!problems.isEmpty()) { if (error) *error = problems.join(QLatin1Char('\n')); return false; }
    const auto before = asset.uuid.isEmpty() ? std::nullopt : m_store.asset(asset.uuid);
    if (asset.uuid.isEmpty()) asset.uuid = MasterPlanSchema::newUuid();
    State beforeState = before ? State(*before) : State();
    m_undo->push(new MasterPlanEditCommand(this, beforeState, asset,
                                           before ? tr("Edit asset %1").arg(asset.code) : tr("Add asset %1").arg(asset.code)));
    return true;
}

bool MasterPlanController::removeProgramme(const QString &uuid, QString *error)
{
    const auto before = isAvailable() ? m_store.programme(uuid) : std::nullopt;
    if (!before) { if (error) *error = tr("The programme no longer exists."); return false; }
    m_undo->push(new MasterPlanEditCommand(this, *before, State(), tr("Delete programme %1").arg(before->code)));
    return true;
}

bool MasterPlanController::removeAsset(const QString &uuid, QString *error)
{
    const auto before = isAvailable() ? m_store.asset(uuid) : std::nullopt;
    if (!before) { if (error) *error = tr("The asset no longer exists."); return false; }
    m_undo->push(new MasterPlanEditCommand(this, *before, State(), tr("Delete asset %1").arg(before->code)));
    return true;
}

bool MasterPlanController::savePillars(const QVector<Pillar> &pillars, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    QHash<QString, Pillar> current;
    for (const Pillar &p : m_store.pillars()) current.insert(p.uuid, p);
    auto *macro = new MasterPlanEditCommand(this, State(), State(), tr("Edit the pillars"));
    for (Pillar p : pillars) {
        if (p.code.trimmed().isEmpty() || p.nameId.trimmed().isEmpty()) {
            delete macro;
            if (error) *error = tr("A pillar needs a code and an Indonesian name.");
            return false;
        }
        const bool known = current.contains(p.uuid);
        if (known && current.value(p.uuid).code == p.code && current.value(p.uuid).nameId == p.nameId &&
            current.value(p.uuid).nameEn == p.nameEn && current.value(p.uuid).color == p.color && current.value(p.uuid).position == p.position)
            continue; // unchanged
        if (p.uuid.isEmpty()) p.uuid = MasterPlanSchema::newUuid();
        new MasterPlanEditCommand(this, known ? State(current.value(p.uuid)) : State(), p, p.code, macro);
    }
    if (macro->childCount() == 0) { delete macro; return true; }
    m_undo->push(macro);
    return true;
}

namespace {
// One macro command for the changed and new rows of a code list (OPD, partners).
template <typename T, typename Same>
bool pushListEdit(MasterPlanController *controller, QUndoStack *undo, const QVector<T> &current, QVector<T> edited, const QString &text,
                  Same same, QString *error)
{
    QHash<QString, T> byUuid;
    for (const T &row : current) byUuid.insert(row.uuid, row);
    auto *macro = new MasterPlanEditCommand(controller, MasterPlanController::State(), MasterPlanController::State(), text);
    for (T row : edited) {
        if (row.code.trimmed().isEmpty() || row.name.trimmed().isEmpty()) {
            delete macro;
            if (error) *error = MasterPlanController::tr("Every row needs a code and a name.");
            return false;
        }
        const bool known = byUuid.contains(row.uuid);
        if (known && same(byUuid.value(row.uuid), row)) continue;
        if (row.uuid.isEmpty()) row.uuid = MasterPlanSchema::newUuid();
        new MasterPlanEditCommand(controller, known ? MasterPlanController::State(byUuid.value(row.uuid)) : MasterPlanController::State(), row,
                                  row.code, macro);
    }
    if (macro->childCount() == 0) { delete macro; return true; }
    undo->push(macro);
    return true;
}
}

bool MasterPlanController::saveRealisation(Realisation realisation, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    if (realisation.uuid.isEmpty()) realisation.uuid = MasterPlanSchema::newUuid();
    m_undo->push(new MasterPlanEditCommand(this, State(), realisation, tr("Enter a realisation")));
    return true;
}

bool MasterPlanController::saveIndicators(const QString &programmeUuid, const QVector<Indicator> &indicators, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    QHash<QString, Indicator> current;
    for (const Indicator &i : m_snapshot.indicators)
        if (i.programmeUuid == programmeUuid) current.insert(i.uuid, i);
    QSet<QString> kept;
    QStringList problems;
    for (const Indicator &i : indicators) {
        if (i.name.trimmed().isEmpty()) problems << tr("Every indicator needs a name.");
        if (i.weight < 0) problems << tr("The weight of \"%1\" cannot be negative.").arg(i.name);
        if (i.targets.isEmpty()) problems << tr("\"%1\" needs at least one yearly target.").arg(i.name);
        kept.insert(i.uuid);
    }
    for (auto it = current.begin(); it != current.end(); ++it)
        if (!kept.contains(it.key()) && std::any_of(m_snapshot.realisations.begin(), m_snapshot.realisations.end(),
                                                   [&](const Realisation &r) { return r.indicatorUuid == it.key(); }))
            problems << tr("\"%1\" has reported values and cannot be removed; set its weight to 0 to leave it out.").arg(it->name);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        if (error) *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    auto *macro = new MasterPlanEditCommand(this, State(), State(), tr("Edit the indicators"));
    for (Indicator i : indicators) {
        i.programmeUuid = programmeUuid;
        const bool known = current.contains(i.uuid);
        const Indicator before = current.value(i.uuid);
        if (known && before.name == i.name && before.unit == i.unit && before.higherIsBetter == i.higherIsBetter &&
            before.baselineValue == i.baselineValue && before.baselineYear == i.baselineYear && before.weight == i.weight &&
            before.targets == i.targets && before.kecamatanTargets == i.kecamatanTargets)
            continue; // unchanged
        if (i.uuid.isEmpty()) i.uuid = MasterPlanSchema::newUuid();
        new MasterPlanEditCommand(this, known ? State(before) : State(), i, i.name, macro);
    }
    for (auto it = current.begin(); it != current.end(); ++it)
        if (!kept.contains(it.key())) new MasterPlanEditCommand(this, it.value(), State(), it->name, macro);
    if (macro->childCount() == 0) { delete macro; return true; }
    m_undo->push(macro);
    return true;
}

bool MasterPlanController::saveOpds(const QVector<Opd> &opds, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    return pushListEdit(this, m_undo, m_store.opds(), opds, tr("Edit the OPD list"), [](const Opd &a, const Opd &b) {
        return a.code == b.code && a.name == b.name && a.shortName == b.shortName;
    }, error);
}

bool MasterPlanController::savePartners(const QVector<Partner> &partners, QString *error)
{
    if (!isAvailable()) { if (error) *error = m_reason; return false; }
    return pushListEdit(this, m_undo, m_store.partners(), partners, tr("Edit the partner list"), [](const Partner &a, const Partner &b) {
        return a.code == b.code && a.name == b.name && a.kind == b.kind;
    }, error);
}

bool MasterPlanController::bulkSetAssets(const QStringList &uuids, const QString &field, const QString &value, QString *error)
{
    if (!isAvailable() || uuids.isEmpty()) { if (error) *error = m_reason; return false; }
    auto *macro = new MasterPlanEditCommand(this, State(), State(), tr("Set %1 on %n asset(s)", nullptr, int(uuids.size())).arg(field));
    for (const QString &uuid : uuids) {
        const auto before = m_store.asset(uuid);
        if (!before) continue;
        Asset after = *before;
        if (field == QLatin1String("condition")) after.condition = value;
        else if (field == QLatin1String("opd")) after.opdUuid = value;
        const QStringList problems = m_store.validate(after);
        if (!problems.isEmpty()) {
            delete macro;
            if (error) *error = QStringLiteral("%1: %2").arg(after.code, problems.join(QLatin1Char(' ')));
            return false;
        }
        new MasterPlanEditCommand(this, *before, after, after.code, macro);
    }
    m_undo->push(macro);
    return true;
}

}
