#pragma once

#include "VectorData.h"

#include <cstddef>
#include <cstdint>

namespace pilar {

/// Reads well-known binary (ISO and the older 0x80000000 Z flag, either byte order)
/// straight into a VectorData feature: points, lines, polygons, their multi forms and
/// collections, Z and M dropped. What it does not know (curves, TINs) it leaves to OGR.
class WkbReader
{
public:
    enum class Status { Read, Unsupported, Malformed };

    WkbReader(VectorData &data, bool geographic) : m_data(data), m_geographic(geographic) {}

    /// Appends the geometry's parts; `kind` gets its kind (None for an empty geometry).
    /// On Unsupported or Malformed the caller rolls the feature back.
    Status read(const uint8_t *wkb, std::size_t size, GeometryKind &kind);
    bool absurd() const { return m_absurd; }
    void resetAbsurd() { m_absurd = false; }

private:
    Status readGeometry(int depth, GeometryKind &kind);
    bool readHeader(bool &swap, uint32_t &type, int &dimensions);
    bool readUInt32(bool swap, uint32_t &value);
    bool readPoints(bool swap, int dimensions, uint32_t count, bool asPart);

    VectorData &m_data;
    bool m_geographic;
    bool m_absurd = false;
    const uint8_t *m_pos = nullptr;
    const uint8_t *m_end = nullptr;
};

}
