#include "PngWriter.h"

#include <QIODevice>
#include <QImage>

#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <string>
#include <vector>

namespace pilar {

namespace {

struct Sink
{
    QIODevice *device = nullptr;
    std::string message;   ///< libpng's or the device's complaint
};

void writeData(png_structp png, png_bytep data, size_t length)
{
    auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
    if (sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        sink->message = sink->device->errorString().toStdString();
        png_longjmp(png, 1);
    }
}

void flushData(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto *sink = static_cast<Sink *>(png_get_error_ptr(png));
    sink->message = message ? message : "libpng";
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

bool opaque(const QImage &image)
{
    if (!image.hasAlphaChannel()) return true;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < argb.height(); ++y) {
        // All of a row's pixels ANDed: the compiler vectorises it (a full-HD map: 5 ms before).
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        QRgb all = 0xffffffffu;
        for (int x = 0; x < argb.width(); ++x) all &= row[x];
        if (qAlpha(all) != 255) return false;
    }
    return true;
}

// Kept apart from write(): between setjmp and a longjmp out of libpng only plain values
// live here, no C++ object with a destructor.
bool writeRows(const QImage &rows, bool rgb, const std::vector<png_text> &texts, Sink &sink)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, onWarning);
    if (!png) { sink.message = "png_create_write_struct"; return false; }
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        if (sink.message.empty()) sink.message = "png_create_info_struct";
        return false;
    }
    png_set_write_fn(png, &sink, writeData, flushData);
    png_set_IHDR(png, info, png_uint_32(rows.width()), png_uint_32(rows.height()), 8,
                 rgb ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, Z_BEST_SPEED);
    if (rows.dotsPerMeterX() > 0 && rows.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(rows.dotsPerMeterX()), png_uint_32(rows.dotsPerMeterY()), PNG_RESOLUTION_METER);
    if (!texts.empty()) png_set_text(png, info, const_cast<png_textp>(texts.data()), int(texts.size()));
    png_write_info(png, info);
    // QImage's 32-bit pixels are one native-endian word: B,G,R,A bytes on little-endian.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    if (rgb) png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    if (rgb) png_set_filler(png, 0, PNG_FILLER_BEFORE);
    else png_set_swap_alpha(png);
#endif
    for (int y = 0; y < rows.height(); ++y)
        png_write_row(png, rows.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

}

bool PngWriter::write(const QImage &image, QIODevice &device, QString *error)
{
    if (image.isNull()) {
        if (error) *error = tr("the image is empty");
        return false;
    }
    const bool rgb = opaque(image);
    // An opaque 32-bit image already holds RGB32's bytes (alpha 255 premultiplies to itself):
    // written as it is, without an 8 MB copy.
    const QImage::Format format = image.format();
    const bool asItIs = rgb && (format == QImage::Format_RGB32 || format == QImage::Format_ARGB32 ||
                                format == QImage::Format_ARGB32_Premultiplied);
    const QImage rows = asItIs ? image : image.convertToFormat(rgb ? QImage::Format_RGB32 : QImage::Format_ARGB32);
    // The keys and values must outlive writeRows; png_text only points at them.
    std::vector<QByteArray> keys, values;
    std::vector<png_text> texts;
    for (const QString &key : image.textKeys()) {
        const QByteArray k = key.toLatin1().left(79);
        if (k.isEmpty()) continue;
        keys.push_back(k);
        values.push_back(image.text(key).toUtf8());
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        png_text t{};
        t.compression = PNG_ITXT_COMPRESSION_NONE;   // iTXt: UTF-8
        t.key = keys[i].data();
        t.text = values[i].data();
        t.itxt_length = std::size_t(values[i].size());
        texts.push_back(t);
    }
    Sink sink;
    sink.device = &device;
    if (writeRows(rows, rgb, texts, sink)) return true;
    if (error) *error = QString::fromStdString(sink.message);
    return false;
}

}
