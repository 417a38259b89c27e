#pragma once

#include <QImage>

#include <cstddef>
#include <vector>

namespace pilar {

/// Asks the kernel to back a large array with transparent huge pages (2 MiB instead of
/// 4 KiB) where it allows that on request (Linux's "madvise" mode, Debian's default).
/// Filling the geometry of a million buildings otherwise takes ~25,000 page faults, and
/// on a virtual machine those cost a third of the load (1M buildings: 557 → 413 ms).
/// Only a hint: elsewhere, or when the kernel says no, nothing changes.
class HugePages
{
public:
    /// Advises the whole 2 MiB pages inside [data, data + bytes); smaller ranges are left alone.
    static void advise(const void *data, std::size_t bytes);
    /// v.reserve(n), the room beyond its present elements advised (before anything touches it).
    template <typename T>
    static void reserve(std::vector<T> &v, std::size_t n)
    {
        v.reserve(n);
        advise(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
    }
    /// v.resize(n) for an empty v, its elements on huge pages.
    template <typename T>
    static void resize(std::vector<T> &v, std::size_t n)
    {
        reserve(v, n);
        v.resize(n);
    }
    /// An image (contents undefined, as QImage(size, format)) whose pixels lie on huge pages:
    /// a full-HD map layer is 8 MB, 2,000 page faults when it is first drawn into.
    static QImage image(const QSize &size, QImage::Format format);
};

}
