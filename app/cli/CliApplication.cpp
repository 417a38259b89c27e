#include "CliApplication.h"

#include "CommandLine.h"

#include "AssetListDocument.h"
#include "AtlasDocument.h"
#include "DataSourceInfo.h"
#include "DemoProject.h"
#include "GdalSupport.h"
#include "MapImageExport.h"
#include "MasterPlanExport.h"
#include "MasterPlanImport.h"
#include "MasterPlanStore.h"
#include "ProgressCharts.h"
#include "ProgressReport.h"
#include "ProgressReportDocument.h"
#include "ReportSettings.h"
#include "Feedback.h"
#include "FieldCommands.h"
#include "ServerCommands.h"
#include "ProjectValidator.h"
#include "ProjectRoles.h"
#include "ProjectFile.h"
#include "MasterPlanSchema.h"
#include "SqliteDatabase.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

namespace pilar {

int CliApplication::fail(const QString &message, int exitCode)
{
    return CommandLine::fail(m_err, message, exitCode);
}

int CliApplication::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: pilar-cli <command> [options]\n\n"
            "Commands:\n"
            "  info FILE [--json]           layers, geometry type, CRS, feature count and extent\n"
            "  render INPUT --out FILE.png  draw a project or any GDAL source to an image\n"
            "  demo OUT.gpkg                write the Purbalingga demo project (with a sample master plan)\n"
            "  new PROJECT.gpkg             a new project: regency boundaries, default pillars and stages\n"
            "  validate PROJECT [--json]    check the file, its format, references and every row\n"
            "  export PROJECT --what programmes|assets --out FILE   to .csv, .xlsx, .geojson or .gpkg\n"
            "  import PROJECT --programmes FILE | --assets FILE [--mapping MAP.json] [--dry-run]\n"
            "  import PROJECT --realisations FILE [--replace]   e-Monev: one row per indicator per quarter\n"
            "  progress PROJECT [--at DATE] [--by pillar|stage|opd|kecamatan] [--format table|csv|json]\n"
            "  report PROJECT --template progress|atlas|assets --out FILE.pdf [--paper A4|F4] [--landscape] [--at DATE] [--kecamatan CODE,...]\n"
            "  checkout PROJECT --kecamatan CODE[,...] --out PACKAGE.gpkg [--officer NAME]   a field package\n"
            "  changes PACKAGE [--out FILE]         what a package will send back; its change file\n"
            "  checkin PROJECT PACKAGE [--json]     merge a field package or change file\n"
            "  conflicts PROJECT [--resolve ID --take office|field|value [--value TEXT]]\n"
            "  roles PROJECT [--set USER=viewer|editor|administrator]   who may change the project\n"
            "  push PROJECT.gpkg PG:\"host=... dbname=...\"   publish a project to the office's PostgreSQL server\n"
            "  pull PG:\"host=... dbname=...\" OUT.gpkg       a copy of a server project\n\n"
            "A PROJECT may also be a server project, PG:\"host=... dbname=... user=...\".\n\n"
            "Options:\n"
            "  --version                    versions of Pilar and the libraries in use\n"
            "  --help                       this text; 'pilar-cli <command> --help' for a command\n");
    return exitCode;
}

int CliApplication::version()
{
    m_out << QStringLiteral("pilar-cli %1 (%2)\nGDAL %3, PROJ %4, SQLite %5, Qt %6\n")
                 .arg(QCoreApplication::applicationVersion(), QStringLiteral(PILAR_GIT_REVISION), gdal::gdalVersion(),
                      gdal::projVersion(), QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(qVersion()));
    return 0;
}

int CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("pilar-cli ") + command;
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version") || command == QLatin1String("version"))
        return version();
    ServerCommands server(m_out, m_err);
    if (ServerCommands::namesServer(rest)) {
        if (command == QLatin1String("validate")) return server.validate(rest);
        if (command == QLatin1String("roles")) return server.roles(rest);
    }
    if (command == QLatin1String("info")) return info(rest);
    if (command == QLatin1String("render")) return render(rest);
    if (command == QLatin1String("demo")) return demo(rest);
    if (command == QLatin1String("new")) return newProject(rest);
    if (command == QLatin1String("validate")) return validate(rest);
    if (command == QLatin1String("export")) return exportData(rest);
    if (command == QLatin1String("import")) return importData(rest);
    if (command == QLatin1String("progress")) return progress(rest);
    if (command == QLatin1String("report")) return report(rest);
    if (command == QLatin1String("roles")) return roles(rest);
    FieldCommands field(m_out, m_err);
    if (command == QLatin1String("checkout")) return field.checkout(rest);
    if (command == QLatin1String("checkin")) return field.checkin(rest);
    if (command == QLatin1String("conflicts")) return field.conflicts(rest);
    if (command == QLatin1String("changes")) return field.changes(rest);
    if (command == QLatin1String("push")) return server.push(rest);
    if (command == QLatin1String("pull")) return server.pull(rest);
    m_err << tr("pilar-cli: unknown command \"%1\".").arg(command) << Qt::endl;
    return usage(2);
}

int CliApplication::info(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the layers of a file: geometry type, CRS, feature count and extent."));
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A Pilar project or any file GDAL reads."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info needs exactly one FILE (see pilar-cli info --help)."), 2);
    DataSourceInfo info;
    QString error;
    if (!DataSourceInfo::inspect(parser.positionalArguments().first(), info, &error))
        return fail(error);
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << info.toText();
    return 0;
}

int CliApplication::render(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draws a Pilar project or any GDAL source to an image file."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("A Pilar project or any file GDAL reads."));
    parser.addOption({QStringLiteral("out"), tr("The image to write (.png, .jpg or .tif)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), tr("Image size in pixels (default 1920x1080)."), QStringLiteral("WxH"),
                      QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("extent"), tr("Area to draw, in the map CRS."), QStringLiteral("xmin,ymin,xmax,ymax")});
    parser.addOption({QStringLiteral("crs"), tr("Map CRS, e.g. EPSG:32749 (default: the project's)."), QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("source-crs"), tr("CRS of a source that has none (e.g. a Shapefile without .prj)."),
                      QStringLiteral("CRS")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution for symbol sizes (default 96)."), QStringLiteral("N"),
                      QStringLiteral("96")});
    parser.addOption({QStringLiteral("no-decorations"), tr("Leave out the scale bar and north arrow.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("render needs exactly one INPUT (see pilar-cli render --help)."), 2);
    if (!parser.isSet(QStringLiteral("out")))
        return fail(tr("render needs --out FILE."), 2);

    MapImageExport::Options options;
    options.input = parser.positionalArguments().first();
    options.output = parser.value(QStringLiteral("out"));
    const auto size = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(parser.value(QStringLiteral("size")));
    if (!size.hasMatch())
        return fail(tr("--size must look like 1920x1080."), 2);
    options.size = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    if (parser.isSet(QStringLiteral("extent"))) {
        options.extent = Extent::fromString(parser.value(QStringLiteral("extent")));
        if (!options.extent.isValid())
            return fail(tr("--extent must be four numbers xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax."), 2);
    }
    QString crsError;
    if (parser.isSet(QStringLiteral("crs"))) {
        options.crs = Crs::fromUserInput(parser.value(QStringLiteral("crs")), &crsError);
        if (!options.crs.isValid()) return fail(crsError, 2);
    }
    if (parser.isSet(QStringLiteral("source-crs"))) {
        options.sourceCrs = Crs::fromUserInput(parser.value(QStringLiteral("source-crs")), &crsError);
        if (!options.sourceCrs.isValid()) return fail(crsError, 2);
    }
    bool dpiOk = false;
    options.dpi = parser.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    if (!dpiOk || options.dpi < 10 || options.dpi > 2400)
        return fail(tr("--dpi must be a number between 10 and 2400."), 2);
    options.decorations = !parser.isSet(QStringLiteral("no-decorations"));

    const MapImageExport::Result result = MapImageExport::run(options);
    for (const QString &w : result.warnings)
        m_err << tr("pilar-cli: warning: %1").arg(w) << Qt::endl;
    if (!result.ok)
        return fail(result.error);
    m_out << tr("Wrote %1 (%2 ms).").arg(options.output).arg(result.renderMs) << Qt::endl;
    return 0;
}

int CliApplication::demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the Purbalingga demo project (real boundaries, styled) to a file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The project file to write (.gpkg)."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("demo needs exactly one OUT file (see pilar-cli demo --help)."), 2);
    QString error;
    if (!DemoProject::create(parser.positionalArguments().first(), &error))
        return fail(error);
    m_out << tr("Wrote %1.").arg(parser.positionalArguments().first()) << Qt::endl;
    return 0;
}

int CliApplication::newProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a new project with the regency boundaries, the default pillars and stages, "
                                        "and an empty master plan."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to create (.gpkg)."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("new needs exactly one PROJECT file (see pilar-cli new --help)."), 2);
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; choose another name (nothing was changed).").arg(path));
    QString error;
    if (!DemoProject::create(path, &error, false))
        return fail(error);
    m_out << tr("Wrote %1.").arg(path) << Qt::endl;
    return 0;
}

int CliApplication::validate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a project: GeoPackage validity, format version, references between rows, "
                                        "and every programme and asset. Exits with 1 when there are problems."));
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to check."));
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("validate needs exactly one PROJECT file (see pilar-cli validate --help)."), 2);
    const ProjectValidator::Report report = ProjectValidator::validate(parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    if (!report.ok()) {
        m_err << tr("pilar-cli: %n problem(s) in %1", nullptr, int(report.problems.size())).arg(report.path) << Qt::endl;
        return 1;
    }
    return 0;
}

int CliApplication::exportData(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the programmes or the assets of a project with readable columns."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("what"), tr("programmes or assets."), QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write: .csv, .xlsx, .geojson or .gpkg."), QStringLiteral("FILE")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("export needs exactly one PROJECT file (see pilar-cli export --help)."), 2);
    const QString what = parser.value(QStringLiteral("what"));
    if (what != QLatin1String("programmes") && what != QLatin1String("assets"))
        return fail(tr("--what must be programmes or assets."), 2);
    if (!parser.isSet(QStringLiteral("out")))
        return fail(tr("export needs --out FILE."), 2);
    QString error;
    const int rows = MasterPlanExport::run(parser.positionalArguments().first(),
                                           what == QLatin1String("assets") ? MasterPlanExport::What::Assets : MasterPlanExport::What::Programmes,
                                           parser.value(QStringLiteral("out")), &error);
    if (rows < 0)
        return fail(error);
    m_out << tr("Wrote %n row(s) to %1.", nullptr, rows).arg(parser.value(QStringLiteral("out"))) << Qt::endl;
    return 0;
}

int CliApplication::importData(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports programmes, assets or realisations (the e-Monev layout: one row per indicator per "
                                        "quarter) from CSV, XLSX or any GDAL vector file. All or nothing: if any row cannot be used, "
                                        "nothing is imported and each such row is listed."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("programmes"), tr("File of programmes to import."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("assets"), tr("File of assets to import."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("realisations"), tr("File of realisations to import (columns: programme code, indicator, year, "
                                                         "quarter or date, value, source, optional kecamatan)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("replace"), tr("Realisations: a different value for a quarter already reported replaces it.")});
    parser.addOption({QStringLiteral("layer"), tr("The sheet or layer to read (default: the first)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("mapping"), tr("A saved column mapping (JSON: field → column)."), QStringLiteral("MAP.json")});
    parser.addOption({QStringLiteral("save-mapping"), tr("Write the mapping used to this file, to reuse or edit."), QStringLiteral("MAP.json")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check every row, import nothing.")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("import needs exactly one PROJECT file (see pilar-cli import --help)."), 2);
    const QStringList kinds = {QStringLiteral("programmes"), QStringLiteral("assets"), QStringLiteral("realisations")};
    QString kind;
    for (const QString &k : kinds)
        if (parser.isSet(k)) kind = kind.isEmpty() ? k : QStringLiteral("*");
    if (kind.isEmpty() || kind == QLatin1String("*"))
        return fail(tr("import needs one of --programmes FILE, --assets FILE or --realisations FILE."), 2);
    MasterPlanImport::Options options;
    options.projectPath = parser.positionalArguments().first();
    options.what = MasterPlanImport::What(kinds.indexOf(kind));
    options.sourcePath = parser.value(kind);
    options.replaceExisting = parser.isSet(QStringLiteral("replace"));
    options.layerName = parser.value(QStringLiteral("layer"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile f(parser.value(QStringLiteral("mapping")));
        QJsonParseError jsonError;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &jsonError) : QJsonDocument();
        if (!doc.isObject())
            return fail(tr("%1: not a mapping file (a JSON object of field: column).").arg(parser.value(QStringLiteral("mapping"))));
        options.mapping = MasterPlanImport::mappingFromJson(doc.object());
    }
    const MasterPlanImport::Result result = MasterPlanImport::run(options);
    if (parser.isSet(QStringLiteral("save-mapping")) && !result.mapping.isEmpty()) {
        QSaveFile f(parser.value(QStringLiteral("save-mapping")));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(MasterPlanImport::mappingToJson(result.mapping)).toJson()) < 0 || !f.commit())
            return fail(tr("%1: cannot write the file (%2).").arg(parser.value(QStringLiteral("save-mapping")), f.errorString()));
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    if (!result.error.isEmpty())
        return fail(result.error);
    if (!parser.isSet(QStringLiteral("json"))) m_out << result.toText();
    if (!result.ok)
        return fail(tr("%n row(s) rejected; nothing was imported.", nullptr, result.rejectedRows));
    return 0;
}

int CliApplication::progress(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the progress toward the plan's targets: achievement, plan and status per pillar, stage, "
                                        "OPD or kecamatan (the numbers the dashboard shows)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("at"), tr("The date to measure at (default: today)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("by"), tr("pillar (default), stage, opd or kecamatan."), QStringLiteral("GROUP"), QStringLiteral("pillar")});
    parser.addOption({QStringLiteral("format"), tr("table (default), csv or json."), QStringLiteral("FORMAT"), QStringLiteral("table")});
    // The dashboard's and the map's filters.
    parser.addOption({QStringLiteral("pillar"), tr("Only the programmes of this pillar (its code)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("stage"), tr("Only the programmes of this stage (its code)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("opd"), tr("Only the programmes of this OPD (its code)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("kecamatan"), tr("Only the programmes serving this kecamatan (its code, e.g. 33.03.05)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("year"), tr("Only the programmes started by this year."), QStringLiteral("YEAR")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("progress needs exactly one PROJECT file (see pilar-cli progress --help)."), 2);
    const QDate at = parser.isSet(QStringLiteral("at")) ? QDate::fromString(parser.value(QStringLiteral("at")), Qt::ISODate) : QDate::currentDate();
    if (!at.isValid()) return fail(tr("--at must be a date like 2023-12-31."), 2);
    static const QHash<QString, ProgressReport::GroupBy> groups = {
        {QStringLiteral("pillar"), ProgressReport::GroupBy::Pillar}, {QStringLiteral("stage"), ProgressReport::GroupBy::Stage},
        {QStringLiteral("opd"), ProgressReport::GroupBy::Opd}, {QStringLiteral("kecamatan"), ProgressReport::GroupBy::Kecamatan}};
    const QString by = parser.value(QStringLiteral("by"));
    if (!groups.contains(by)) return fail(tr("--by must be pillar, stage, opd or kecamatan."), 2);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(tr("--format must be table, csv or json."), 2);
    MasterPlanStore store;
    QString error;
    if (!store.open(parser.positionalArguments().first(), &error)) return fail(error);
    const MasterPlanSnapshot plan = MasterPlanSnapshot::read(store);
    MasterPlanFilter filter;
    auto resolve = [&](const QString &option, const auto &rows, QString &uuid) {
        if (!parser.isSet(option)) return true;
        for (const auto &row : rows)
            if (row.code.compare(parser.value(option), Qt::CaseInsensitive) == 0) { uuid = row.uuid; return true; }
        return false;
    };
    for (const auto &[option, found] : {std::pair(QStringLiteral("pillar"), resolve(QStringLiteral("pillar"), plan.pillars, filter.pillarUuid)),
                                        std::pair(QStringLiteral("stage"), resolve(QStringLiteral("stage"), plan.stages, filter.stageUuid)),
                                        std::pair(QStringLiteral("opd"), resolve(QStringLiteral("opd"), plan.opds, filter.opdUuid))})
        if (!found) return fail(tr("--%1: nothing in the project has the code \"%2\".").arg(option, parser.value(option)), 2);
    if (parser.isSet(QStringLiteral("kecamatan"))) {
        filter.kecamatanCode = parser.value(QStringLiteral("kecamatan"));
        if (!plan.kecamatanCodes.isEmpty() && !plan.kecamatanCodes.contains(filter.kecamatanCode))
            return fail(tr("--kecamatan: the regency has no kecamatan with the code \"%1\".").arg(filter.kecamatanCode), 2);
    }
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || filter.year < 1900 || filter.year > 2200) return fail(tr("--year must be a year like 2022."), 2);
    }
    const ProgressReport report = ProgressReport::compute(plan, at, groups.value(by), filter);
    if (format == QLatin1String("json")) m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv")) m_out << report.toCsv();
    else m_out << report.toTable();
    return 0;
}

int CliApplication::report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a printed report as PDF in government form (letterhead, page numbers, signature block)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("template"), tr("progress (the smart-city progress report), atlas (a section per kecamatan) or assets "
                                                     "(the ICT asset inventory)."),
                      QStringLiteral("NAME"), QStringLiteral("progress")});
    parser.addOption({QStringLiteral("kecamatan"), tr("Atlas and assets: only these kecamatan (codes, comma-separated)."), QStringLiteral("CODE,...")});
    parser.addOption({QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("paper"), tr("A4 or F4 (215 × 330 mm); default: the project's setting."), QStringLiteral("PAPER")});
    parser.addOption({QStringLiteral("landscape"), tr("Landscape pages.")});
    parser.addOption({QStringLiteral("at"), tr("The date of the data (default: the latest report)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("pillar"), tr("Only the programmes of this pillar (its code)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("stage"), tr("Only the programmes of this stage (its code)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("year"), tr("Only the programmes started by this year."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("lang"), tr("The report's language: id (default) or en."), QStringLiteral("LANG")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.isSet(QStringLiteral("lang"))) {
        if (!Translations::availableLanguages().contains(parser.value(QStringLiteral("lang"))))
            return fail(tr("--lang must be id or en."), 2);
        Translations::install(*QCoreApplication::instance(), parser.value(QStringLiteral("lang")));
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")))
        return fail(tr("report needs a PROJECT and --out FILE.pdf (see pilar-cli report --help)."), 2);
    const QString templateName = parser.value(QStringLiteral("template"));
    if (templateName != QLatin1String("progress") && templateName != QLatin1String("atlas") && templateName != QLatin1String("assets"))
        return fail(tr("--template: \"%1\" is not a report this Pilar writes (progress, atlas, assets).").arg(templateName), 2);
    ProgressReportDocument::Options options;
    options.projectPath = parser.positionalArguments().first();
    options.output = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("paper"))) {
        ReportSettings::Paper paper;
        if (!ReportSettings::parsePaper(parser.value(QStringLiteral("paper")), paper)) return fail(tr("--paper must be A4 or F4."), 2);
        options.paper = paper;
    }
    if (parser.isSet(QStringLiteral("landscape"))) options.landscape = true;
    if (parser.isSet(QStringLiteral("at"))) {
        options.at = QDate::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!options.at.isValid()) return fail(tr("--at must be a date like 2023-12-31."), 2);
    }
    if (parser.isSet(QStringLiteral("pillar")) || parser.isSet(QStringLiteral("stage"))) {
        MasterPlanStore store;
        QString error;
        if (!store.open(options.projectPath, &error)) return fail(error);
        for (const Pillar &p : store.pillars())
            if (p.code.compare(parser.value(QStringLiteral("pillar")), Qt::CaseInsensitive) == 0) options.filter.pillarUuid = p.uuid;
        for (const Stage &st : store.stages())
            if (st.code.compare(parser.value(QStringLiteral("stage")), Qt::CaseInsensitive) == 0) options.filter.stageUuid = st.uuid;
        for (const QString &option : {QStringLiteral("pillar"), QStringLiteral("stage")})
            if (parser.isSet(option) && (option == QLatin1String("pillar") ? options.filter.pillarUuid : options.filter.stageUuid).isEmpty())
                return fail(tr("--%1: nothing in the project has the code \"%2\".").arg(option, parser.value(option)), 2);
    }
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options.filter.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.filter.year < 1900 || options.filter.year > 2200) return fail(tr("--year must be a year like 2022."), 2);
    }
    int lastShown = -1;
    Feedback feedback([&](double percent, const QString &message) {
        if (int(percent) / 10 == lastShown) return; // a line per tenth, not a flood
        lastShown = int(percent) / 10;
        m_err << QStringLiteral("%1 % %2").arg(int(percent), 3).arg(message) << Qt::endl;
    });
    if (parser.isSet(QStringLiteral("kecamatan")))
        options.kecamatanCodes = parser.value(QStringLiteral("kecamatan")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto done = [&](bool ok, const QString &error, int pages) {
        if (!ok) return fail(error);
        m_out << tr("%1: %n page(s).", nullptr, pages).arg(options.output) << Qt::endl;
        return 0;
    };
    if (templateName == QLatin1String("atlas")) {
        const auto result = AtlasDocument::write(options, &feedback);
        return done(result.ok, result.error, result.pages);
    }
    if (templateName == QLatin1String("assets")) {
        const auto result = AssetListDocument::write(options, &feedback);
        return done(result.ok, result.error, result.pages);
    }
    ProgressCharts charts; // the dashboard's charts, as vectors
    options.charts = &charts;
    const auto result = ProgressReportDocument::write(options, &feedback);
    return done(result.ok, result.error, result.pages);
}

int CliApplication::roles(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists who may view, edit or administer a project, or gives a role (administrators only; "
                                        "anyone while the project has no roles)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("set"), tr("Give a role: USER=viewer, USER=editor or USER=administrator."), QStringLiteral("USER=ROLE")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("roles needs exactly one PROJECT (see pilar-cli roles --help)."), 2);
    const QString path = parser.positionalArguments().first();
    if (!ProjectFile::isProjectFile(path)) return fail(tr("%1 is not a Pilar project.").arg(QDir::toNativeSeparators(path)));
    SqliteDatabase db;
    if (!db.open(path)) return fail(db.lastError());
    if (parser.isSet(QStringLiteral("set"))) {
        const QString value = parser.value(QStringLiteral("set"));
        const QString user = value.section(QLatin1Char('='), 0, 0).trimmed();
        ProjectRoles::Role role;
        if (user.isEmpty() || !ProjectRoles::fromKey(value.section(QLatin1Char('='), 1).trimmed(), &role))
            return fail(tr("--set needs USER=viewer, USER=editor or USER=administrator."), 2);
        QString error;
        if (!ProjectRoles::setRole(db, MasterPlanSchema::defaultUserName(), user, role, &error)) return fail(error);
    }
    const auto list = ProjectRoles::roles(db);
    if (list.isEmpty()) m_out << tr("No roles: everyone who opens the project may change it.") << Qt::endl;
    for (const auto &[user, role] : list) m_out << QStringLiteral("%1\t%2\n").arg(user, ProjectRoles::name(role));
    m_out.flush();
    return 0;
}

}
