#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QString>

#include <cstddef>

struct pj_ctx;
struct PJconsts;

namespace pilar {

/// Owns one PROJ transformation between two CRSs, always in longitude/easting-first
/// axis order (proj_normalize_for_visualization), whatever the authorities say.
/// Move-only; one object per thread: PROJ objects must not be shared between threads,
/// so each transform has its own PROJ context.
class CoordinateTransform
{
public:
    CoordinateTransform() = default;
    CoordinateTransform(const Crs &source, const Crs &destination);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform &&other) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&other) noexcept;
    CoordinateTransform(const CoordinateTransform &) = delete;
    CoordinateTransform &operator=(const CoordinateTransform &) = delete;

    /// True when the transform can be used (an identity transform is valid too).
    bool isValid() const { return m_identity || m_pj; }
    bool isIdentity() const { return m_identity; }
    QString errorMessage() const { return m_error; }

    /// Transforms in place; points that cannot be transformed become +inf.
    void transform(double *x, double *y, std::size_t count, bool inverse = false) const;
    /// Interleaved x,y pairs, in place.
    void transformInterleaved(double *xy, std::size_t pointCount, bool inverse = false) const;
    bool transformPoint(double &x, double &y, bool inverse = false) const;
    /// The extent covering the transformed edges of `extent` (densified, so curved edges count).
    Extent transformExtent(const Extent &extent, bool inverse = false) const;

private:
    void reset();

    pj_ctx *m_ctx = nullptr;
    PJconsts *m_pj = nullptr;
    bool m_identity = false;
    QString m_error;
};

}
