#pragma once

#include <QDate>
#include <QString>

namespace pilar {

/// A realised value (realisasi) of an indicator, reported at a date (usually quarterly).
struct Realisation
{
    QString uuid;
    QString indicatorUuid;
    double value = 0;
    QDate date;
    QString kecamatanCode;        ///< empty = regency-wide
    QString sourceDocument;
    QString enteredBy;
};

}
