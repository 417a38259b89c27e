#pragma once

#include "FieldOrigin.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace pilar {

class Feedback;
class FieldChanges;

/// Check-in: merges the changes of a field package (or its change file) into the office
/// project, field by field against the state at check-out:
/// - a field changed only in the field is taken; changed only in the office, kept;
/// - changed on both sides to different values: a conflict, both values kept for review;
/// - an edit to a row deleted on the other side: a conflict;
/// - new rows carry their UUIDs and never collide (a code already in use is a conflict).
/// Everything runs in one transaction (a crash leaves the project as it was), under the
/// officer's name in the audit log; the same changes applied twice change nothing.
class CheckIn
{
    Q_DECLARE_TR_FUNCTIONS(pilar::CheckIn)

public:
    struct Result
    {
        bool ok = false;
        bool canceled = false;
        bool alreadyCheckedIn = false;   ///< these very changes came in before: nothing was done
        QString error;
        FieldOrigin origin;
        QString checkinId;
        int inserted = 0;                ///< rows added
        int updated = 0;                 ///< rows with at least one field taken from the field
        int deleted = 0;
        int fieldsMerged = 0;
        int unchanged = 0;               ///< changes the office already had
        int conflicts = 0;               ///< new conflicts waiting for review
        QMap<QString, int> changesPerTable;
    };

    /// `userName` is the office user who checks in (recorded with the check-in).
    static Result apply(const QString &projectPath, const FieldChanges &changes, const QString &userName, Feedback *feedback = nullptr);
    /// Reads a package or change file first.
    static Result apply(const QString &projectPath, const QString &packageOrFile, const QString &userName, Feedback *feedback = nullptr);
};

}
