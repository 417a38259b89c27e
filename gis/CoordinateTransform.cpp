#include "CoordinateTransform.h"

#include <proj.h>

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace pilar {

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &destination)
{
    if (!source.isValid() || !destination.isValid()) {
        m_error = QCoreApplication::translate("pilar::CoordinateTransform", "The coordinate reference system is not known.");
        return;
    }
    if (source == destination) {
        m_identity = true;
        return;
    }
    m_ctx = proj_context_create();
    proj_log_level(m_ctx, PJ_LOG_NONE);
    PJ *pj = proj_create_crs_to_crs(m_ctx, source.definition().toUtf8().constData(),
                                    destination.definition().toUtf8().constData(), nullptr);
    if (!pj) {
        m_error = QCoreApplication::translate("pilar::CoordinateTransform", "PROJ cannot transform from %1 to %2: %3")
                      .arg(source.displayName(), destination.displayName(),
                           QString::fromUtf8(proj_context_errno_string(m_ctx, proj_context_errno(m_ctx))));
        reset();
        return;
    }
    m_pj = proj_normalize_for_visualization(m_ctx, pj);
    proj_destroy(pj);
    if (!m_pj) {
        m_error = QCoreApplication::translate("pilar::CoordinateTransform", "PROJ cannot normalise the axis order.");
        reset();
    }
}

CoordinateTransform::~CoordinateTransform()
{
    reset();
}

void CoordinateTransform::reset()
{
    if (m_pj) proj_destroy(m_pj);
    if (m_ctx) proj_context_destroy(m_ctx);
    m_pj = nullptr;
    m_ctx = nullptr;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform &&o) noexcept
    : m_ctx(o.m_ctx), m_pj(o.m_pj), m_identity(o.m_identity), m_error(std::move(o.m_error))
{
    o.m_ctx = nullptr;
    o.m_pj = nullptr;
}

CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&o) noexcept
{
    if (this != &o) {
        reset();
        m_ctx = o.m_ctx; m_pj = o.m_pj; m_identity = o.m_identity; m_error = std::move(o.m_error);
        o.m_ctx = nullptr; o.m_pj = nullptr;
    }
    return *this;
}

void CoordinateTransform::transform(double *x, double *y, std::size_t count, bool inverse) const
{
    if (m_identity || count == 0)
        return;
    if (!m_pj) {
        for (std::size_t i = 0; i < count; ++i) x[i] = y[i] = std::numeric_limits<double>::infinity();
        return;
    }
    proj_trans_generic(m_pj, inverse ? PJ_INV : PJ_FWD, x, sizeof(double), count, y, sizeof(double), count,
                       nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(m_pj);
}

void CoordinateTransform::transformInterleaved(double *xy, std::size_t pointCount, bool inverse) const
{
    if (m_identity || pointCount == 0)
        return;
    if (!m_pj) {
        for (std::size_t i = 0; i < pointCount * 2; ++i) xy[i] = std::numeric_limits<double>::infinity();
        return;
    }
    proj_trans_generic(m_pj, inverse ? PJ_INV : PJ_FWD, xy, 2 * sizeof(double), pointCount, xy + 1,
                       2 * sizeof(double), pointCount, nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(m_pj);
}

bool CoordinateTransform::transformPoint(double &x, double &y, bool inverse) const
{
    transform(&x, &y, 1, inverse);
    return std::isfinite(x) && std::isfinite(y);
}

Extent CoordinateTransform::transformExtent(const Extent &e, bool inverse) const
{
    if (m_identity || !e.isValid())
        return e;
    if (!m_pj)
        return {};
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (proj_trans_bounds(m_ctx, m_pj, inverse ? PJ_INV : PJ_FWD, e.xMin, e.yMin, e.xMax, e.yMax,
                          &xmin, &ymin, &xmax, &ymax, 21)) {
        return {xmin, ymin, xmax, ymax};
    }
    // Fall back to sampling the edges where proj_trans_bounds gives up (partly invalid areas).
    Extent out;
    constexpr int n = 21;
    for (int i = 0; i <= n; ++i) {
        const double t = double(i) / n;
        const double px[4] = {e.xMin + t * e.width(), e.xMin + t * e.width(), e.xMin, e.xMax};
        const double py[4] = {e.yMin, e.yMax, e.yMin + t * e.height(), e.yMin + t * e.height()};
        for (int k = 0; k < 4; ++k) {
            double x = px[k], y = py[k];
            if (transformPoint(x, y, inverse)) out.include(x, y);
        }
    }
    proj_errno_reset(m_pj);
    return out;
}

}
