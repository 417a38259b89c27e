#include "MasterPlanDock.h"

#include "MasterPlanController.h"
#include "MasterPlanVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pilar {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;

QString rupiah(qint64 value)
{
    return QStringLiteral("Rp ") + QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(value);
}
}

MasterPlanDock::MasterPlanDock(MasterPlanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_pillar(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_opd(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_assetType(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_allYears(new QCheckBox(tr("All years"), this))
    , m_year(new QSlider(Qt::Horizontal, this))
    , m_yearLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_assets(new QTableWidget(this))
{
    m_text->setPlaceholderText(tr("Find by name or code"));
    m_text->setClearButtonEnabled(true);
    m_year->setRange(2017, 2030);
    m_year->setValue(2023);
    m_allYears->setChecked(true);
    m_year->setEnabled(false);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_allYears);
    yearRow->addWidget(m_year, 1);
    yearRow->addWidget(m_yearLabel);
    auto *filters = new QFormLayout;
    filters->addRow(tr("Search"), m_text);
    filters->addRow(tr("Pillar"), m_pillar);
    filters->addRow(tr("Stage"), m_stage);
    filters->addRow(tr("OPD"), m_opd);
    filters->addRow(tr("Kecamatan"), m_kecamatan);
    filters->addRow(tr("Year"), yearRow);
    // Progress on the map: a choropleth of the kecamatan or desa, following the year and filters.
    m_progressMap = new QComboBox(this);
    m_progressMap->setObjectName(QStringLiteral("progressMap"));
    m_progressMap->setToolTip(tr("Colour the kecamatan or desa by achievement of the plan or by coverage of an asset type, "
                                 "at the dashboard's date (the year slider's last report)"));
    m_progressMap->addItem(tr("None"));
    m_progressMap->addItem(tr("Achievement per kecamatan"), QVariant::fromValue(ProgressMap::Options{}));
    for (const QString &type : {QStringLiteral("wifi"), QStringLiteral("cctv"), QStringLiteral("kiosk"), QStringLiteral("tower"),
                                QStringLiteral("street_light"), QStringLiteral("sensor")}) {
        ProgressMap::Options perKecamatan;
        perKecamatan.measure = ProgressMap::Measure::Coverage;
        perKecamatan.assetType = type;
        m_progressMap->addItem(tr("Desa with %1, per kecamatan").arg(MasterPlanVocabulary::label(type)), QVariant::fromValue(perKecamatan));
        ProgressMap::Options perDesa = perKecamatan;
        perDesa.unit = ProgressMap::Unit::Desa;
        m_progressMap->addItem(tr("%1 per desa").arg(MasterPlanVocabulary::label(type)), QVariant::fromValue(perDesa));
    }
    connect(m_progressMap, &QComboBox::activated, this, [this](int i) {
        const QVariant v = m_progressMap->itemData(i);
        m_controller->setProgressMap(v.isValid() ? std::optional(v.value<ProgressMap::Options>()) : std::nullopt);
    });
    filters->addRow(tr("Progress map"), m_progressMap);

    // The name takes the room; code, OPD and kind are in the tooltip so the dock can stay narrow.
    m_tree->setHeaderLabels({tr("Programme"), tr("Budget"), tr("Years")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *programmePage = new QWidget(this);
    auto *programmeButtons = new QHBoxLayout;
    auto *addProgramme = new QPushButton(tr("Add…"), this);
    auto *editProgramme = new QPushButton(tr("Edit…"), this);
    auto *deleteProgramme = new QPushButton(tr("Delete"), this);
    auto *siteButton = new QPushButton(tr("Site on Map"), this);
    auto *siteMenu = new QMenu(siteButton);
    siteButton->setToolTip(tr("Draw the selected programme's site on the map"));
    const QStringList kinds = {tr("A point (click once)"), tr("A line (click the points, double-click to finish)"),
                               tr("An area (click the corners, double-click to finish)")};
    for (int kind = 0; kind < kinds.size(); ++kind)
        siteMenu->addAction(kinds[kind], this, [this, kind] {
            if (!selectedProgrammeUuid().isEmpty()) emit placeProgrammeRequested(selectedProgrammeUuid(), kind);
        });
    siteButton->setMenu(siteMenu);
    for (auto *b : {addProgramme, editProgramme, deleteProgramme, siteButton}) programmeButtons->addWidget(b);
    auto *programmeColour = new QComboBox(this);
    programmeColour->addItems({tr("Colour by pillar"), tr("Colour by stage"), tr("Colour by kind"), tr("Colour by progress")});
    programmeColour->setObjectName(QStringLiteral("programmeColouring"));
    programmeButtons->addWidget(programmeColour);
    connect(programmeColour, &QComboBox::activated, this, [this](int i) {
        m_controller->colourProgrammes(MasterPlanOverlay::ProgrammeColouring(i));
    });
    programmeButtons->addStretch();
    auto *pl = new QVBoxLayout(programmePage);
    pl->addWidget(m_tree, 1);
    pl->addLayout(programmeButtons);

    m_assetType->addItem(tr("All types"), QString());
    for (const QString &t : MasterPlanVocabulary::assetTypes()) m_assetType->addItem(MasterPlanVocabulary::label(t), t);
    m_condition->addItem(tr("Any condition"), QString());
    for (const QString &c : MasterPlanVocabulary::conditions()) m_condition->addItem(MasterPlanVocabulary::label(c), c);
    m_assets->setColumnCount(7);
    m_assets->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Type"), tr("Condition"), tr("OPD"), tr("Kecamatan"), tr("Installed")});
    m_assets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assets->setSortingEnabled(true);
    m_assets->verticalHeader()->hide();
    m_assets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assets->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assets->verticalHeader()->setDefaultSectionSize(m_assets->fontMetrics().height() + 6);
    m_assets->setWordWrap(false);
    auto *assetPage = new QWidget(this);
    auto *assetFilters = new QHBoxLayout;
    assetFilters->addWidget(m_assetType);
    assetFilters->addWidget(m_condition);
    auto *assetButtons = new QHBoxLayout;
    auto *addAsset = new QPushButton(tr("Add…"), this);
    auto *placeAsset = new QPushButton(tr("Place on Map"), this);
    auto *editAsset = new QPushButton(tr("Edit…"), this);
    auto *deleteAsset = new QPushButton(tr("Delete"), this);
    auto *bulk = new QPushButton(tr("Set Condition…"), this);
    placeAsset->setToolTip(tr("Click on the map to place the selected asset, or a new one when none is selected"));
    bulk->setToolTip(tr("Set the condition of all selected assets at once"));
    for (auto *b : {addAsset, placeAsset, editAsset, deleteAsset, bulk}) assetButtons->addWidget(b);
    auto *assetColour = new QComboBox(this);
    assetColour->addItems({tr("Colour by type"), tr("Colour by condition"), tr("Colour by OPD")});
    assetColour->setObjectName(QStringLiteral("assetColouring"));
    assetFilters->addWidget(assetColour);
    connect(assetColour, &QComboBox::activated, this, [this](int i) { m_controller->colourAssets(MasterPlanOverlay::AssetColouring(i)); });
    assetButtons->addStretch();
    auto *al = new QVBoxLayout(assetPage);
    al->addLayout(assetFilters);
    al->addWidget(m_assets, 1);
    al->addLayout(assetButtons);

    m_tabs->addTab(programmePage, tr("Programmes"));
    m_tabs->addTab(assetPage, tr("ICT Assets"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(controller, &MasterPlanController::changed, this, &MasterPlanDock::rebuild);
    for (QComboBox *box : {m_pillar, m_stage, m_opd, m_kecamatan, m_assetType, m_condition})
        connect(box, &QComboBox::currentIndexChanged, this, &MasterPlanDock::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &MasterPlanDock::applyFilters);
    connect(m_year, &QSlider::valueChanged, this, &MasterPlanDock::applyFilters);
    connect(m_allYears, &QCheckBox::toggled, this, [this](bool all) { m_year->setEnabled(!all); applyFilters(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kUuidRole).toString().isEmpty())
            emit rowSelected(QStringLiteral("mp_programmes"), item->data(0, kUuidRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kUuidRole).toString().isEmpty()) emit editProgrammeRequested(item->data(0, kUuidRole).toString());
    });
    connect(m_assets, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!selectedAssetUuid().isEmpty()) emit rowSelected(QStringLiteral("mp_assets"), selectedAssetUuid());
    });
    connect(m_assets, &QTableWidget::cellDoubleClicked, this, [this] { emit editAssetRequested(selectedAssetUuid()); });
    connect(addProgramme, &QPushButton::clicked, this, &MasterPlanDock::addProgrammeRequested);
    connect(editProgramme, &QPushButton::clicked, this, [this] {
        if (!selectedProgrammeUuid().isEmpty()) emit editProgrammeRequested(selectedProgrammeUuid());
    });
    connect(deleteProgramme, &QPushButton::clicked, this, &MasterPlanDock::deleteSelected);
    connect(addAsset, &QPushButton::clicked, this, &MasterPlanDock::addAssetRequested);
    connect(placeAsset, &QPushButton::clicked, this, [this] { emit placeAssetRequested(selectedAssetUuid()); });
    connect(editAsset, &QPushButton::clicked, this, [this] {
        if (!selectedAssetUuid().isEmpty()) emit editAssetRequested(selectedAssetUuid());
    });
    connect(deleteAsset, &QPushButton::clicked, this, &MasterPlanDock::deleteSelected);
    connect(bulk, &QPushButton::clicked, this, &MasterPlanDock::bulkSetCondition);
    rebuild();
}

QString MasterPlanDock::selectedProgrammeUuid() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    // An activity stands for its programme.
    if (item && item->data(0, kUuidRole).toString().isEmpty() && item->parent()) item = item->parent();
    return item ? item->data(0, kUuidRole).toString() : QString();
}

QString MasterPlanDock::selectedAssetUuid() const
{
    const auto rows = m_assets->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_assets->item(rows.first().row(), 0)->data(kUuidRole).toString();
}

QStringList MasterPlanDock::selectedAssetUuids() const
{
    QStringList out;
    for (const QModelIndex &i : m_assets->selectionModel()->selectedRows()) out << m_assets->item(i.row(), 0)->data(kUuidRole).toString();
    return out;
}

void MasterPlanDock::rebuild()
{
    m_rebuilding = true;
    auto refill = [](QComboBox *box, const QString &all, const QList<std::pair<QString, QString>> &items) {
        const QString keep = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const auto &[label, value] : items) box->addItem(label, value);
        const int i = box->findData(keep);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    QList<std::pair<QString, QString>> pillars, stages, opds, kecamatan;
    for (const Pillar &p : m_controller->pillars()) pillars << std::pair(QStringLiteral("%1 — %2").arg(p.nameId, p.nameEn), p.uuid);
    for (const Stage &s : m_controller->stages()) stages << std::pair(s.nameId, s.uuid);
    for (const Opd &o : m_controller->opds()) opds << std::pair(o.shortName.isEmpty() ? o.name : o.shortName, o.uuid);
    QStringList codes = m_controller->snapshot().kecamatanCodes;
    for (const Asset &a : m_controller->assets()) if (!a.kecamatanCode.isEmpty() && !codes.contains(a.kecamatanCode)) codes << a.kecamatanCode;
    for (const Programme &p : m_controller->programmes()) for (const QString &k : p.kecamatanCodes) if (!codes.contains(k)) codes << k;
    const QString keepKecamatan = m_kecamatan->currentData().toString();
    if (!keepKecamatan.isEmpty() && !codes.contains(keepKecamatan)) codes << keepKecamatan;
    codes.sort();
    for (const QString &c : codes) kecamatan << std::pair(m_controller->snapshot().kecamatanName(c), c);
    refill(m_pillar, tr("All pillars"), pillars);
    refill(m_stage, tr("All stages"), stages);
    refill(m_opd, tr("All OPD"), opds);
    refill(m_kecamatan, tr("Whole regency"), kecamatan);
    m_rebuilding = false;
    setEnabled(m_controller->isAvailable());
    applyFilters();
}

void MasterPlanDock::applyFilters()
{
    if (m_rebuilding) return;
    MasterPlanOverlay::Filter filter;
    filter.year = m_allYears->isChecked() ? 0 : m_year->value();
    filter.pillarUuid = m_pillar->currentData().toString();
    filter.stageUuid = m_stage->currentData().toString();
    filter.opdUuid = m_opd->currentData().toString();
    filter.kecamatanCode = m_kecamatan->currentData().toString();
    m_yearLabel->setText(m_allYears->isChecked() ? QString() : QString::number(m_year->value()));
    m_controller->setFilter(filter);
    const QString text = m_text->text().trimmed();
    auto textMatches = [&](const QString &code, const QString &name) {
        return text.isEmpty() || code.contains(text, Qt::CaseInsensitive) || name.contains(text, Qt::CaseInsensitive);
    };
    QHash<QString, QString> opdName;
    for (const Opd &o : m_controller->opds()) opdName.insert(o.uuid, o.shortName.isEmpty() ? o.name : o.shortName);

    // Programmes: pillar → stage → programme, only the branches with matches.
    const QString selectedProgramme = selectedProgrammeUuid();
    m_tree->clear();
    int programmeCount = 0;
    qint64 budget = 0;
    QHash<QString, const Programme *> programmeByUuid;
    for (const Programme &p : m_controller->programmes()) programmeByUuid.insert(p.uuid, &p);
    for (const Pillar &pillar : m_controller->pillars()) {
        QTreeWidgetItem *pillarItem = nullptr;
        for (const Stage &stage : m_controller->stages()) {
            QTreeWidgetItem *stageItem = nullptr;
            for (const Programme &p : m_controller->programmes()) {
                if (p.pillarUuid != pillar.uuid || p.stageUuid != stage.uuid) continue;
                if (!filter.pillarUuid.isEmpty() && p.pillarUuid != filter.pillarUuid) continue;
                if (!filter.stageUuid.isEmpty() && p.stageUuid != filter.stageUuid) continue;
                if (!filter.opdUuid.isEmpty() && p.opdUuid != filter.opdUuid) continue;
                if (!filter.kecamatanCode.isEmpty() && !p.kecamatanCodes.isEmpty() && !p.kecamatanCodes.contains(filter.kecamatanCode)) continue;
                if (filter.year && p.startYear && p.startYear > filter.year) continue;
                if (!textMatches(p.code, p.name)) continue;
                if (!pillarItem) {
                    pillarItem = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 — %2").arg(pillar.nameId, pillar.nameEn)});
                    pillarItem->setForeground(0, pillar.color.darker(130));
                    QFont f = pillarItem->font(0);
                    f.setBold(true);
                    pillarItem->setFont(0, f);
                }
                if (!stageItem) stageItem = new QTreeWidgetItem(pillarItem, {QStringLiteral("%1 (%2–%3)").arg(stage.nameId).arg(stage.firstYear).arg(stage.lastYear)});
                auto *item = new QTreeWidgetItem(stageItem, {p.name, rupiah(p.budget),
                                                             p.startYear ? QStringLiteral("%1–%2").arg(p.startYear).arg(p.endYear) : QString()});
                item->setData(0, kUuidRole, p.uuid);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(0, QStringLiteral("%1\n%2\n%3").arg(p.code, opdName.value(p.opdUuid), MasterPlanVocabulary::label(p.status)) +
                                        (p.sample ? QStringLiteral("\n") + tr("Sample data") : QString()));
                for (const Activity &a : p.activities)
                    new QTreeWidgetItem(item, {QStringLiteral("• ") + a.name, rupiah(a.budget),
                                               a.startYear ? QStringLiteral("%1–%2").arg(a.startYear).arg(a.endYear) : QString()});
                if (p.uuid == selectedProgramme) m_tree->setCurrentItem(item);
                ++programmeCount;
                budget += p.budget;
            }
        }
    }
    m_tree->expandAll();

    // Assets.
    const QString type = m_assetType->currentData().toString(), condition = m_condition->currentData().toString();
    const QStringList selectedAssets = selectedAssetUuids();
    m_assets->setSortingEnabled(false);
    m_assets->setRowCount(0);
    for (const Asset &a : m_controller->assets()) {
        if (!type.isEmpty() && a.type != type) continue;
        if (!condition.isEmpty() && a.condition != condition) continue;
        if (!filter.opdUuid.isEmpty() && a.opdUuid != filter.opdUuid) continue;
        if (!filter.kecamatanCode.isEmpty() && a.kecamatanCode != filter.kecamatanCode) continue;
        if (filter.year && a.installDate.isValid() && a.installDate.year() > filter.year) continue;
        const Programme *served = programmeByUuid.value(a.programmeUuid);
        if (!filter.pillarUuid.isEmpty() && (!served || served->pillarUuid != filter.pillarUuid)) continue;
        if (!filter.stageUuid.isEmpty() && (!served || served->stageUuid != filter.stageUuid)) continue;
        if (!textMatches(a.code, a.name)) continue;
        const int row = m_assets->rowCount();
        m_assets->insertRow(row);
        const QStringList cells = {a.code, a.name, MasterPlanVocabulary::label(a.type),
                                   a.condition.isEmpty() ? QString() : MasterPlanVocabulary::label(a.condition), opdName.value(a.opdUuid),
                                   a.kecamatanCode, a.installDate.isValid() ? a.installDate.toString(Qt::ISODate) : QString()};
        for (int c = 0; c < cells.size(); ++c) m_assets->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_assets->item(row, 0)->setData(kUuidRole, a.uuid);
        if (a.condition == QLatin1String("rusak_berat")) m_assets->item(row, 3)->setForeground(QColor(180, 0, 0));
        if (selectedAssets.contains(a.uuid)) m_assets->selectRow(row);
    }
    m_assets->setSortingEnabled(true);
    const bool sample = std::any_of(m_controller->programmes().begin(), m_controller->programmes().end(), [](const Programme &p) { return p.sample; });
    m_status->setText(!m_controller->isAvailable() ? m_controller->unavailableReason()
                      : tr("%1, %2; %3.").arg(tr("%n programme(s)", nullptr, programmeCount), rupiah(budget),
                                              tr("%n asset(s)", nullptr, m_assets->rowCount())) +
                            (sample ? QStringLiteral(" ") + tr("Includes SAMPLE data.") : QString()));
}

void MasterPlanDock::selectUuid(const QString &uuid)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kUuidRole).toString() == uuid) {
            m_tabs->setCurrentIndex(0);
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    for (int row = 0; row < m_assets->rowCount(); ++row)
        if (m_assets->item(row, 0)->data(kUuidRole).toString() == uuid) {
            m_tabs->setCurrentIndex(1);
            m_assets->selectRow(row);
            m_assets->scrollToItem(m_assets->item(row, 0));
            return;
        }
}

void MasterPlanDock::showKecamatan(const QString &code)
{
    if (!code.isEmpty() && m_kecamatan->findData(code) < 0) m_kecamatan->addItem(code, code);
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatan->findData(code)));
}

void MasterPlanDock::deleteSelected()
{
    const bool assets = m_tabs->currentIndex() == 1;
    const QStringList uuids = assets ? selectedAssetUuids() : QStringList{selectedProgrammeUuid()};
    if (uuids.isEmpty() || uuids.first().isEmpty()) return;
    QString error;
    for (const QString &uuid : uuids) {
        const bool ok = assets ? m_controller->removeAsset(uuid, &error) : m_controller->removeProgramme(uuid, &error);
        if (!ok) { m_status->setText(error); return; }
    }
}

void MasterPlanDock::bulkSetCondition()
{
    const QStringList uuids = selectedAssetUuids();
    if (uuids.isEmpty()) return;
    QStringList labels;
    for (const QString &c : MasterPlanVocabulary::conditions()) labels << MasterPlanVocabulary::label(c);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Set Condition"), tr("Condition of the %n selected asset(s):", nullptr, int(uuids.size())),
                                                 labels, 0, false, &ok);
    if (!ok) return;
    QString error;
    if (!m_controller->bulkSetAssets(uuids, QStringLiteral("condition"), MasterPlanVocabulary::conditions().at(labels.indexOf(chosen)), &error))
        m_status->setText(error);
}

}
