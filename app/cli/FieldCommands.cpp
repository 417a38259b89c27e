#include "FieldCommands.h"

#include "CommandLine.h"

#include "CheckIn.h"
#include "Feedback.h"
#include "FieldChanges.h"
#include "FieldPackage.h"
#include "MasterPlanSchema.h"
#include "Platform.h"
#include "ProjectFile.h"
#include "PostgresDatabase.h"
#include "SyncConflicts.h"
#include "SyncOffice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pilar {

namespace {

QString opName(Changeset::Op op)
{
    return op == Changeset::Op::Insert ? FieldCommands::tr("added") : op == Changeset::Op::Delete ? FieldCommands::tr("deleted")
                                                                                                   : FieldCommands::tr("changed");
}

}

int FieldCommands::fail(const QString &message, int exitCode)
{
    return CommandLine::fail(m_err, message, exitCode);
}

int FieldCommands::checkout(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a field package: the chosen kecamatan's part of the plan, its assets and the map, "
                                        "to take to a laptop without network."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The office project."));
    parser.addOption({QStringLiteral("kecamatan"), tr("Kecamatan codes, comma-separated (e.g. 33.03.05)."), QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("out"), tr("The package to write (.gpkg)."), QStringLiteral("PACKAGE")});
    parser.addOption({QStringLiteral("officer"), tr("The field officer's name (default: your user name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("laptop"), tr("The laptop's name (default: this computer's)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("refresh"), tr("Re-check-out this package (after its changes were checked in)."), QStringLiteral("PACKAGE")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("checkout needs exactly one PROJECT (see pilar-cli checkout --help)."), 2);
    FieldPackage::Options options;
    options.kecamatanCodes = parser.value(QStringLiteral("kecamatan")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &c : options.kecamatanCodes) c = c.trimmed();
    options.officer = parser.value(QStringLiteral("officer"));
    options.laptop = parser.value(QStringLiteral("laptop"));
    options.refreshPackage = parser.value(QStringLiteral("refresh"));
    options.outPath = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : options.refreshPackage;
    if (options.outPath.isEmpty()) return fail(tr("checkout needs --out PACKAGE.gpkg."), 2);
    if (options.kecamatanCodes.isEmpty() && options.refreshPackage.isEmpty())
        return fail(tr("checkout needs --kecamatan CODE[,CODE...]."), 2);
    const auto result = FieldPackage::checkout(parser.positionalArguments().first(), options);
    for (const QString &w : result.warnings) m_err << QStringLiteral("pilar-cli: ") << w << Qt::endl;
    if (!result.ok) return fail(result.error);
    int rows = 0;
    for (int n : result.rows) rows += n;
    m_out << tr("%1 written for %2 (%3): kecamatan %4, %5 programmes, %6 assets, %7 rows in all, %8 kB.")
                 .arg(QDir::toNativeSeparators(options.outPath), result.origin.officer, result.origin.laptop,
                      result.origin.kecamatanCodes.join(QStringLiteral(", ")))
                 .arg(result.rows.value(QStringLiteral("mp_programmes"))).arg(result.rows.value(QStringLiteral("mp_assets")))
                 .arg(rows).arg(result.bytes / 1024)
          << Qt::endl;
    return 0;
}

int FieldCommands::checkin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Merges a field package, or its change file, into the office project. Changes to different "
                                        "fields merge; the same field changed on both sides waits in the conflict list."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The office project."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), tr("The field package (.gpkg) or its change file."));
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 2) return fail(tr("checkin needs PROJECT and PACKAGE (see pilar-cli checkin --help)."), 2);
    int lastShown = -1;
    // Progress for a person at a terminal; a script reading stderr gets only the one error line.
    const bool showProgress = Platform::isTerminal(stderr) && !parser.isSet(QStringLiteral("json"));
    Feedback feedback([&](double percent, const QString &message) {
        if (!showProgress || int(percent) / 10 == lastShown) return;
        lastShown = int(percent) / 10;
        m_err << QStringLiteral("%1 % %2").arg(int(percent), 3).arg(message) << Qt::endl;
    });
    const auto r = CheckIn::apply(parser.positionalArguments().at(0), parser.positionalArguments().at(1), MasterPlanSchema::defaultUserName(), &feedback);
    if (!r.ok) return fail(r.error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject perTable;
        for (auto it = r.changesPerTable.cbegin(); it != r.changesPerTable.cend(); ++it) perTable.insert(it.key(), it.value());
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{
                                       {QStringLiteral("package"), r.origin.packageId}, {QStringLiteral("officer"), r.origin.officer},
                                       {QStringLiteral("laptop"), r.origin.laptop}, {QStringLiteral("already_checked_in"), r.alreadyCheckedIn},
                                       {QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated},
                                       {QStringLiteral("deleted"), r.deleted}, {QStringLiteral("fields_merged"), r.fieldsMerged},
                                       {QStringLiteral("unchanged"), r.unchanged}, {QStringLiteral("conflicts"), r.conflicts},
                                       {QStringLiteral("merged"), r.inserted + r.updated + r.deleted},
                                       {QStringLiteral("changes_per_table"), perTable}})
                                       .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (r.alreadyCheckedIn) {
        m_out << tr("These changes from %1 (%2) were checked in before; nothing changed.").arg(r.origin.officer, r.origin.laptop) << Qt::endl;
        return 0;
    }
    m_out << tr("Checked in from %1 (%2): %3 added, %4 changed (%5 fields), %6 deleted, %7 already here; %8")
                 .arg(r.origin.officer, r.origin.laptop).arg(r.inserted).arg(r.updated).arg(r.fieldsMerged).arg(r.deleted)
                 .arg(r.unchanged).arg(tr("%n conflict(s) wait for review.", nullptr, r.conflicts))
          << Qt::endl;
    return 0;
}

int FieldCommands::conflicts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the check-in conflicts waiting for review, or resolves one."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The office project."));
    parser.addOption({QStringLiteral("all"), tr("Also list the resolved ones.")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    parser.addOption({QStringLiteral("resolve"), tr("The conflict to resolve (its id, or a unique beginning of it)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("take"), tr("office, field, or value (with --value)."), QStringLiteral("SIDE")});
    parser.addOption({QStringLiteral("value"), tr("The value to keep instead of either side's."), QStringLiteral("TEXT")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("conflicts needs exactly one PROJECT (see pilar-cli conflicts --help)."), 2);
    const QString path = parser.positionalArguments().first();
    if (!ProjectFile::isProjectFile(path)) return fail(tr("%1 is not a Pilar project.").arg(QDir::toNativeSeparators(path)));
    SyncOffice office;
    QString openError;
    if (!office.open(path, &openError)) return fail(openError);
    SqlConnection &db = office.db();
    if (parser.isSet(QStringLiteral("resolve"))) {
        const QString take = parser.value(QStringLiteral("take"));
        if (take != QLatin1String("office") && take != QLatin1String("field") && take != QLatin1String("value"))
            return fail(tr("--take must be office, field or value."), 2);
        if (take == QLatin1String("value") && !parser.isSet(QStringLiteral("value")))
            return fail(tr("--take value needs --value TEXT."), 2);
        const QString prefix = parser.value(QStringLiteral("resolve"));
        QStringList matches;
        for (const SyncConflict &c : SyncConflicts::list(db, false))
            if (c.uuid.startsWith(prefix)) matches << c.uuid;
        if (matches.size() != 1)
            return fail(matches.isEmpty() ? tr("There is no conflict %1.").arg(prefix) : tr("%1 matches %n conflicts; give more of the id.", nullptr, int(matches.size())).arg(prefix));
        QString error;
        const auto side = take == QLatin1String("office") ? SyncConflicts::Take::Office
                        : take == QLatin1String("field")  ? SyncConflicts::Take::Field
                                                          : SyncConflicts::Take::Edited;
        if (!SyncConflicts::resolve(db, matches.first(), side, parser.value(QStringLiteral("value")), MasterPlanSchema::defaultUserName(), &error))
            return fail(error);
        m_out << tr("Conflict %1 resolved: %2 kept.").arg(matches.first().left(8), take) << Qt::endl;
        return 0;
    }
    const auto list = SyncConflicts::list(db, !parser.isSet(QStringLiteral("all")));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SyncConflict &c : list)
            array << QJsonObject{{QStringLiteral("id"), c.uuid}, {QStringLiteral("table"), c.table}, {QStringLiteral("row"), c.rowUuid},
                                 {QStringLiteral("label"), c.rowLabel}, {QStringLiteral("column"), c.column},
                                 {QStringLiteral("kind"), SyncConflicts::kindKey(c.kind)},
                                 {QStringLiteral("base"), SyncConflicts::displayValue(c.baseValue, c.column)},
                                 {QStringLiteral("office"), SyncConflicts::displayValue(c.officeValue, c.column)},
                                 {QStringLiteral("field"), SyncConflicts::displayValue(c.fieldValue, c.column)},
                                 {QStringLiteral("officer"), c.officer}, {QStringLiteral("laptop"), c.laptop},
                                 {QStringLiteral("resolution"), c.resolution}, {QStringLiteral("resolved_by"), c.resolvedBy}};
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list.isEmpty()) {
        m_out << tr("No conflicts wait for review.") << Qt::endl;
        return 0;
    }
    for (const SyncConflict &c : list) {
        m_out << QStringLiteral("%1  %2 %3%4 — %5 (%6, %7)\n").arg(c.uuid.left(8), c.table, c.rowLabel.isEmpty() ? c.rowUuid.left(8) : c.rowLabel,
                                                                  c.column.isEmpty() ? QString() : QLatin1Char('.') + c.column,
                                                                  SyncConflicts::kindName(c.kind), c.officer, c.laptop);
        if (c.kind == SyncConflict::Kind::EditedBoth || c.kind == SyncConflict::Kind::DuplicateCode
            || c.kind == SyncConflict::Kind::MissingReference)
            m_out << tr("          office: %1 | field: %2 | at check-out: %3\n")
                         .arg(SyncConflicts::displayValue(c.officeValue, c.column), SyncConflicts::displayValue(c.fieldValue, c.column),
                              SyncConflicts::displayValue(c.baseValue, c.column));
        if (!c.isOpen()) m_out << tr("          resolved by %1: %2\n").arg(c.resolvedBy, c.resolution);
    }
    m_out.flush();
    return 0;
}

int FieldCommands::changes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists what a field package will send back; with --out writes its change file (for a USB stick)."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), tr("The field package."));
    parser.addOption({QStringLiteral("out"), tr("The change file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable JSON output.")});
    int code = 0;
    if (!CommandLine::parse(parser, args, m_out, m_err, code)) return code;
    if (parser.positionalArguments().size() != 1) return fail(tr("changes needs exactly one PACKAGE (see pilar-cli changes --help)."), 2);
    QString error;
    const auto changes = FieldChanges::fromPackage(parser.positionalArguments().first(), &error);
    if (!changes) return fail(error);
    const auto pending = changes->pending(&error);
    if (parser.isSet(QStringLiteral("out")) && !changes->writeFile(parser.value(QStringLiteral("out")), &error)) return fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PendingChange &p : pending)
            array << QJsonObject{{QStringLiteral("table"), p.table}, {QStringLiteral("row"), p.rowUuid}, {QStringLiteral("label"), p.label},
                                 {QStringLiteral("op"), p.op == Changeset::Op::Insert ? QStringLiteral("insert") : p.op == Changeset::Op::Delete ? QStringLiteral("delete") : QStringLiteral("update")},
                                 {QStringLiteral("columns"), QJsonArray::fromStringList(p.columns)}};
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    const FieldOrigin &o = changes->origin();
    m_out << tr("Field package of %1 (%2), checked out %3 for kecamatan %4: %n change(s) to send back.", nullptr, int(pending.size()))
                 .arg(o.officer, o.laptop, QLocale().toString(o.checkedOutAt.toLocalTime(), QLocale::ShortFormat), o.kecamatanCodes.join(QStringLiteral(", ")))
          << Qt::endl;
    for (const PendingChange &p : pending)
        m_out << QStringLiteral("  %1 %2 %3%4\n").arg(opName(p.op), p.table, p.label.isEmpty() ? p.rowUuid.left(8) : p.label,
                                                     p.columns.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.columns.join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("out")))
        m_out << tr("Change file written: %1").arg(QDir::toNativeSeparators(parser.value(QStringLiteral("out")))) << Qt::endl;
    m_out.flush();
    return 0;
}

}
