#pragma once

#include <QString>

namespace pilar {

/// A regional agency (Organisasi Perangkat Daerah) responsible for programmes and assets.
struct Opd
{
    QString uuid;
    QString code;
    QString name;
    QString shortName;
};

}
