#include "WkbReader.h"

#include <cstring>

namespace pilar {

namespace {
double readDouble(const uint8_t *p, bool swap)
{
    uint64_t bits;
    std::memcpy(&bits, p, 8);
    if (swap) bits = __builtin_bswap64(bits);
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
}
}

bool WkbReader::readUInt32(bool swap, uint32_t &value)
{
    if (m_end - m_pos < 4) return false;
    std::memcpy(&value, m_pos, 4);
    if (swap) value = __builtin_bswap32(value);
    m_pos += 4;
    return true;
}

bool WkbReader::readHeader(bool &swap, uint32_t &type, int &dimensions)
{
    if (m_pos >= m_end) return false;
    const uint8_t order = *m_pos++;
    if (order > 1) return false;
    swap = (order == 0) == (Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    uint32_t raw;
    if (!readUInt32(swap, raw)) return false;
    bool z = raw & 0x80000000u, m = raw & 0x40000000u;
    raw &= 0x0fffffffu;
    const uint32_t iso = raw / 1000;
    if (iso > 3) return false;
    z = z || iso == 1 || iso == 3;
    m = m || iso == 2 || iso == 3;
    type = raw % 1000;
    dimensions = 2 + (z ? 1 : 0) + (m ? 1 : 0);
    return true;
}

bool WkbReader::readPoints(bool swap, int dimensions, uint32_t count, bool asPart)
{
    const std::size_t stride = std::size_t(dimensions) * 8;
    if (std::size_t(m_end - m_pos) / stride < count) return false;
    if (asPart) m_data.beginPart();
    for (uint32_t i = 0; i < count; ++i, m_pos += stride) {
        const double x = readDouble(m_pos, swap), y = readDouble(m_pos + 8, swap);
        if (!VectorData::plausibleVertex(x, y, m_geographic)) m_absurd = true;
        m_data.addVertex(x, y);
    }
    if (asPart) m_data.endPart();
    return true;
}

WkbReader::Status WkbReader::readGeometry(int depth, GeometryKind &kind)
{
    bool swap;
    uint32_t type;
    int dimensions;
    if (depth > 32 || !readHeader(swap, type, dimensions)) return Status::Malformed;
    kind = GeometryKind::None;
    switch (type) {
    case 1: { // Point; an empty point is NaN, NaN
        if (m_end - m_pos < dimensions * 8) return Status::Malformed;
        const double x = readDouble(m_pos, swap), y = readDouble(m_pos + 8, swap);
        if (std::isnan(x) && std::isnan(y)) { m_pos += dimensions * 8; return Status::Read; }
        if (!readPoints(swap, dimensions, 1, true)) return Status::Malformed;
        kind = GeometryKind::Point;
        return Status::Read;
    }
    case 2: { // LineString
        uint32_t n;
        if (!readUInt32(swap, n) || !readPoints(swap, dimensions, n, n > 0)) return Status::Malformed;
        if (n > 0) kind = GeometryKind::Line;
        return Status::Read;
    }
    case 3: { // Polygon
        uint32_t rings;
        if (!readUInt32(swap, rings)) return Status::Malformed;
        for (uint32_t r = 0; r < rings; ++r) {
            uint32_t n;
            if (!readUInt32(swap, n) || !readPoints(swap, dimensions, n, n > 0)) return Status::Malformed;
            if (n > 0) kind = GeometryKind::Polygon;
        }
        return Status::Read;
    }
    case 4: case 5: case 6: case 7: { // Multi… and GeometryCollection
        uint32_t parts;
        if (!readUInt32(swap, parts)) return Status::Malformed;
        for (uint32_t i = 0; i < parts; ++i) {
            GeometryKind k;
            const Status s = readGeometry(depth + 1, k);
            if (s != Status::Read) return s;
            if (k > kind) kind = k; // a mixed collection is drawn as its highest dimension
        }
        return Status::Read;
    }
    default:
        return Status::Unsupported;
    }
}

WkbReader::Status WkbReader::read(const uint8_t *wkb, std::size_t size, GeometryKind &kind)
{
    m_pos = wkb;
    m_end = wkb + size;
    kind = GeometryKind::None;
    return readGeometry(0, kind);
}

}
