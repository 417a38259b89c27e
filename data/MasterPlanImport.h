#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pilar {

class Feedback;

/// Imports programmes, assets or realisations (the e-Monev layout, see RealisationImport) from CSV (UTF-8 or Windows-1252, comma or semicolon),
/// XLSX or any GDAL vector layer into a project. A mapping says which source column feeds
/// which field; values are normalised (labels → codes, "Rp 1.500.000" → 1500000). All or
/// nothing: every row is checked with the editors' rules inside one transaction, and if any
/// row is rejected nothing is kept and each rejected row is reported with its reason.
/// A row whose code already exists updates that row (its UUID stays).
class MasterPlanImport
{
    Q_DECLARE_TR_FUNCTIONS(pilar::MasterPlanImport)

public:
    enum class What { Programmes, Assets, Realisations };

    struct Options
    {
        QString projectPath;
        What what = What::Assets;
        QString sourcePath;
        QString layerName;                 ///< for multi-layer sources; empty = the first
        QHash<QString, QString> mapping;   ///< target field → source column; empty = guessed
        bool dryRun = false;               ///< check everything, keep nothing
        bool replaceExisting = false;      ///< realisations: a different value for a reported quarter replaces it
        QString userName;                  ///< realisations: who entered them (default: the system user)
    };

    struct RowProblem
    {
        int row = 0;        ///< 1-based data row (the header is row 0)
        QString code;
        QString message;
    };

    struct Result
    {
        bool ok = false;
        QString error;                      ///< the import could not run at all
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;                  ///< realisations already there with the same value
        /// The first rejected rows with their reasons (at most kReportedRows: a sheet of a million
        /// bad rows is reported by its first ones and a count, not a million lines).
        QVector<RowProblem> rejected;
        int rejectedRows = 0;               ///< every rejected row
        int blankRows = 0;                  ///< rows with nothing in them, skipped
        QStringList sourceColumns;
        QHash<QString, QString> mapping;    ///< the mapping used (guessed or given)
        static constexpr int kReportedRows = 1000;
        void reject(const RowProblem &problem);
        QJsonObject toJson() const;
        QString toText() const;
    };

    /// A column name or value reduced for comparing: lower case, no spaces, underscores or dots.
    static QString normalised(const QString &text);
    /// The fields a row can fill, required ones first.
    static QStringList targetFields(What what);
    static QStringList requiredFields(What what);
    /// A field as a planner reads it ("Asset type" for "type"), translated; the mapping keeps the name.
    static QString fieldLabel(const QString &field);
    /// A mapping from source columns by their names (Indonesian or English).
    static QHash<QString, QString> guessMapping(const QStringList &sourceColumns, What what);
    static QHash<QString, QString> mappingFromJson(const QJsonObject &json);
    static QJsonObject mappingToJson(const QHash<QString, QString> &mapping);

    static Result run(const Options &options, Feedback *feedback = nullptr);
    /// The columns and the first rows of a source, for the mapping dialog's preview.
    static bool preview(const QString &sourcePath, const QString &layerName, int maxRows, QStringList &columns,
                        QList<QStringList> &rows, QString *error);
};

}
