#pragma once

#include "VectorData.h"
#include "VectorStyle.h"

#include <vector>

namespace pilar {

/// Builds the classes of categorized and graduated styles from a layer's values.
class Classification
{
public:
    /// Class boundaries (classCount + 1 values, ascending) for the given method.
    static std::vector<double> breaks(std::vector<double> values, ClassificationMethod method, int classCount);

    /// One category per distinct value of `field` (sorted, NULL last), qualitative colours.
    static QVector<StyleCategory> categorize(const VectorData &data, const QString &field, const Symbol &base);

    /// Ranges of `field` by `method`, coloured along `rampName`. Empty when the field has no numbers.
    static QVector<StyleRange> graduate(const VectorData &data, const QString &field, ClassificationMethod method,
                                        int classCount, const QString &rampName, const Symbol &base);
};

}
