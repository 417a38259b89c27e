#include "ArrowLayerReader.h"

#include "Feedback.h"
#include "OgrGeometryReader.h"
#include "WkbReader.h"

#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pilar {

namespace {

bool knownFieldType(const OGRFieldDefn &field)
{
    // GDAL 3.6's GeoPackage stream sets the wrong bits for boolean fields (tst_formats
    // found it): such layers are read feature by feature.
    if (field.GetSubType() == OFSTBoolean) return false;
    switch (field.GetType()) {
    case OFTInteger: case OFTInteger64: case OFTReal: case OFTString: case OFTDate: case OFTDateTime:
        return true;
    default:
        return false;
    }
}

bool isValid(const ArrowArray &a, int64_t i)
{
    const auto *bits = static_cast<const uint8_t *>(a.buffers[0]);
    if (!bits || a.null_count == 0) return true;
    const int64_t j = a.offset + i;
    return bits[j >> 3] & (1u << (j & 7));
}

template <typename T>
T valueAt(const ArrowArray &a, int64_t i)
{
    T v;
    std::memcpy(&v, static_cast<const uint8_t *>(a.buffers[1]) + (a.offset + i) * int64_t(sizeof(T)), sizeof(T));
    return v;
}

// A variable-length value (string or binary) with 32- or 64-bit offsets.
std::string_view bytesAt(const ArrowArray &a, int64_t i, bool large)
{
    const int64_t j = a.offset + i;
    int64_t begin, end;
    if (large) {
        begin = valueAt<int64_t>(a, i);
        end = static_cast<const int64_t *>(a.buffers[1])[j + 1];
    } else {
        begin = valueAt<int32_t>(a, i);
        end = static_cast<const int32_t *>(a.buffers[1])[j + 1];
    }
    return std::string_view(static_cast<const char *>(a.buffers[2]) + begin, std::size_t(end - begin));
}

// Turns one Arrow column into the values of one layer field.
struct Column
{
    std::string format;
    QMetaType::Type type = QMetaType::QString;
    int utcOffsetSeconds = 0;   ///< for timestamps with a fixed zone: back to the wall time
    std::unordered_map<std::string, uint32_t> codes;   ///< text → its code in the column

    bool accepts() const
    {
        switch (type) {
        case QMetaType::Int: return format == "i" || format == "s" || format == "c";
        case QMetaType::LongLong: return format == "l";
        case QMetaType::Double: return format == "g" || format == "f";
        case QMetaType::QString: return format == "u" || format == "U";
        case QMetaType::QDate: return format == "tdD";
        case QMetaType::QDateTime: return format.rfind("tsm:", 0) == 0;
        default: return false;
        }
    }

    // Appends row i straight into the layer's column: numbers and repeated texts without a
    // QVariant each (the load of a million rows spent most of its time there).
    void appendTo(AttributeColumn &column, const ArrowArray &a, int64_t i)
    {
        if (!isValid(a, i)) { column.appendNull(); return; }
        switch (format[0]) {
        case 'i': column.appendInt(valueAt<int32_t>(a, i)); return;
        case 's': column.appendInt(valueAt<int16_t>(a, i)); return;
        case 'c': column.appendInt(valueAt<int8_t>(a, i)); return;
        case 'l': column.appendInt(valueAt<int64_t>(a, i)); return;
        case 'g': column.appendDouble(valueAt<double>(a, i)); return;
        case 'f': column.appendDouble(valueAt<float>(a, i)); return;
        case 'u': case 'U': {
            const std::string_view text = bytesAt(a, i, format[0] == 'U');
            if (column.hasTextCodes() && text.size() <= 64) {
                std::string key(text);
                auto it = codes.find(key);
                if (it == codes.end()) {
                    const int code = column.codeFor(QString::fromUtf8(text.data(), qsizetype(text.size())));
                    if (code < 0) break; // the column keeps plain strings now
                    it = codes.emplace(std::move(key), uint32_t(code)).first;
                }
                column.appendCode(it->second);
                return;
            }
            break;
        }
        default: break;
        }
        column.append(value(a, i));
    }

    QVariant value(const ArrowArray &a, int64_t i)
    {
        if (!isValid(a, i)) return QVariant();
        switch (format[0]) {
        case 'i': return valueAt<int32_t>(a, i);
        case 's': return int(valueAt<int16_t>(a, i));
        case 'c': return int(valueAt<int8_t>(a, i));
        case 'l': return qlonglong(valueAt<int64_t>(a, i));
        case 'g': return valueAt<double>(a, i);
        case 'f': return double(valueAt<float>(a, i));
        case 'u': case 'U': { // repeated texts went through codes in appendTo; these are the rest
            const std::string_view text = bytesAt(a, i, format[0] == 'U');
            return QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
        case 't': {
            if (format == "tdD") return QDate(1970, 1, 1).addDays(valueAt<int32_t>(a, i));
            // Milliseconds since the epoch; the feature read gives the wall time without a zone.
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(valueAt<int64_t>(a, i) + qint64(utcOffsetSeconds) * 1000, QTimeZone::utc());
            return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
        }
        }
        return QVariant();
    }
};

int offsetOf(const std::string &format)
{
    // "tsm:+07:00" → 25200; "tsm:" or "tsm:UTC" → 0
    const std::string zone = format.substr(4);
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const int seconds = (std::stoi(zone.substr(1, 2)) * 60 + std::stoi(zone.substr(4, 2))) * 60;
        return zone[0] == '-' ? -seconds : seconds;
    }
    return 0;
}

struct StreamGuard
{
    ArrowArrayStream stream{};
    ArrowSchema schema{};
    ~StreamGuard()
    {
        if (schema.release) schema.release(&schema);
        if (stream.release) stream.release(&stream);
    }
};

}

bool ArrowLayerReader::suits(OGRLayer &layer)
{
    if (!layer.TestCapability(OLCFastGetArrowStream))
        return false;
    OGRFeatureDefn *defn = layer.GetLayerDefn();
    if (defn->GetGeomFieldCount() > 1)
        return false;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (!knownFieldType(*defn->GetFieldDefn(i))) return false;
    return true;
}

bool ArrowLayerReader::read(OGRLayer &layer, VectorData &data, bool geographic, Counts &counts, Feedback *feedback,
                            double progressBase, double progressSpan)
{
    StreamGuard guard;
    char **options = CSLSetNameValue(nullptr, "INCLUDE_FID", "YES");
    // Far smaller batches than GDAL's 65,536. GDAL fills the next batch on its own thread while
    // this one decodes; a small batch is still in the cache when it is decoded, and its buffers
    // are reused rather than mapped afresh (and faulted in page by page) each time. Measured
    // (median of 5): 1M buildings 463 → 310 ms, 200k roads 341 → 215 ms against 16,384 a batch,
    // and less memory; 65,536 was slower still and held ~70 MB more.
    options = CSLSetNameValue(options, "MAX_FEATURES_IN_BATCH", "2048");
    const bool opened = layer.GetArrowStream(&guard.stream, options);
    CSLDestroy(options);
    if (!opened || guard.stream.get_schema(&guard.stream, &guard.schema) != 0)
        return false;

    const QString fidName = QString::fromUtf8(*layer.GetFIDColumn() ? layer.GetFIDColumn() : "OGC_FID");
    const QString geomName = QString::fromUtf8(*layer.GetGeometryColumn() ? layer.GetGeometryColumn() : "wkb_geometry");
    const int64_t childCount = guard.schema.n_children;
    int fidChild = -1, geomChild = -1;
    bool largeGeometry = false;
    std::vector<Column> columns(data.fields.size());
    std::vector<int> fieldChild(data.fields.size(), -1);
    for (int64_t c = 0; c < childCount; ++c) {
        const ArrowSchema *child = guard.schema.children[c];
        const std::string format = child->format ? child->format : "";
        const QString name = QString::fromUtf8(child->name ? child->name : "");
        if (name == fidName && fidChild < 0 && format == "l") { fidChild = int(c); continue; }
        if (name == geomName && geomChild < 0 && (format == "z" || format == "Z")) {
            geomChild = int(c);
            largeGeometry = format == "Z";
            continue;
        }
        const int field = data.fieldIndex(name);
        if (field < 0 || fieldChild[field] >= 0) continue;
        columns[field].format = format;
        columns[field].type = data.fields[field].type;
        if (format.rfind("tsm:", 0) == 0) columns[field].utcOffsetSeconds = offsetOf(format);
        if (!columns[field].accepts()) return false; // a column this reader cannot take as the feature read would
        fieldChild[field] = int(c);
    }

    const qint64 expected = layer.GetFeatureCount(FALSE);
    const std::size_t fieldCount = data.fields.size();
    WkbReader wkb(data, geographic);
    OgrGeometryReader ogr(data, geographic);
    qint64 read = 0;
    bool reserved = false;
    while (true) {
        ArrowArray batch{};
        if (guard.stream.get_next(&guard.stream, &batch) != 0)
            return false;
        if (!batch.release) break; // end of stream
        std::unique_ptr<ArrowArray, void (*)(ArrowArray *)> release(&batch, [](ArrowArray *a) { a->release(a); });
        if (Feedback::canceled(feedback)) { counts.canceled = true; return true; }
        if (batch.n_children != childCount) return false;
        const ArrowArray *fid = fidChild >= 0 ? batch.children[fidChild] : nullptr;
        const ArrowArray *geom = geomChild >= 0 ? batch.children[geomChild] : nullptr;
        for (int64_t r = 0; r < batch.length; ++r, ++read) {
            const std::size_t coordMark = data.coords.size(), partMark = data.partStart.size();
            data.beginFeature(fid ? valueAt<int64_t>(*fid, r) : read, GeometryKind::None);
            GeometryKind kind = GeometryKind::None;
            bool absurd = false;
            if (geom && isValid(*geom, r)) {
                const std::string_view bytes = bytesAt(*geom, r, largeGeometry);
                const auto *p = reinterpret_cast<const uint8_t *>(bytes.data());
                wkb.resetAbsurd();
                const WkbReader::Status status = wkb.read(p, bytes.size(), kind);
                absurd = wkb.absurd();
                if (status != WkbReader::Status::Read) {
                    // Roll the half-read geometry back; curves and the like go through OGR.
                    data.coords.resize(coordMark);
                    data.partStart.resize(std::max<std::size_t>(partMark, 1));
                    data.origins[data.origins.size() - 2] = data.origins.back() = std::numeric_limits<double>::quiet_NaN();
                    kind = GeometryKind::None;
                    absurd = false;
                    OGRGeometry *g = nullptr;
                    if (status == WkbReader::Status::Unsupported &&
                        OGRGeometryFactory::createFromWkb(p, nullptr, &g, bytes.size(), wkbVariantIso) == OGRERR_NONE) {
                        ogr.resetAbsurd();
                        kind = ogr.read(g);
                        absurd = ogr.absurd();
                    }
                    delete g;
                }
            }
            if (absurd) {
                data.abandonFeature(coordMark, partMark);
                ++counts.absurd;
                continue;
            }
            data.kinds.back() = kind;
            if (kind == GeometryKind::None) ++counts.withoutGeometry;
            for (std::size_t f = 0; f < fieldCount; ++f) {
                if (fieldChild[f] >= 0) columns[f].appendTo(data.columns[f], *batch.children[fieldChild[f]], r);
                else data.columns[f].appendNull();
            }
            data.endFeature();
        }
        if (!reserved && expected > read && read > 0) {
            // Grow once to the expected size rather than doubling a few times (which briefly
            // holds both the old and the new copy of hundreds of megabytes).
            reserved = true;
            const double verticesPerFeature = double(data.coords.size()) / 2 / read;
            const double partsPerFeature = double(data.partStart.size()) / read;
            data.reserve(std::size_t(expected), std::size_t(expected * verticesPerFeature * 1.02) + 32,
                         std::size_t(expected * partsPerFeature * 1.02) + 64);
        }
        if (expected > 0) Feedback::progress(feedback, progressBase + progressSpan * std::min<qint64>(read, expected) / expected);
    }
    return true;
}

}
