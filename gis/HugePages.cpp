#include "HugePages.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace pilar {

void HugePages::advise(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t hugePage = 2u << 20;
    if (!data || bytes < 2 * hugePage) return;
    const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(data) + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(hugePage - 1);
    if (end > begin) madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

QImage HugePages::image(const QSize &size, QImage::Format format)
{
    constexpr std::size_t hugePage = 2u << 20;
    const qsizetype bytesPerLine = ((qsizetype(size.width()) * QImage::toPixelFormat(format).bitsPerPixel() + 31) / 32) * 4;
    const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(std::max(0, size.height()));
    if (size.isEmpty() || bytes < 2 * hugePage || bytesPerLine <= 0)
        return QImage(size, format);
    // Rounded up to whole huge pages: aligned_alloc wants a multiple of the alignment.
    const std::size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
    void *pixels = std::aligned_alloc(hugePage, rounded);
    if (!pixels) return QImage(size, format);
    advise(pixels, rounded);
    return QImage(static_cast<uchar *>(pixels), size.width(), size.height(), bytesPerLine, format,
                  [](void *p) { std::free(p); }, pixels);
}

}
