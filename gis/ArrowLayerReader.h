#pragma once

#include "VectorData.h"

class OGRLayer;

namespace pilar {

class Feedback;

/// Reads a vector layer through GDAL's columnar interface (OGRLayer::GetArrowStream,
/// RFC 86): batches of WKB and typed columns instead of one OGRFeature per row, several
/// times faster where the driver implements it natively (GeoPackage in GDAL 3.6).
/// Geometry is decoded by WkbReader; attributes come out as the same QVariants the
/// feature-by-feature read gives.
class ArrowLayerReader
{
public:
    struct Counts
    {
        qint64 absurd = 0;           ///< features dropped: impossible coordinates
        qint64 withoutGeometry = 0;  ///< kept, but nothing to draw
        bool canceled = false;
    };

    /// Whether `layer` can be read this way: a native columnar read and only column
    /// types this reader knows (among the fields not ignored). Otherwise the caller reads
    /// feature by feature.
    static bool suits(OGRLayer &layer);

    /// Fills `data` (whose fields are the layer's, in order). False when the stream
    /// failed part-way: `data` is then incomplete and the caller starts over without it.
    static bool read(OGRLayer &layer, VectorData &data, bool geographic, Counts &counts, Feedback *feedback,
                     double progressBase, double progressSpan);
};

}
