#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <string_view>
#include <vector>

namespace pilar {

/// The values of one field of a vector layer, stored by type: 4 or 8 bytes a feature for
/// numbers, a 4-byte code into a list of distinct texts for text (a kind, a pillar, a
/// kecamatan name repeat across a million buildings). Other types, and values that do
/// not fit the field's declared type, are kept as QVariants. Reads give the same
/// QVariant a plain list of QVariants would (null as QVariant()).
class AttributeColumn
{
public:
    explicit AttributeColumn(QMetaType::Type type = QMetaType::QString);

    std::size_t size() const { return m_size; }
    void reserve(std::size_t rows);

    QVariant value(std::size_t row) const;
    bool isNull(std::size_t row) const;
    void append(const QVariant &value);
    void set(std::size_t row, const QVariant &value);

    /// Fast appends for readers that already know the value's type.
    void appendNull();
    void appendInt(qint64 value);
    void appendDouble(double value);
    void appendText(std::string_view utf8);

    /// The code of a text in a column stored as codes (added when new); -1 when the column
    /// holds too many distinct texts for codes (it then keeps plain strings).
    int codeFor(const QString &text);
    /// Appends a row whose text has `code` (from codeFor).
    void appendCode(uint32_t code) { m_codes.push_back(code); ++m_size; }

    /// Text stored as codes: the code of a row (-1 for null) and the distinct texts.
    /// Lets a renderer classify a million rows without building a QVariant each.
    bool hasTextCodes() const { return m_storage == Storage::Codes; }
    int textCode(std::size_t row) const { return m_codes[row] == kNullCode ? -1 : int(m_codes[row]); }
    const QStringList &texts() const { return m_texts; }

    /// Bytes held, for the benchmarks.
    std::size_t memoryBytes() const;

private:
    enum class Storage { Int32, Int64, Double, Codes, Strings, Variants };
    static constexpr uint32_t kNullCode = 0xffffffffu;
    static constexpr int kMaxCodes = 65536;   ///< more distinct texts: kept as strings instead

    bool fits(const QVariant &value) const;
    void toVariants();
    void toStrings();
    void markNull(std::size_t row, bool null);
    uint32_t codeOf(const QString &text);

    QMetaType::Type m_type;
    Storage m_storage;
    std::size_t m_size = 0;
    std::vector<int32_t> m_int32;
    std::vector<int64_t> m_int64;
    std::vector<double> m_double;
    std::vector<uint32_t> m_codes;
    QStringList m_texts;
    QHash<QString, uint32_t> m_codeOf;
    std::vector<QString> m_strings;
    std::vector<QVariant> m_variants;
    std::vector<bool> m_null;   ///< numbers and strings: which rows are null (empty while none is)
};

}
