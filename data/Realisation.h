#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pilar {

/// A realised value (realisasi) of an indicator, reported at a date (usually quarterly).
struct Realisation
{
    QString uuid;
    QString indicatorUuid;
    double value = 0;
    QDate date;
    QString kecamatanCode;        ///< empty = regency-wide
    QString sourceDocument;
    QString enteredBy;
    /// An optional attachment stored in the project (a photo, a scanned report as PDF).
    /// Reading the plan gives its name and size only; MasterPlanStore::realisationAttachment()
    /// gives the bytes. On save: bytes given are written; a name without bytes keeps the stored
    /// file; no name removes it.
    QString attachmentName;
    qint64 attachmentSize = 0;
    QByteArray attachment;
    qint64 rowVersion = 0;        ///< as Programme::rowVersion

    static Realisation of(const QString &indicatorUuid, double value, const QDate &date, const QString &kecamatanCode,
                          const QString &sourceDocument, const QString &enteredBy)
    {
        Realisation r;
        r.indicatorUuid = indicatorUuid; r.value = value; r.date = date; r.kecamatanCode = kecamatanCode;
        r.sourceDocument = sourceDocument; r.enteredBy = enteredBy;
        return r;
    }
};

}
