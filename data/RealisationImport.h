#pragma once

#include "MasterPlanSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace pilar {

class MasterPlanStore;

/// The rows of an e-Monev sheet (one row per indicator per quarter: programme code, indicator,
/// year, quarter, realised value, source, optionally a kecamatan) turned into realisations,
/// row by row, inside the transaction of MasterPlanImport. Checked with RealisationRules; a
/// value already reported for the quarter is left alone when equal (importing a file twice
/// changes nothing), replaced when asked, else the row is refused.
class RealisationImport
{
    Q_DECLARE_TR_FUNCTIONS(pilar::RealisationImport)

public:
    enum class Outcome { Inserted, Replaced, Unchanged, Rejected };

    RealisationImport(MasterPlanStore &store, const QString &sourceName, bool replaceExisting, const QString &userName);

    static QStringList targetFields();
    static QStringList requiredFields();
    /// Source column names (normalised: lower case, no spaces or punctuation) per field.
    static QHash<QString, QStringList> synonyms();

    /// One row, its values by target field. `label` names the row in messages ("PRG-01 / TW II 2023").
    Outcome importRow(const std::function<QString(const QString &field)> &value, QString *label, QStringList *problems);

private:
    MasterPlanStore &m_store;
    MasterPlanSnapshot m_plan;
    QString m_sourceName;
    bool m_replace;
    QString m_userName;
    QHash<QString, QString> m_programmeByCode;
    QHash<QString, QString> m_kecamatanByName;
    QSet<QString> m_seen;   ///< indicator|kecamatan|year|quarter already in this file
};

}
