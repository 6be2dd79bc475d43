#include "demo/DemoRoster.h"

#include "db/Database.h"
#include "demo/DemoRecordStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace alumnidesk::demo {

namespace {

constexpr qint64 kProgressEvery = 4096;

// What the audit trail keeps: enough to make the same roster again (`demo --rows N --seed S --today D`).
// Written by hand so a 64-bit seed keeps all its digits (a JSON number would pass through a double).
QString auditValue(const DemoOptions &o)
{
    return QStringLiteral("{\"rows\": %1, \"seed\": %2, \"today\": \"%3\"}")
        .arg(o.rows)
        .arg(o.seed)
        .arg(o.today.toString(Qt::ISODate));
}

Error cancelled()
{
    return {QCoreApplication::translate("Demo", "Cancelled; the roster was left as it was."), {}};
}

} // namespace

Result<DemoSummary> generateDemoRoster(Database &db, const DemoOptions &requested, const DemoProgress &progress,
                                       const std::atomic_bool *cancel, DemoFailure *failure)
{
    auto failed = [failure](DemoFailure why, const Error &error) -> Result<DemoSummary> {
        if (failure)
            *failure = why;
        return error;
    };
    if (failure)
        *failure = DemoFailure::None;
    DemoOptions options = requested;
    if (!options.today.isValid())
        options.today = QDate::currentDate();
    if (options.rows < 1 || options.rows > kMaxDemoRows)
        return failed(DemoFailure::InvalidOptions,
                      Error{QCoreApplication::translate("Demo", "The number of rows must be from 1 to %1.")
                                .arg(kMaxDemoRows),
                            {}});
    // Careers start in 1985 and the newest hire is a year old, so "today" must leave room for both.
    if (options.today < QDate(1995, 1, 1))
        return failed(DemoFailure::InvalidOptions,
                      Error{QCoreApplication::translate("Demo", "The demo roster needs a date after 1995 as today."), {}});

    QElapsedTimer wall;
    wall.start();
    BulkLoader loader(db);
    if (Status st = loader.begin(BulkLoader::RequireEmptyRoster); !st) {
        if (loader.failure() == BulkLoader::Failure::RosterNotEmpty)
            return failed(DemoFailure::RosterNotEmpty,
                          Error{QCoreApplication::translate("Demo", "The roster already holds %Ln alumni. Demo data is "
                                                                    "only generated into an empty roster.",
                                                            nullptr, int(loader.existingAlumni())),
                                {}});
        return failed(DemoFailure::Database, st.error());
    }

    const DemoGenerator generator(options);
    DemoRecordStream records(generator, options.rows);
    DemoSummary summary;
    qint64 done = 0;
    for (QVector<Alumnus> batch = records.next(); !batch.isEmpty(); batch = records.next()) {
        for (const Alumnus &a : std::as_const(batch)) {
            if (auto id = loader.add(a); !id)
                return failed(DemoFailure::Database, id.error());
            summary.stints += a.stints.size();
            if (a.isBoomerang())
                ++summary.boomerangs;
            if (++done % kProgressEvery == 0) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    loader.rollback();
                    return failed(DemoFailure::Cancelled, cancelled());
                }
                if (progress)
                    progress(done, options.rows);
            }
        }
    }
    if (progress)
        progress(options.rows, options.rows);
    summary.generateMs = records.generateMs();

    if (Status st = loader.commit(QStringLiteral("demo"), auditValue(options), cancel); !st) {
        if (loader.failure() == BulkLoader::Failure::Cancelled)
            return failed(DemoFailure::Cancelled, cancelled());
        return failed(DemoFailure::Database, st.error());
    }
    summary.rows = options.rows;
    summary.timings = loader.timings();
    summary.seconds = double(wall.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace alumnidesk::demo
