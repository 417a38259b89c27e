#pragma once

#include <QColor>
#include <QString>

namespace pilar {

/// A pillar (dimensi) of the master plan. The list is data: planners edit it.
struct Pillar
{
    QString uuid;
    QString code;      ///< short stable code, e.g. "GOV"
    QString nameId;    ///< "Tata kelola pemerintahan"
    QString nameEn;    ///< "Smart Governance"
    QColor color;
    int position = 0;
};

}
