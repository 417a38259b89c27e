#pragma once

#include <QString>

namespace pilar {

/// A partner (mitra) of programmes: a bank, an operator, a university.
struct Partner
{
    QString uuid;
    QString code;
    QString name;
    QString kind;   ///< "bank", "telco", "university", "other"
};

}
