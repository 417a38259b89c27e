#pragma once

#include <QString>

namespace pilar {

/// Planned and realised budget of a programme in one year, in Rupiah.
struct BudgetRealisation
{
    QString uuid;
    QString programmeUuid;
    int year = 0;
    qint64 planned = 0;
    qint64 realised = 0;
};

}
