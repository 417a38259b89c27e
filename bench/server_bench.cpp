// Issue 9: many desktops on one server project. N simulated editors (threads, each with its own
// MasterPlanStore and connection, as N desktops would have) update shared realised values for a
// bounded time: read a value, add 1, save with its row version; a save refused because someone
// else saved first is read again and retried, as a planner would. At the end every value must
// equal its start plus the increments that were confirmed: zero lost updates.
//
//   pilar-bench-server [EDITORS] [SECONDS] [PG:...]
// Without a connection a throw-away PostgreSQL cluster is started (as tst_store does, but durable:
// fsync on, so each commit waits for the disk as on an office server).
#include "MasterPlanSchema.h"
#include "MasterPlanStore.h"
#include "PostgresDatabase.h"
#include "PostgresTestServer.h"
#include "ServerSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

using namespace pilar;

namespace {

struct EditorResult
{
    std::vector<double> latenciesMs;   // one per confirmed save, retries included
    QHash<QString, qint64> increments;
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString lastError;
};

double percentile(std::vector<double> &v, double p)
{
    if (v.empty()) return 0;
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())));
    std::nth_element(v.begin(), v.begin() + qsizetype(i), v.end());
    return v[i];
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int editors = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const int seconds = argc > 2 ? std::clamp(atoi(argv[2]), 1, 600) : 60;
    QString connection = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    pilar::test::PostgresTestServer server;
    if (connection.isEmpty()) {
        QString why;
        if (!server.start(&why, true)) { std::fprintf(stderr, "no server: %s\n", qPrintable(why)); return 1; }
        connection = server.createDatabase(QStringLiteral("bench"), &why);
        if (connection.isEmpty()) { std::fprintf(stderr, "%s\n", qPrintable(why)); return 1; }
    }
    // The plan: one programme, one indicator, 40 values shared by all editors (so they collide).
    QStringList values;
    {
        PostgresDatabase db;
        if (!db.open(connection) || !db.begin() || !ServerSchema::create(db) || !db.exec(QStringLiteral("COMMIT"))) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
            return 1;
        }
        MasterPlanStore store;
        QString error;
        if (!store.open(connection, &error)) { std::fprintf(stderr, "%s\n", qPrintable(error)); return 1; }
        Programme p;
        p.code = QStringLiteral("BENCH-1"); p.name = QStringLiteral("Bench"); p.pillarUuid = store.pillars().first().uuid;
        p.stageUuid = store.stages().first().uuid; p.status = QStringLiteral("ditambahkan");
        Indicator indicator;
        if (!store.save(p, &error)) { std::fprintf(stderr, "%s\n", qPrintable(error)); return 1; }
        indicator.programmeUuid = p.uuid; indicator.name = QStringLiteral("Titik aktif");
        store.saveIndicator(indicator, &error);
        for (int i = 0; i < 40; ++i) {
            Realisation r = Realisation::of(indicator.uuid, 0, QDate(2022, 1, 1).addMonths(i), QString(), QString(), QStringLiteral("bench"));
            if (!store.saveRealisation(r, &error)) { std::fprintf(stderr, "%s\n", qPrintable(error)); return 1; }
            values << r.uuid;
        }
    }
    std::printf("server bench: %d editors, %d s, %lld shared values\n", editors, seconds, qlonglong(values.size()));
    std::vector<EditorResult> results(static_cast<size_t>(editors));
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int e = 0; e < editors; ++e) {
        threads.emplace_back([&, e] {
            EditorResult &out = results[size_t(e)];
            MasterPlanStore store;
            QString error;
            if (!store.open(connection, &error)) { out.errors++; out.lastError = error; return; }
            store.setUserName(QStringLiteral("editor%1").arg(e));
            std::mt19937 random(unsigned(e) * 7919u + 1u);
            while (!stop.load()) {
                const QString uuid = values[qsizetype(random() % unsigned(values.size()))];
                QElapsedTimer timer;
                timer.start();
                for (int attempt = 0; attempt < 100 && !stop.load(); ++attempt) {
                    auto current = store.realisation(uuid);
                    if (!current) { out.errors++; break; }
                    current->value += 1;
                    current->enteredBy = QStringLiteral("editor%1").arg(e);
                    if (store.saveRealisation(*current, &error)) {
                        out.increments[uuid]++;
                        out.latenciesMs.push_back(double(timer.nsecsElapsed()) / 1e6);
                        break;
                    }
                    if (error.contains(QLatin1String("Someone else"))) out.conflicts++;
                    else { out.errors++; out.lastError = error; break; }
                }
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads) t.join();
    const double elapsed = double(wall.elapsed()) / 1000.0;

    std::vector<double> latencies;
    QHash<QString, qint64> confirmed;
    qint64 conflicts = 0, errors = 0;
    for (const EditorResult &r : results) {
        latencies.insert(latencies.end(), r.latenciesMs.begin(), r.latenciesMs.end());
        for (auto it = r.increments.cbegin(); it != r.increments.cend(); ++it) confirmed[it.key()] += it.value();
        conflicts += r.conflicts;
        errors += r.errors;
        if (!r.lastError.isEmpty()) std::fprintf(stderr, "editor error: %s\n", qPrintable(r.lastError));
    }
    MasterPlanStore check;
    QString error;
    check.open(connection, &error);
    qint64 lost = 0, stored = 0;
    for (const QString &uuid : std::as_const(values)) {
        const qint64 value = qint64(check.realisation(uuid)->value);
        stored += value;
        lost += std::abs(value - confirmed.value(uuid));
    }
    const qint64 audited = check.connection().scalar(QStringLiteral("SELECT count(*) FROM mp_audit_log WHERE table_name = 'mp_realisations' "
                                                                    "AND action = 'update'")).toLongLong();
    const auto saves = qint64(latencies.size());
    std::printf("confirmed saves   %lld (%.1f /s)\n", qlonglong(saves), double(saves) / elapsed);
    std::printf("conflicts retried %lld, errors %lld\n", qlonglong(conflicts), qlonglong(errors));
    std::printf("latency ms        p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n", percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
    std::printf("lost updates      %lld (stored sum %lld, confirmed %lld)\n", qlonglong(lost), qlonglong(stored), qlonglong(saves));
    std::printf("audit entries     %lld updates logged by the server\n", qlonglong(audited));
    return lost == 0 && errors == 0 && audited == saves ? 0 : 1;
}
