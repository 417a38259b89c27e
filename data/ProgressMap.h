#pragma once

#include "Asset.h"
#include "MasterPlanFilter.h"
#include "MasterPlanSnapshot.h"
#include "ProgressMath.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace pilar {

class VectorLayer;

/// Progress on the map: a choropleth of the regency's kecamatan or desa, by achievement of
/// the plan (the kecamatan roll-up of ProgressReport) or by coverage (the share of desa that
/// have an asset of a type, e.g. a public WiFi hotspot), at a date and under the map's filter.
/// The layer is computed, not stored: it is rebuilt from the plan whenever the plan, the
/// date or the filter changes. Formulas: docs/progress.md.
class ProgressMap
{
    Q_DECLARE_TR_FUNCTIONS(pilar::ProgressMap)

public:
    enum class Measure { Achievement, Coverage };
    enum class Unit { Kecamatan, Desa };

    struct Options
    {
        Measure measure = Measure::Achievement;
        Unit unit = Unit::Kecamatan;    ///< achievement is only measured per kecamatan
        QString assetType;              ///< for coverage: wifi, cctv, ...
        QDate at;
        MasterPlanFilter filter;
        bool operator==(const Options &) const = default;
    };

    /// One area (a kecamatan or a desa) and its value.
    struct Area
    {
        QString code;
        QString name;
        std::optional<double> value;    ///< achievement % or share of desa covered %; for a desa, its asset count
        ProgressMath::Status status = ProgressMath::Status::NoData; ///< achievement only
        int programmes = 0;
        int desa = 0;                   ///< coverage per kecamatan: desa in it, and those with the asset
        int coveredDesa = 0;
        int assets = 0;
        QString classKey;               ///< the legend class it falls in
    };

    /// The boundaries the map is drawn on, read from the project file (the tables
    /// `kecamatan_from_desa` or `kecamatan`, and `desa`). Null with a reason when missing.
    static std::shared_ptr<VectorLayer> boundaries(const QString &projectPath, Unit unit, QString *error);

    /// The values of every area of `boundaries` (fields `code` and `name`). For coverage per
    /// kecamatan, `desa` (may be null) gives each kecamatan's desa (a desa code extends its
    /// kecamatan's: 33.03.05.2001) and places assets that lack a desa code by their position.
    static QVector<Area> compute(const MasterPlanSnapshot &plan, const QVector<Asset> &assets, const VectorLayer &boundaries,
                                 const VectorLayer *desa, const Options &options);

    /// The boundaries read once for a project, kept by a caller that rebuilds the map often
    /// (the GUI, on every move of the year slider).
    struct Boundaries
    {
        QString projectPath;
        std::shared_ptr<VectorLayer> kecamatan;
        std::shared_ptr<VectorLayer> desa;
    };

    /// The choropleth layer: the boundaries with the values as fields (code, name, kelas,
    /// nilai, status, label), a class per legend entry and labels. Null with a reason.
    /// With `cache`, the boundaries are read from the file only the first time.
    static std::shared_ptr<VectorLayer> build(const QString &projectPath, const MasterPlanSnapshot &plan, const QVector<Asset> &assets,
                                              const Options &options, QString *error, Boundaries *cache = nullptr);

    /// The layer's title, e.g. "Achievement per kecamatan, 30 Jun 2023".
    static QString title(const Options &options);
};

}

Q_DECLARE_METATYPE(pilar::ProgressMap::Options)
