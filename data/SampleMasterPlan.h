#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QVector>

namespace pilar {

class MasterPlanStore;

/// A realistic, clearly labelled SAMPLE master plan for the demo project: programmes
/// across all six pillars and both stages, and ICT assets placed where they would be
/// (WiFi at kecamatan offices and village halls, CCTV in towns, fibre between offices),
/// using DOMAIN.md's facts (BNI partnership, the command centre). Deterministic.
class SampleMasterPlan
{
    Q_DECLARE_TR_FUNCTIONS(pilar::SampleMasterPlan)

public:
    struct Place
    {
        QString code;     ///< kecamatan (33.03.NN) or desa (33.03.NN.XNNN) code
        QString name;
        QPointF lonLat;   ///< a point inside it (where its office or hall would be)
    };

    /// Adds the sample plan in one transaction. `kecamatan` and `desa` give the places.
    static bool populate(MasterPlanStore &store, const QVector<Place> &kecamatan, const QVector<Place> &desa, QString *error);
};

}
