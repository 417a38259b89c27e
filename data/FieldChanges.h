#pragma once

#include "Changeset.h"
#include "FieldOrigin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pilar {

/// One row changed in the field, as listed in field mode and in the check-in dialog.
struct PendingChange
{
    QString table;
    Changeset::Op op = Changeset::Op::Update;
    QString rowUuid;
    QString label;            ///< the row's code or name, when it has one
    QStringList columns;      ///< the changed columns (an update's)
};

/// Everything a field package sends back: its origin and the changes made since
/// check-out, found by comparing the package's tables with the copy taken at check-out
/// (SQLite's session extension, `Changeset::diff`), so any edit counts — made in Pilar,
/// QGIS or a script. Rows are keyed by UUID. Travels inside the package or as a change
/// file (`writeFile`, signed with the project's key) small enough for any USB stick.
class FieldChanges
{
    Q_DECLARE_TR_FUNCTIONS(pilar::FieldChanges)

public:
    /// The changes of a field package (opened read-only; nothing is written to it).
    static std::optional<FieldChanges> fromPackage(const QString &path, QString *error);
    /// A change file written by writeFile().
    static std::optional<FieldChanges> readFile(const QString &path, QString *error);
    /// A package or a change file, told apart by their first bytes.
    static std::optional<FieldChanges> read(const QString &path, QString *error);
    /// The origin of a field package, or nullopt when `path` is not one (error says why
    /// when it could not be read at all).
    static std::optional<FieldOrigin> packageOrigin(const QString &path, QString *error = nullptr);

    /// Writes the change file atomically, signed with the package's key.
    bool writeFile(const QString &path, QString *error) const;
    /// True when the changes were signed with `projectKey` and the package's check-out
    /// copy is untouched; otherwise false with the reason.
    bool verify(const QByteArray &projectKey, QString *reason) const;

    const FieldOrigin &origin() const { return m_origin; }
    /// The session change set (keyed by uuid; columns as columns(table)).
    const QByteArray &changeset() const { return m_changeset; }
    /// The whole current row of each updated row (an insert-only change set), so an edit
    /// to a row deleted in the office can be brought back in full.
    const QByteArray &updatedRows() const { return m_rows; }
    QStringList columns(const QString &table) const { return m_columns.value(table); }
    /// Identifies the content: the same changes give the same digest (hex).
    QString contentDigest() const;
    bool isEmpty() const { return m_changeset.isEmpty(); }
    QString sourcePath() const { return m_sourcePath; }
    QVector<PendingChange> pending(QString *error = nullptr) const;

private:
    QByteArray payload() const;

    FieldOrigin m_origin;
    QByteArray m_changeset;
    QByteArray m_rows;
    QHash<QString, QStringList> m_columns;
    QString m_sourcePath;
    QByteArray m_packageKey;       ///< from a package: its copy of the project key
    QByteArray m_baseDigest;       ///< from a package: the check-out copy's digest as found now
    QByteArray m_signature;        ///< from a change file
    bool m_fromFile = false;
};

}
