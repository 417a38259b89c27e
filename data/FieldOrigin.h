#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pilar {

/// Where a field package comes from: written into the package at check-out
/// (table pilar_field) and carried by its change file, so check-in knows the project,
/// the laptop and the officer, and can verify the signature with the project's key.
struct FieldOrigin
{
    QString packageId;
    QString projectId;
    QString projectTitle;
    QString snapshot;          ///< the office state it was taken from (last audit entry + time)
    QStringList kecamatanCodes;
    QString officer;
    QString laptop;
    QDateTime checkedOutAt;
    QByteArray baseDigest;     ///< HMAC of the tables as checked out

    bool isValid() const { return !packageId.isEmpty() && !projectId.isEmpty(); }
};

}
