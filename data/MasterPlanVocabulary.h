#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pilar {

/// The fixed code lists of the master plan and their translated labels. Codes are what
/// the project file stores; labels are what planners read.
class MasterPlanVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanVocabulary)

public:
    static QStringList assetTypes();
    static QStringList conditions();
    static QStringList horizons();
    static QStringList statuses();
    static QStringList fundingSources();
    /// The label for any code of the lists above; the code itself when unknown.
    static QString label(const QString &code);
};

}
