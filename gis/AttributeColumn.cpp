#include "AttributeColumn.h"

namespace pilar {

AttributeColumn::AttributeColumn(QMetaType::Type type) : m_type(type)
{
    switch (type) {
    case QMetaType::Int: m_storage = Storage::Int32; break;
    case QMetaType::LongLong: m_storage = Storage::Int64; break;
    case QMetaType::Double: m_storage = Storage::Double; break;
    case QMetaType::QString: m_storage = Storage::Codes; break;
    default: m_storage = Storage::Variants; break;
    }
}

void AttributeColumn::reserve(std::size_t rows)
{
    switch (m_storage) {
    case Storage::Int32: m_int32.reserve(rows); break;
    case Storage::Int64: m_int64.reserve(rows); break;
    case Storage::Double: m_double.reserve(rows); break;
    case Storage::Codes: m_codes.reserve(rows); break;
    case Storage::Strings: m_strings.reserve(rows); break;
    case Storage::Variants: m_variants.reserve(rows); break;
    }
}

bool AttributeColumn::isNull(std::size_t row) const
{
    switch (m_storage) {
    case Storage::Codes: return m_codes[row] == kNullCode;
    case Storage::Variants: return m_variants[row].isNull();
    default: return !m_null.empty() && m_null[row];
    }
}

QVariant AttributeColumn::value(std::size_t row) const
{
    switch (m_storage) {
    case Storage::Codes: return m_codes[row] == kNullCode ? QVariant() : QVariant(m_texts[m_codes[row]]);
    case Storage::Variants: return m_variants[row];
    default: break;
    }
    if (!m_null.empty() && m_null[row]) return QVariant();
    switch (m_storage) {
    case Storage::Int32: return m_int32[row];
    case Storage::Int64: return qlonglong(m_int64[row]);
    case Storage::Double: return m_double[row];
    case Storage::Strings: return m_strings[row];
    default: return QVariant();
    }
}

std::size_t AttributeColumn::memoryBytes() const
{
    std::size_t bytes = m_int32.capacity() * 4 + m_int64.capacity() * 8 + m_double.capacity() * 8 + m_codes.capacity() * 4 +
                        m_strings.capacity() * sizeof(QString) + m_variants.capacity() * sizeof(QVariant) + m_null.capacity() / 8;
    for (const QString &s : m_texts) bytes += sizeof(QString) + 2 * std::size_t(s.size());
    for (const QString &s : m_strings) bytes += 2 * std::size_t(s.size());
    return bytes;
}

void AttributeColumn::markNull(std::size_t row, bool null)
{
    if (m_null.empty()) {
        if (!null) return;
        m_null.assign(m_size, false);
    }
    if (m_null.size() < m_size) m_null.resize(m_size, false);
    m_null[row] = null;
}

bool AttributeColumn::fits(const QVariant &v) const
{
    if (v.isNull() || m_storage == Storage::Variants) return true;
    switch (m_storage) {
    case Storage::Int32: return v.typeId() == QMetaType::Int;
    case Storage::Int64: return v.typeId() == QMetaType::LongLong;
    case Storage::Double: return v.typeId() == QMetaType::Double;
    case Storage::Codes: case Storage::Strings: return v.typeId() == QMetaType::QString;
    default: return false;
    }
}

void AttributeColumn::toVariants()
{
    if (m_storage == Storage::Variants) return;
    std::vector<QVariant> values;
    values.reserve(m_size);
    for (std::size_t i = 0; i < m_size; ++i) values.push_back(value(i));
    m_variants = std::move(values);
    m_int32 = {}; m_int64 = {}; m_double = {}; m_codes = {}; m_strings = {}; m_null = {};
    m_texts.clear(); m_codeOf.clear();
    m_storage = Storage::Variants;
}

void AttributeColumn::toStrings()
{
    std::vector<QString> strings;
    strings.reserve(std::max(m_codes.capacity(), m_size));
    std::vector<bool> nulls;
    for (std::size_t i = 0; i < m_size; ++i) {
        const bool null = m_codes[i] == kNullCode;
        strings.push_back(null ? QString() : m_texts[m_codes[i]]);
        if (null) {
            if (nulls.empty()) nulls.assign(m_size, false);
            nulls[i] = true;
        }
    }
    m_strings = std::move(strings);
    m_null = std::move(nulls);
    m_codes = {}; m_texts.clear(); m_codeOf.clear();
    m_storage = Storage::Strings;
}

uint32_t AttributeColumn::codeOf(const QString &text)
{
    const auto it = m_codeOf.constFind(text);
    if (it != m_codeOf.constEnd()) return *it;
    const auto code = uint32_t(m_texts.size());
    m_texts.append(text);
    m_codeOf.insert(text, code);
    return code;
}

int AttributeColumn::codeFor(const QString &text)
{
    if (m_storage != Storage::Codes) return -1;
    if (m_texts.size() >= kMaxCodes && !m_codeOf.contains(text)) {
        toStrings();
        return -1;
    }
    return int(codeOf(text));
}

void AttributeColumn::appendNull()
{
    switch (m_storage) {
    case Storage::Int32: m_int32.push_back(0); break;
    case Storage::Int64: m_int64.push_back(0); break;
    case Storage::Double: m_double.push_back(0); break;
    case Storage::Codes: m_codes.push_back(kNullCode); ++m_size; return;
    case Storage::Strings: m_strings.emplace_back(); break;
    case Storage::Variants: m_variants.emplace_back(); ++m_size; return;
    }
    ++m_size;
    markNull(m_size - 1, true);
}

void AttributeColumn::appendInt(qint64 v)
{
    if (m_storage == Storage::Int32 && v >= INT32_MIN && v <= INT32_MAX) m_int32.push_back(int32_t(v));
    else if (m_storage == Storage::Int64) m_int64.push_back(v);
    else { append(m_type == QMetaType::Int ? QVariant(int(v)) : QVariant(qlonglong(v))); return; }
    ++m_size;
    if (!m_null.empty()) markNull(m_size - 1, false);
}

void AttributeColumn::appendDouble(double v)
{
    if (m_storage != Storage::Double) { append(v); return; }
    m_double.push_back(v);
    ++m_size;
    if (!m_null.empty()) markNull(m_size - 1, false);
}

void AttributeColumn::appendText(std::string_view utf8)
{
    append(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void AttributeColumn::append(const QVariant &v)
{
    if (!fits(v)) toVariants();
    if (v.isNull()) { appendNull(); return; }
    switch (m_storage) {
    case Storage::Int32: m_int32.push_back(v.toInt()); break;
    case Storage::Int64: m_int64.push_back(v.toLongLong()); break;
    case Storage::Double: m_double.push_back(v.toDouble()); break;
    case Storage::Codes:
        if (m_texts.size() >= kMaxCodes && !m_codeOf.contains(v.toString())) {
            toStrings();
            m_strings.push_back(v.toString());
            break;
        }
        m_codes.push_back(codeOf(v.toString()));
        ++m_size;
        return;
    case Storage::Strings: m_strings.push_back(v.toString()); break;
    case Storage::Variants: m_variants.push_back(v); ++m_size; return;
    }
    ++m_size;
    if (!m_null.empty()) markNull(m_size - 1, false);
}

void AttributeColumn::set(std::size_t row, const QVariant &v)
{
    if (!fits(v)) toVariants();
    switch (m_storage) {
    case Storage::Codes:
        if (v.isNull()) { m_codes[row] = kNullCode; return; }
        if (m_texts.size() >= kMaxCodes && !m_codeOf.contains(v.toString())) {
            toStrings();
            break;
        }
        m_codes[row] = codeOf(v.toString());
        return;
    case Storage::Variants: m_variants[row] = v; return;
    default: break;
    }
    markNull(row, v.isNull());
    if (v.isNull()) return;
    switch (m_storage) {
    case Storage::Int32: m_int32[row] = v.toInt(); break;
    case Storage::Int64: m_int64[row] = v.toLongLong(); break;
    case Storage::Double: m_double[row] = v.toDouble(); break;
    case Storage::Strings: m_strings[row] = v.toString(); break;
    default: break;
    }
}

}
