#pragma once

#include <QString>

namespace pilar {

/// An activity (kegiatan) of a programme.
struct Activity
{
    QString uuid;
    QString programmeUuid;
    QString name;
    int startYear = 0;
    int endYear = 0;
    qint64 budget = 0;
    QString description;
};

}
