#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QVector>

namespace pilar {

/// Suggests CRSs for data that carries none (a Shapefile without .prj, a CSV of
/// coordinates), from where its coordinates fall. Only a suggestion: the user decides.
class CrsGuess
{
public:
    /// Candidates whose area of use, applied to `extent`, lands the data in Indonesia,
    /// best first (nearest to Purbalingga). Empty when nothing plausible fits.
    static QVector<Crs> candidates(const Extent &extent);
    static Crs best(const Extent &extent);
};

}
