#include "hris/StreamingImport.h"

#include "db/Statement.h"

#include "csv/TextEncoding.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/PageCacheCap.h"
#include "db/RosterRevision.h"
#include "db/SoleWriterJournal.h"
#include "db/SqlUtil.h"
#include "db/StoreBackend.h"
#include "db/WriteTransaction.h"
#include "hris/DuplicateRows.h"
#include "hris/ImportReadAhead.h"
#include "hris/ImportStaging.h"
#include "hris/PersonPlanner.h"
#include "hris/PersonWriter.h"
#include "roster/AlumnusRows.h"
#include "roster/BulkIndexScope.h"
#include "roster/CheckConstraintPause.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>

namespace alumnidesk::hris {

namespace {

/// The roster's page cache while a direct load reads the file (ImportStaging::Target::EmptyRoster).
constexpr int kDirectLoadCacheKiB = 16 * 1024;

Error cancelledError()
{
    return {QCoreApplication::translate("ImportExecutor", "Cancelled; the roster was left as it was."), {}};
}

Result<qint64> rosterSize(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM alumni")) || !q.next())
        return sql::queryError(q, QCoreApplication::translate("Roster", "The roster could not be read."));
    return q.value(0).toLongLong();
}

// A large file into an empty roster (directLoadBytes): asked before the import's transaction begins, and
// again inside it.
bool wantsDirectLoad(QSqlDatabase &db, const QString &path, const StreamingImportOptions &options)
{
    if (options.dryRun || options.directLoadBytes < 0)
        return false;
    const qint64 least = options.directLoadBytes > 0 ? options.directLoadBytes : qint64(options.bulkThreshold) * 64;
    if (QFileInfo(path).size() < least)
        return false;
    auto size = rosterSize(db);
    return size && size.value() == 0;
}

} // namespace

Result<StreamingImportResult> streamImport(Database &db, const QString &path, const StreamingImportOptions &options,
                                           const StreamingProgress &progress, const std::function<bool()> &cancelled)
{
    auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    QSqlDatabase &sqlDb = db.sql();
    StreamingImportResult result;
    ImportPlan &plan = result.plan;
    plan.sampled = true;
    if (options.keptIssues > 0)
        plan.issues.setMemoryLimit(options.keptIssues);
    QElapsedTimer timer;
    timer.start();

    // Declared in this order so that they end in the reverse one: the transaction before the staging (which
    // is detached outside a transaction only), the bulk settings before the transaction.
    ImportStaging staging(sqlDb, db.backend());
    std::optional<SoleWriterJournal> soleWriter;
    std::unique_ptr<WriteTransaction> tx;
    std::unique_ptr<BulkIndexScope> bulk;

    // A large file into an empty roster: the write transaction and the bulk load begin before the reading,
    // and every valid row goes straight into the roster as it is read; what the file-wide checks reject
    // afterwards is taken out again (rare). Copying a million rows out of the staging after the reading
    // cost as much as staging them.
    const bool direct = wantsDirectLoad(sqlDb, path, options);
    if (Status st = staging.create(direct ? ImportStaging::Target::EmptyRoster : ImportStaging::Target::Staging); !st)
        return st.error();
    if (direct) {
        soleWriter.emplace(sqlDb, db.backend());
        result.soleWriter = soleWriter->active();
        tx = std::make_unique<WriteTransaction>(sqlDb, db.backend());
        if (!tx->started())
            return tx->status().error();
        // Asked again inside the transaction: no one can add anybody from here on.
        auto inside = rosterSize(sqlDb);
        if (!inside)
            return inside.error();
        if (inside.value() != 0)
            return Error{QCoreApplication::translate("ImportExecutor",
                                                     "Someone added alumni to the roster while the import began: nothing "
                                                     "was imported. Import the file again."),
                         {}};
        bulk = std::make_unique<BulkIndexScope>(sqlDb, db.backend());
        if (Status st = bulk->begin(); !st)
            return st.error();
        // Many rows: the roster revision moves once before commit, not once a row (rolled back with the rest).
        if (Status st = rosterrevision::suspend(sqlDb); !st)
            return st.error();
        result.direct = true;
    }
    if (Status st = staging.beginAdding(); !st)
        return st.error();
    // While rows go straight into the roster, they are appended: the roster's cache need not be the bulk
    // load's (the staging has its own beside it). Nor afterwards: what a direct load does with the roster
    // before the indexes is small (the planner's few people), or one sort (the stints' index, when people
    // are taken back), which with the bulk load's cache took as much again for itself (1,000,000 people,
    // a row per employment: peak 181 MB).
    std::optional<PageCacheCap> readingCache;
    std::optional<CheckConstraintPause> checks;
    if (direct) {
        readingCache.emplace(db.backend(), sqlDb, kDirectLoadCacheKiB);
        checks.emplace(sqlDb, db.backend());
    }
    // The file is read, interpreted and turned into staging rows on a thread of its own; this thread only
    // writes them to the staging table.
    const QDate today = QDate::currentDate();
    auto file = readImportFileAhead(
        path, options.file, [&today](const ImportRow &row, RowValues &out) { ImportStaging::stage(row, out, today); },
        [&](ReadAheadRow &row) {
            ++plan.rows;
            plan.issues += row.issues;
            if (row.rejected) {
                ++plan.rejectedRows;
                return staging.addRejected(row.line, row.employeeId, row.hireDate);
            }
            return staging.add(row.values);
        },
        [&progress](qint64 done, qint64 total) {
            if (progress)
                progress(ImportPhase::Reading, done, total);
        },
        cancelled);
    if (!file)
        return isCancelled() ? cancelledError() : file.error();
    result.file = std::move(file).value();
    if (!options.expectedSha256.isEmpty() && result.file.sha256 != options.expectedSha256)
        return Error{QCoreApplication::translate("ImportExecutor",
                                                 "“%1” has changed since it was checked: nothing was imported. Check "
                                                 "the file again, then import it.")
                         .arg(QFileInfo(path).fileName()),
                     QCoreApplication::translate("ImportExecutor", "SHA-256 when checked: %1; now: %2")
                         .arg(options.expectedSha256, result.file.sha256)};
    if (Status st = staging.finishAdding(); !st)
        return st.error();
    if (checks) {
        if (Status st = checks->resumeAndVerify(staging.firstDirectId()); !st)
            return st.error();
        checks.reset();
    }
    result.timings.read = timer.restart();
    if (progress)
        progress(ImportPhase::Comparing, 0, 0);

    // Many rows, and no one else has the file open: the import writes through a rollback journal, which
    // writes each page new to the file once (the write-ahead log writes it twice). Rows read against the
    // roster's size only choose the journal; what is written is decided below, inside the transaction.
    if (!options.dryRun && !direct) {
        const qint64 accepted = plan.rows - plan.rejectedRows;
        auto before = rosterSize(sqlDb);
        if (before && accepted >= options.bulkThreshold && accepted * 2 >= before.value())
            soleWriter.emplace(sqlDb, db.backend());
        result.soleWriter = soleWriter && soleWriter->active();
    }

    // The write transaction starts before anything is compared with the roster, so that what the plan
    // saw is what it writes over. A dry run reads in a transaction of its own and writes nothing.
    if (!options.dryRun && !direct) {
        tx = std::make_unique<WriteTransaction>(sqlDb, db.backend());
        if (!tx->started())
            return tx->status().error();
    }

    auto duplicates = staging.removeDuplicates();
    if (!duplicates)
        return duplicates.error();
    for (const ImportStaging::Duplicate &d : duplicates.value()) {
        plan.issues.append({ImportIssue::Error, d.line, 0, QString(), d.employeeId,
                            d.firstUnreadable ? duplicateOfUnreadableMessage(d.employeeId, d.firstLine)
                                              : duplicateMessage(d.employeeId, d.hireDate, d.firstLine)});
        ++plan.rejectedRows;
    }
    // (Empty before a direct load: what the roster holds now came from this file.)
    auto existing = direct ? Result<qint64>(qint64(0)) : rosterSize(sqlDb);
    if (!existing)
        return existing.error();
    auto people = staging.people();
    if (!people)
        return people.error();
    qint64 newPeople = people.value();
    if (existing.value() > 0 && people.value() > 0) {
        auto unknown = staging.peopleNotInRoster();
        if (!unknown)
            return unknown.error();
        newPeople = unknown.value();
    }
    const bool rosterWasEmpty = existing.value() == 0;
    // Whether the new people are written as a bulk load: one audit entry for all of them instead of one each.
    // (A direct load is one whatever the count, for its indexes: what it records is what the staged import
    // of the same file would.)
    result.bulk = !options.dryRun && newPeople >= options.bulkThreshold && newPeople * 2 >= existing.value();
    // Set-based first: people the roster holds as the file has them need nothing; people new to the roster
    // whose one row is a valid record go in with INSERT … SELECT. Only the rest are planned one by one.
    qint64 unchangedPeople = 0;
    if (!rosterWasEmpty) {
        auto unchanged = staging.markUnchanged();
        if (!unchanged)
            return unchanged.error();
        unchangedPeople = unchanged.value();
    }
    auto fresh = staging.markNew(rosterWasEmpty);
    if (!fresh)
        return fresh.error();
    if (direct) {
        // The people taken out lose their stints by ON DELETE CASCADE: looked up through the index by
        // person, rebuilt for it now instead of after the load (without it, every stint was read once per
        // person taken out: 47 s for 2,000 boomerangs among 200,000 rows).
        fresh = staging.settleDirect([&bulk] { return bulk->restoreIndex(QStringLiteral("stints_by_alumnus")); });
        if (!fresh)
            return fresh.error();
    }
    const qint64 freshPeople = fresh.value();
    plan.counts[PlannedPerson::Unchanged] += int(unchangedPeople);
    plan.counts[PlannedPerson::Insert] += int(freshPeople);
    result.timings.compare = timer.restart();

    if (!options.dryRun) {
        result.summary.rows = plan.rows;
        ImportSource source = options.source;
        if (source.sha256.isEmpty())
            source.sha256 = result.file.sha256;
        if (source.encoding.isEmpty())
            source.encoding = csv::encodingName(result.file.format.encoding.encoding);
        auto importId = recordImportStart(sqlDb, source, result.summary);
        if (!importId)
            return importId.error();
        result.summary.importId = importId.value();
        // Many rows: the roster revision moves once before commit, not once a row (rolled back with the rest).
        if (!direct) {
            if (Status st = rosterrevision::suspend(sqlDb); !st)
                return st.error();
        }
    }

    PersonPlanner planner(sqlDb, db.backend());
    std::unique_ptr<PersonWriter> writer;
    if (!options.dryRun) {
        writer = std::make_unique<PersonWriter>(sqlDb, db.backend(), result.summary.importId, options.source.source,
                                                !result.bulk);
        if (Status st = writer->prepare(); !st)
            return st.error();
    }
    int sampledNew = 0;
    int sampledChanged = 0;
    // The sample of new people shown by a dry run: the first few of those inserted set-based, planned as the
    // planner would (they are valid one-row records, so this only shapes them).
    if (options.sampleLimit > 0 && freshPeople > 0) {
        ImportIssueList none;
        if (Status st = staging.forEachPerson(
                [&](const QVector<const ImportRow *> &group) -> Status {
                    auto person = planner.plan(group, none, 0);
                    if (!person)
                        return person.error();
                    if (person.value()) {
                        ++sampledNew;
                        plan.people.append(std::move(*person.value()));
                    }
                    return {};
                },
                ImportStaging::Rows::New, options.sampleLimit);
            !st)
            return st.error();
    }
    qint64 done = unchangedPeople + freshPeople;
    const qint64 total = people.value();
    auto insertFresh = [&]() -> Status {
        if (!writer || freshPeople == 0)
            return {};
        AuditLog audit(sqlDb);
        const QString auditSource = result.bulk ? QString() : options.source.source;
        if (direct)
            return staging.recordDirectInserts(result.summary.importId, auditSource, audit.user());
        return staging.insertNew(result.summary.importId, auditSource, audit.user());
    };
    // With the indexes suspended, reading a stored person would scan whole tables: the people the roster
    // knows go first, with the indexes in place, and the new ones after, in bulk.
    enum class Pass { All, Known, New };
    // Everyone unchanged or new set-based (the usual large file): no one is left for the planner, and
    // looking for them would read the whole staging again (1.5 s at a million rows).
    const bool anyoneLeft = unchangedPeople + freshPeople < people.value();
    auto runPass = [&](Pass pass) -> Status {
        if (!anyoneLeft)
            return {};
        return staging.forEachPerson([&](const QVector<const ImportRow *> &group) -> Status {
            std::optional<qint64> knownId;
            if (rosterWasEmpty) {
                knownId = 0;
            } else if (pass != Pass::All) {
                auto id = planner.rows().idForEmployeeId(group.constFirst()->employeeId);
                if (!id)
                    return id.error();
                if ((pass == Pass::Known) != (id.value() != 0))
                    return {};
                knownId = id.value();
            }
            if ((++done & 0xFF) == 0) {
                if (isCancelled())
                    return cancelledError();
                if (progress)
                    progress(ImportPhase::Writing, done, total);
            }
            auto person = planner.plan(group, plan.issues, knownId);
            if (!person)
                return person.error();
            if (!person.value()) {
                plan.rejectedRows += int(group.size());
                return {};
            }
            PlannedPerson &p = *person.value();
            ++plan.counts[p.action];
            if (writer) {
                if (Status st = writer->write(p); !st)
                    return st;
            }
            if (p.action == PlannedPerson::Insert && sampledNew < options.sampleLimit) {
                ++sampledNew;
                plan.people.append(std::move(p));
            } else if (p.action == PlannedPerson::Update && sampledChanged < options.sampleLimit) {
                ++sampledChanged;
                plan.people.append(std::move(p));
            }
            return {};
        });
    };

    if (progress)
        progress(ImportPhase::Writing, done, total);
    if (direct) {
        // The people inserted while reading are listed first: the planner's may get ids they freed.
        if (Status st = insertFresh(); !st)
            return st.error();
        if (Status st = runPass(Pass::New); !st)
            return st.error();
    } else if (result.bulk) {
        if (!rosterWasEmpty && newPeople < people.value()) {
            if (Status st = runPass(Pass::Known); !st)
                return st.error();
        }
        bulk = std::make_unique<BulkIndexScope>(sqlDb, db.backend());
        if (Status st = bulk->begin(); !st)
            return st.error();
        if (Status st = runPass(Pass::New); !st)
            return st.error();
        if (Status st = insertFresh(); !st)
            return st.error();
    } else {
        if (Status st = insertFresh(); !st)
            return st.error();
        if (Status st = runPass(Pass::All); !st)
            return st.error();
    }
    staging.release();
    result.timings.write = timer.restart();
    if (isCancelled())
        return cancelledError();

    if (Status st = plan.issues.sortByLine(); !st)
        return st.error();
    result.summary.rows = plan.rows;
    result.summary.inserted = plan.count(PlannedPerson::Insert);
    result.summary.updated = plan.count(PlannedPerson::Update);
    result.summary.unchanged = plan.count(PlannedPerson::Unchanged);
    result.summary.rejectedRows = plan.rejectedRows;
    if (options.dryRun)
        return result;
    if (result.summary.inserted + result.summary.updated + result.summary.unchanged == 0) {
        // Nothing could be imported: no history entry for it (the transaction is rolled back).
        result.summary.importId = 0;
        return result;
    }

    if (bulk) {
        readingCache.reset(); // finish() caps it again
        if (progress)
            progress(ImportPhase::Indexing, 0, 0);
        if (Status st = bulk->finish(&result.timings.indexes, &result.timings.searchIndex, isCancelled); !st)
            return isCancelled() ? cancelledError() : st.error();
        if (isCancelled())
            return cancelledError();
    }
    if (result.bulk) {
        // One entry for everyone the bulk load added; each is listed in import_changes for a rollback.
        AuditLog audit(sqlDb);
        if (Status st = audit.record(options.source.source, QStringLiteral("bulk_insert"), QStringLiteral("roster"),
                                     QStringLiteral("*"), {}, {},
                                     QCoreApplication::translate("ImportExecutor", "%1 people imported from %2")
                                         .arg(result.summary.inserted)
                                         .arg(options.source.fileName));
            !st)
            return st.error();
    }
    if (Status st = recordImportEnd(sqlDb, result.summary); !st)
        return st.error();
    if (Status st = rosterrevision::resume(sqlDb, result.summary.importId); !st)
        return st.error();
    writer.reset();
    timer.restart();
    if (Status st = tx->commit(); !st)
        return st.error();
    // (Through the rollback journal there is no log to fold into the file.)
    if (bulk && !result.soleWriter)
        db.backend().compactAfterBulkLoad(sqlDb);
    result.timings.commit = timer.elapsed();
    return result;
}

} // namespace alumnidesk::hris
