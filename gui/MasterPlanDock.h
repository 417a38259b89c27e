#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace pilar {

class MasterPlanController;

/// The "Master plan" dock: the plan as a tree (pillar → stage → programme) and the asset
/// inventory as a table, each filterable; the same filters and a year slider drive what
/// the map shows. Buttons add, edit and delete through undoable commands.
class MasterPlanDock : public QWidget
{
    Q_OBJECT
public:
    explicit MasterPlanDock(MasterPlanController *controller, QWidget *parent = nullptr);

    QTreeWidget *programmeTree() const { return m_tree; }
    QTableWidget *assetTable() const { return m_assets; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *progressMapChoice() const { return m_progressMap; }
    /// Selects a programme or an asset by uuid (from a click on the map).
    void selectUuid(const QString &uuid);
    /// Shows only what lies in this kecamatan ("33.03.05"); empty shows all.
    void showKecamatan(const QString &code);
    QString selectedAssetUuid() const;
    QString selectedProgrammeUuid() const;
    QStringList selectedAssetUuids() const;

signals:
    /// A row was selected: highlight it on the map (table is mp_programmes or mp_assets).
    void rowSelected(const QString &table, const QString &uuid);
    void addProgrammeRequested();
    void editProgrammeRequested(const QString &uuid);
    void addAssetRequested();
    void editAssetRequested(const QString &uuid);
    /// Click on the map to place (or move) the selected asset; empty uuid = a new asset.
    void placeAssetRequested(const QString &uuid);
    /// Draw the selected programme's site on the map: a point, a line or an area.
    void placeProgrammeRequested(const QString &uuid, int geometryKind);

private:
    void rebuild();
    void applyFilters();
    void deleteSelected();
    void bulkSetCondition();

    MasterPlanController *m_controller;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLineEdit *m_text;
    QComboBox *m_pillar;
    QComboBox *m_stage;
    QComboBox *m_opd;
    QComboBox *m_kecamatan;
    QComboBox *m_assetType;
    QComboBox *m_condition;
    QCheckBox *m_allYears;
    QSlider *m_year;
    QLabel *m_yearLabel;
    QComboBox *m_progressMap = nullptr;
    QTreeWidget *m_tree;
    QTableWidget *m_assets;
    bool m_rebuilding = false;
};

}
