#pragma once

#include <QString>

namespace pilar {

/// A stage (tahapan) of the plan: a span of years.
struct Stage
{
    QString uuid;
    QString code;
    QString nameId;
    QString nameEn;
    int firstYear = 0;
    int lastYear = 0;
    int position = 0;
    bool contains(int year) const { return year >= firstYear && year <= lastYear; }
};

}
