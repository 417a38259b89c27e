#pragma once

#include <QHash>
#include <QMap>
#include <QString>

namespace pilar {

/// A success indicator (indikator keberhasilan) of a programme: where it started
/// (baseline), where it should be each year (targets), and which way is better.
struct Indicator
{
    QString uuid;
    QString programmeUuid;
    QString name;
    QString unit;                 ///< "%", "titik", "aplikasi", "desa" ...
    bool higherIsBetter = true;
    double baselineValue = 0;
    int baselineYear = 0;
    double weight = 1;            ///< in the programme's progress; equal by default
    QMap<int, double> targets;    ///< year → regency-wide target
    /// Optional targets of single kecamatan (code → year → target); the value listed for
    /// the baseline year is that kecamatan's baseline.
    QHash<QString, QMap<int, double>> kecamatanTargets;
    bool sample = false;
};

}
