// A change file signed with the right key but written by someone hostile or by a broken tool:
// the change set and the updated rows are any bytes. Checking it in must merge, refuse or
// record conflicts in one transaction — never crash, and leave a project that still validates.
//
// The input is a 4-byte little-endian length, the change set, then the updated rows. The
// header (which package, which columns) comes from a real check-out of the demo project.
#include "FuzzSupport.h"

#include "AuditChain.h"
#include "CheckIn.h"
#include "DemoProject.h"
#include "FieldChanges.h"
#include "FieldPackage.h"
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "SqliteDatabase.h"
#include "SyncSchema.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>

#include <cstdio>
#include <cstdlib>

using namespace pilar;

namespace {

const QByteArray kMagic = QByteArrayLiteral("PILAR-CHANGES 1\n");
QByteArray g_header, g_key;
QString g_pristine, g_office, g_changes;

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "fuzz_checkin setup failed: %s\n", qPrintable(why));
    std::abort();
}

// A real field edit: an asset renamed and its condition changed, and a new asset.
void editPackage(const QString &package)
{
    MasterPlanStore store;
    QString error;
    if (!store.open(package, &error)) fail(error);
    QVector<Asset> assets = store.assets();
    if (assets.isEmpty()) fail(QStringLiteral("no assets in the package"));
    Asset edited = assets.front();
    edited.name += QStringLiteral(" (diperiksa)");
    edited.condition = QStringLiteral("rusak_ringan");
    Asset added = assets.front();
    added.uuid.clear();
    added.code += QStringLiteral("-BARU");
    added.name = QStringLiteral("CCTV baru");
    if (!store.save(edited, &error) || !store.save(added, &error)) fail(error);
}

}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::start(argc, argv);
    g_pristine = fuzz::scratchPath(QStringLiteral("office-pristine.gpkg"));
    g_office = fuzz::scratchPath(QStringLiteral("office.gpkg"));
    g_changes = fuzz::scratchPath(QStringLiteral("hostile.pilarchanges"));
    QString error;
    if (!DemoProject::create(g_pristine, &error)) fail(error);
    FieldPackage::Options options;
    options.kecamatanCodes = {QStringLiteral("33.03.05")};
    options.officer = QStringLiteral("fuzz");
    options.outPath = fuzz::scratchPath(QStringLiteral("package.gpkg"));
    const auto checkout = FieldPackage::checkout(g_pristine, options);
    if (!checkout.ok) fail(checkout.error);
    editPackage(options.outPath);
    const auto changes = FieldChanges::fromPackage(options.outPath, &error);
    const QString real = fuzz::scratchPath(QStringLiteral("real.pilarchanges"));
    if (!changes || !changes->writeFile(real, &error)) fail(error);

    QFile file(real);
    if (!file.open(QIODevice::ReadOnly)) fail(real);
    QDataStream in(file.readAll().mid(kMagic.size()));
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray changeset, rows;
    in >> g_header >> changeset >> rows;
    SqliteDatabase db;
    if (!db.open(g_pristine, true)) fail(db.lastError());
    g_key = SyncSchema::projectKey(db, false);
    if (g_key.isEmpty()) fail(QStringLiteral("no project key"));

    // The demo's uuids are new each time, so the real edit is written afresh as a seed into
    // `PILAR_FUZZ_SEED_DIR` (read after this function, by libFuzzer and by the replay).
    const QString seedDir = qEnvironmentVariable("PILAR_FUZZ_SEED_DIR");
    if (!seedDir.isEmpty()) {
        QDir().mkpath(seedDir);
        QFile out(seedDir + QStringLiteral("/real-edit"));
        if (!out.open(QIODevice::WriteOnly)) fail(out.fileName());
        const quint32 n = quint32(changeset.size());
        const char length[4] = {char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char((n >> 24) & 0xff)};
        out.write(length, 4);
        out.write(changeset);
        out.write(rows);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (input.size() < 4) return 0;
    const quint32 n = quint32(uchar(input[0])) | quint32(uchar(input[1])) << 8 | quint32(uchar(input[2])) << 16 | quint32(uchar(input[3])) << 24;
    const QByteArray changeset = input.mid(4, qsizetype(qMin<quint32>(n, quint32(input.size() - 4))));
    const QByteArray rows = input.mid(4 + changeset.size());

    QByteArray bytes = kMagic;
    {
        QDataStream out(&bytes, QIODevice::Append);
        out.setVersion(QDataStream::Qt_6_0);
        out << g_header << changeset << rows;
    }
    bytes += QMessageAuthenticationCode::hash(bytes, g_key, QCryptographicHash::Sha256);
    QFile file(g_changes);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return 0;
    file.write(bytes);
    file.close();

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(g_office + suffix);
    if (!QFile::copy(g_pristine, g_office)) return 0;
    const auto result = CheckIn::apply(g_office, g_changes, QStringLiteral("fuzz"));
    if (qEnvironmentVariableIsSet("PILAR_FUZZ_VERBOSE"))
        std::fprintf(stderr, "check-in: %s %s (+%d ~%d -%d)\n", result.ok ? "ok" : "refused", qPrintable(result.error), result.inserted,
                     result.updated, result.deleted);
    // Whatever came in, the project must still hold together: a sound file, an unbroken audit
    // log, and no row pointing at one that is not there. (Rows the editors would refuse, such as
    // an asset placed far outside the regency, are the validator's to report, not a fault here.)
    if (result.ok) {
        SqliteDatabase db;
        QString reason;
        QStringList faults;
        if (!db.open(g_office, true)) faults << db.lastError();
        if (db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok")) faults << QStringLiteral("integrity_check");
        if (AuditChain::firstBroken(db, &reason) >= 0) faults << QStringLiteral("audit chain: ") + reason;
        for (const auto &r : MasterPlanSchema::references()) {
            const int dangling = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 <> '' AND %2 NOT IN (SELECT uuid FROM %3)")
                                               .arg(r.table, r.column, r.target)).toInt();
            if (dangling > 0 && !(r.progress && r.optional)) faults << QStringLiteral("%1.%2 points at nothing").arg(r.table, r.column);
        }
        if (!faults.isEmpty()) {
            std::fprintf(stderr, "check-in left a broken project: %s\n", qPrintable(faults.join(QStringLiteral("; "))));
            std::abort();
        }
    }
    return 0;
}
