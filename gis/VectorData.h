#pragma once

#include "AttributeColumn.h"
#include "Extent.h"

#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVariant>

#include <cmath>
#include <cstdint>
#include <vector>

namespace pilar {

enum class GeometryKind : uint8_t { None, Point, Line, Polygon };

struct FieldDefinition
{
    QString name;
    QMetaType::Type type = QMetaType::QString;
    bool isNumeric() const
    {
        return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
    }
};

/// The features of one vector layer held in memory, column-friendly and compact:
/// all vertices of all features in one interleaved array, split into parts (a ring,
/// a line string or a point) and parts grouped per feature. A vertex is kept as a
/// single-precision offset from its feature's first vertex (kept exactly): half the
/// memory of doubles, and still finer than a millimetre within a building or a road. Polygons are drawn and
/// hit-tested with the even-odd rule, so holes and multipolygons need no extra nesting.
/// Built once by the loader, then shared read-only (std::shared_ptr<const VectorData>)
/// between the GUI and render threads.
struct VectorData
{
    std::vector<FieldDefinition> fields;
    std::vector<qint64> fids;
    std::vector<AttributeColumn> columns; ///< one per field, set with setFields/addField
    std::vector<GeometryKind> kinds;     ///< per feature
    std::vector<float> coords;           ///< x0,y0,x1,y1,... as offsets from the feature's origin
    std::vector<double> origins;         ///< per feature: its origin x, y in the layer's CRS (its first vertex)
    std::vector<uint32_t> partStart;     ///< vertex index where each part begins; size parts + 1
    std::vector<uint32_t> featurePart;   ///< part index where each feature begins; size features + 1
    Extent extent;

    std::size_t featureCount() const { return fids.size(); }
    double x(std::size_t feature, uint32_t vertex) const { return origins[2 * feature] + double(coords[2 * vertex]); }
    double y(std::size_t feature, uint32_t vertex) const { return origins[2 * feature + 1] + double(coords[2 * vertex + 1]); }
    /// The feature's bounding box (computed: a few vertices cost less than storing boxes).
    Extent featureBounds(std::size_t feature) const
    {
        return boundsOf(coords, &origins[2 * feature], partStart[featurePart[feature]], partStart[featurePart[feature + 1]]);
    }
    /// The box of vertices [v0, v1) given as offsets from `origin` (x, y).
    static Extent boundsOf(const std::vector<float> &offsets, const double *origin, uint32_t v0, uint32_t v1);
    QVariant attribute(std::size_t feature, std::size_t field) const { return columns[field].value(feature); }
    void setAttribute(std::size_t feature, std::size_t field, const QVariant &value) { columns[field].set(feature, value); }
    /// Appends a value to a field's column; give each field one value per feature.
    void appendAttribute(std::size_t field, const QVariant &value) { columns[field].append(value); }
    /// Replaces the fields; their columns start empty.
    void setFields(std::vector<FieldDefinition> definitions);
    /// Adds a field whose value is null for the features already there.
    void addField(const FieldDefinition &definition);
    int fieldIndex(const QString &name) const
    {
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0) return int(i);
        return -1;
    }
    /// A point on the surface / the middle of the line, in the layer's CRS, for labels.
    /// Computed when asked (only labelled features in view need it), not stored.
    QPointF labelPoint(std::size_t feature) const;
    /// Most common geometry kind, for the layer's icon and default style.
    GeometryKind dominantKind() const;

    /// Makes room for this many features, vertices and parts in all (and the attribute
    /// values): a loader that knows the size grows the arrays once, on huge pages where the
    /// system gives them, instead of doubling them (which briefly holds both copies).
    void reserve(std::size_t featureTotal, std::size_t vertexTotal, std::size_t partTotal);

    /// Starts a feature; then add parts with addPart/addVertex and call endFeature().
    void beginFeature(qint64 fid, GeometryKind kind);
    void beginPart() { partStart.back() = uint32_t(coords.size() / 2); }
    void addVertex(double x, double y)
    {
        double *origin = &origins[origins.size() - 2];
        if (std::isnan(origin[0])) { origin[0] = x; origin[1] = y; }  // the feature's first vertex
        coords.push_back(float(x - origin[0]));
        coords.push_back(float(y - origin[1]));
    }
    void endPart() { partStart.push_back(uint32_t(coords.size() / 2)); }
    /// Closes the feature: computes its bounds.
    void endFeature();
    /// Drops the feature begun last (its coordinates were nonsense).
    void abandonFeature(std::size_t coordMark, std::size_t partMark);

    /// A vertex that can be real in a CRS: finite, and within the globe for a geographic one.
    static bool plausibleVertex(double x, double y, bool geographic)
    {
        return std::isfinite(x) && std::isfinite(y) && !(geographic && (std::abs(x) > 540 || std::abs(y) > 90.5)) &&
               std::abs(x) <= 1e10 && std::abs(y) <= 1e10;
    }
};

}
