#pragma once

#include <QString>

namespace pilar {

/// A sub-element of a pillar (e.g. "pelayanan publik" under Smart Governance).
struct SubElement
{
    QString uuid;
    QString pillarUuid;
    QString code;
    QString nameId;
    QString nameEn;
    int position = 0;
};

}
