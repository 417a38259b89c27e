#pragma once

#include "LabelSettings.h"
#include "Symbol.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

namespace pilar {

enum class StyleKind { SingleSymbol, Categorized, Graduated };
enum class ClassificationMethod { EqualInterval, Quantile, NaturalBreaks };

struct StyleCategory
{
    QString value;   ///< the field value as text; empty matches NULL
    QString label;
    Symbol symbol;
    bool visible = true;
    bool operator==(const StyleCategory &) const = default;
};

struct StyleRange
{
    double lower = 0;
    double upper = 0;
    QString label;
    Symbol symbol;
    bool operator==(const StyleRange &) const = default;
};

/// The complete look of a vector layer: a single symbol, categories of a field or
/// graduated classes of a numeric field, plus labels. A value type, copied into each
/// render so the GUI may edit it while a render runs.
struct VectorStyle
{
    StyleKind kind = StyleKind::SingleSymbol;
    Symbol symbol;                 ///< single symbol; also the fallback for unmatched values
    QString field;                 ///< categorized / graduated field
    QVector<StyleCategory> categories;
    QVector<StyleRange> ranges;
    ClassificationMethod method = ClassificationMethod::EqualInterval;
    int classCount = 5;
    LabelSettings labels;

    QJsonObject toJson() const;
    static VectorStyle fromJson(const QJsonObject &json);
    bool operator==(const VectorStyle &) const = default;
};

}
