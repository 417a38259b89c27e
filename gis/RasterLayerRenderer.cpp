#include "RasterLayerRenderer.h"

#include "ColorRamp.h"
#include "CoordinateTransform.h"
#include "Feedback.h"
#include "GdalSupport.h"

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <QCoreApplication>
#include <QPainter>

#include <cmath>
#include <vector>

namespace pilar {

RasterLayerRenderer::RasterLayerRenderer(const RasterLayer::Info &info, const RasterStyle &style, const Crs &crs, double opacity)
    : m_info(info), m_style(style), m_crs(crs), m_opacity(opacity)
{
}

void RasterLayerRenderer::render(RenderContext &ctx)
{
    if (Feedback::canceled(ctx.feedback))
        return;
    // Only the part of the view the raster covers is warped: cheaper, and no edge artefacts.
    CoordinateTransform toMap(m_crs, ctx.mapCrs);
    const Extent rasterInMap = toMap.transformExtent(m_info.extent);
    if (!rasterInMap.isValid() || !rasterInMap.intersects(ctx.visibleExtent))
        return;
    const Extent &v = ctx.visibleExtent;
    Extent part(std::max(v.xMin, rasterInMap.xMin), std::max(v.yMin, rasterInMap.yMin),
                std::min(v.xMax, rasterInMap.xMax), std::min(v.yMax, rasterInMap.yMax));
    const MapToPixel &m2p = ctx.mapToPixel;
    const QPointF tl = m2p.toPixel(part.xMin, part.yMax), br = m2p.toPixel(part.xMax, part.yMin);
    const int px0 = int(std::floor(tl.x())), py0 = int(std::floor(tl.y()));
    const int px1 = int(std::ceil(br.x())), py1 = int(std::ceil(br.y()));
    if (px1 <= px0 || py1 <= py0)
        return;
    // Snap the warped window to whole pixels so it lines up with the vector layers.
    const QPointF a = m2p.toMap(QPointF(px0, py0)), b = m2p.toMap(QPointF(px1, py1));
    const QImage image = renderImage(Extent(a.x(), b.y(), b.x(), a.y()), QSize(px1 - px0, py1 - py0), ctx.mapCrs);
    if (image.isNull() || Feedback::canceled(ctx.feedback))
        return;
    QPainter &p = *ctx.painter;
    p.save();
    p.setOpacity(m_opacity);
    p.drawImage(QRectF(px0, py0, px1 - px0, py1 - py0), image);
    p.restore();
}

QImage RasterLayerRenderer::renderImage(const Extent &extent, const QSize &size, const Crs &mapCrs)
{
    gdal::ensureInitialized();
    gdal::resetError();
    GDALDatasetUniquePtr src(GDALDataset::Open(m_info.gdalName.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!src) {
        m_errors << QCoreApplication::translate("pilar::RasterLayerRenderer", "Cannot read raster %1: %2")
                        .arg(m_info.gdalName, gdal::lastErrorMessage());
        return {};
    }
    const bool rgb = m_style.mode == RasterMode::Rgb && src->GetRasterCount() >= 3;
    const bool palette = m_style.mode == RasterMode::Palette;
    QStringList args = {QStringLiteral("-of"), QStringLiteral("MEM"),
                        QStringLiteral("-s_srs"), m_crs.definition(),
                        QStringLiteral("-t_srs"), mapCrs.definition(),
                        QStringLiteral("-te"), QString::number(extent.xMin, 'g', 17), QString::number(extent.yMin, 'g', 17),
                        QString::number(extent.xMax, 'g', 17), QString::number(extent.yMax, 'g', 17),
                        QStringLiteral("-ts"), QString::number(size.width()), QString::number(size.height()),
                        QStringLiteral("-r"), palette ? QStringLiteral("near") : QStringLiteral("bilinear"),
                        QStringLiteral("-dstalpha"), QStringLiteral("-wo"), QStringLiteral("NUM_THREADS=1")};
    if (rgb) {
        args << QStringLiteral("-ot") << QStringLiteral("Byte");
    } else {
        args << QStringLiteral("-ot") << QStringLiteral("Float32");
    }
    std::vector<QByteArray> argBytes;
    std::vector<char *> argv;
    for (const QString &a : args) argBytes.push_back(a.toUtf8());
    for (auto &a : argBytes) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH srcHandle = GDALDataset::ToHandle(src.get());
    int usageError = 0;
    GDALDatasetUniquePtr warped(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &srcHandle, options, &usageError)));
    GDALWarpAppOptionsFree(options);
    if (!warped) {
        m_errors << QCoreApplication::translate("pilar::RasterLayerRenderer", "Cannot reproject raster %1: %2")
                        .arg(m_info.gdalName, gdal::lastErrorMessage());
        return {};
    }
    const int w = size.width(), h = size.height();
    const int bands = warped->GetRasterCount();
    std::vector<float> alpha(std::size_t(w) * h, 255.f);
    std::vector<float> buf(std::size_t(w) * h);
    auto readBand = [&](int band, std::vector<float> &out) {
        return warped->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, w, h, out.data(), w, h, GDT_Float32, 0, 0) == CE_None;
    };
    readBand(bands, alpha); // -dstalpha adds the alpha band last
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (rgb) {
        std::vector<float> g(buf.size()), bl(buf.size());
        readBand(1, buf); readBand(2, g); readBand(3, bl);
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const std::size_t i = std::size_t(y) * w + x;
                const int a = int(alpha[i]);
                line[x] = qPremultiply(qRgba(int(buf[i]), int(g[i]), int(bl[i]), a));
            }
        }
        return image;
    }
    const int band = std::clamp(m_style.band, 1, std::max(1, bands - 1));
    readBand(band, buf);
    GDALColorTable *table = palette ? src->GetRasterBand(std::clamp(m_style.band, 1, src->GetRasterCount()))->GetColorTable() : nullptr;
    const double range = m_style.maximum - m_style.minimum;
    // A 256-step lookup table: the ramp is evaluated once per step, not once per pixel.
    std::vector<QColor> lut(256);
    for (int i = 0; i < 256; ++i) lut[i] = ColorRamp::color(m_style.ramp, i / 255.0);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            const int a = int(alpha[i]);
            if (a == 0) continue;
            QColor c;
            if (table) {
                const GDALColorEntry *e = table->GetColorEntry(int(buf[i]));
                if (!e) continue;
                c = QColor(e->c1, e->c2, e->c3, e->c4 * a / 255);
            } else {
                const double t = range > 0 ? (buf[i] - m_style.minimum) / range : 0.5;
                // Clamped as a double: a tiny range makes t too large for an int, and NaN goes to 0.
                const double step = t * 255 + 0.5;
                c = lut[step > 0 ? (step < 255 ? int(step) : 255) : 0];
                c.setAlpha(a);
            }
            line[x] = qPremultiply(c.rgba());
        }
    }
    return image;
}

}
