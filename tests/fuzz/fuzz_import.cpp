// A spreadsheet from another agency, as CSV: any bytes. The import preview (columns and first
// rows, read through GDAL), the column guess and the value rules of the e-Monev import must
// refuse or succeed, never crash.
#include "FuzzSupport.h"

#include "MasterPlanImport.h"
#include "RealisationImport.h"
#include "RealisationRules.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace pilar;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // A saved column mapping (JSON) is read the same way, from the same bytes.
    const QJsonObject json = QJsonDocument::fromJson(input).object();
    MasterPlanImport::mappingToJson(MasterPlanImport::mappingFromJson(json));

    const QString path = fuzz::writeInput(QStringLiteral("sheet.csv"), data, size);
    QStringList columns;
    QList<QStringList> rows;
    QString error;
    if (!MasterPlanImport::preview(path, QString(), 50, columns, rows, &error)) return 0;
    for (auto what : {MasterPlanImport::What::Programmes, MasterPlanImport::What::Assets, MasterPlanImport::What::Realisations})
        MasterPlanImport::guessMapping(columns, what);
    for (const QStringList &row : std::as_const(rows))
        for (const QString &cell : row) {
            MasterPlanImport::normalised(cell);
            RealisationRules::parseNumber(cell);
            RealisationRules::parseQuarter(cell);
        }
    return 0;
}
