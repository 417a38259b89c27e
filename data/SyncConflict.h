#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace pilar {

/// A change from the field that could not be merged by itself, kept with both values
/// until someone decides (pilar_sync_conflicts).
struct SyncConflict
{
    enum class Kind {
        EditedBoth,        ///< the same field changed in the office and in the field
        DeletedInOffice,   ///< the field edited a row the office deleted
        DeletedInField,    ///< the field deleted a row the office edited
        DuplicateCode,     ///< a row added in the field uses a code another row already has
        MissingReference   ///< the field's row points at a row the office deleted (its programme, OPD...)
    };

    QString uuid;
    QString packageUuid;
    QString table;
    QString rowUuid;
    QString column;           ///< empty for a whole-row conflict
    Kind kind = Kind::EditedBoth;
    QVariant baseValue;       ///< at check-out
    QVariant officeValue;
    QVariant fieldValue;
    QVariantMap fieldRow;     ///< the field's whole row, when the office has none to change
    QString officer;
    QString laptop;
    QDateTime createdAt;
    QDateTime resolvedAt;     ///< invalid while open
    QString resolution;       ///< office, field or edited
    QString resolvedBy;
    QString rowLabel;         ///< the row's code or name
    bool hasLocation = false;
    QPointF location;         ///< lon/lat of the row, when it has a geometry

    bool isOpen() const { return !resolvedAt.isValid(); }
};

}
