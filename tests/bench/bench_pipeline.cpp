// alumnidesk-bench-pipeline: the rehire pipeline at a million alumni, 2,000 openings and 50,000
// candidacies — the board for a busy opening and for every opening, one move (and its undo), and matching
// for an opening. Prints a table with the goals; asserts nothing.
//
//   alumnidesk-bench-pipeline --db PATH [--runs N]
//   alumnidesk-bench-pipeline --rows N          (generates a demo roster into a temporary file first)
//
// Openings and candidacies are generated deterministically into the file the first time (a bulk insert
// beside the service, since 50,000 audited single writes would only measure the set-up); later runs reuse them.
#include "db/Database.h"
#include "db/WriteTransaction.h"
#include "demo/DemoRoster.h"
#include "pipeline/PipelineService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace alumnidesk;
using namespace alumnidesk::pipeline;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// A small deterministic generator (no dependence on the standard library's distributions).
struct Lcg {
    quint64 s;
    quint32 next() { s = s * 6364136223846793005ULL + 1442695040888963407ULL; return quint32(s >> 33); }
    int below(int n) { return int(next() % quint32(n)); }
};

bool seed(Database &db, int openings, int candidacies)
{
    QSqlDatabase &sql = db.sql();
    if (scalar(sql, QStringLiteral("SELECT count(*) FROM openings")) >= openings)
        return true;
    out << "Generating " << openings << " openings and " << candidacies << " candidacies…\n";
    out.flush();
    QStringList departments, skills;
    QSqlQuery q(sql);
    q.exec(QStringLiteral("SELECT DISTINCT last_department FROM alumni WHERE last_department <> '' LIMIT 40"));
    while (q.next())
        departments.append(q.value(0).toString());
    q.exec(QStringLiteral("SELECT skill FROM alumnus_skills GROUP BY skill ORDER BY count(*) DESC LIMIT 60"));
    while (q.next())
        skills.append(q.value(0).toString());
    const qint64 maxId = scalar(sql, QStringLiteral("SELECT max(id) FROM alumni"));
    QVector<qint64> stageIds;
    q.exec(QStringLiteral("SELECT id, closing FROM pipeline_stages ORDER BY position"));
    while (q.next())
        stageIds.append(q.value(0).toLongLong());
    if (departments.isEmpty() || skills.size() < 3 || maxId <= 0 || stageIds.size() < 9)
        return false;
    Lcg rng{20250401};
    WriteTransaction tx(sql, db.backend());
    QSqlQuery o(sql);
    o.prepare(QStringLiteral("INSERT INTO openings(id, title, department, grade, required_skills, alumni_only, status, opened_on, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'open', '2025-01-06', '2025-01-06T00:00:00Z', '2025-01-06T00:00:00Z')"));
    for (int i = 1; i <= openings; ++i) {
        const QString dept = departments.at(rng.below(int(departments.size())));
        QStringList req;
        while (req.size() < 3) {
            const QString s = skills.at(rng.below(int(std::min<qsizetype>(skills.size(), 30))));
            if (!req.contains(s))
                req.append(s);
        }
        o.addBindValue(i);
        o.addBindValue(QStringLiteral("%1 募集 %2").arg(dept).arg(i));
        o.addBindValue(dept);
        o.addBindValue(QStringLiteral("G%1").arg(1 + rng.below(6)));
        o.addBindValue(req.join(QStringLiteral(", ")));
        o.addBindValue(int(rng.below(3) == 0));
        if (!o.exec())
            return false;
    }
    // Opening 1 is the busy one (2,000 candidacies); the rest spread over the others and the talent pool.
    // Stages: most are early or closed, as in a real pipeline.
    const int stageWeights[] = {30, 20, 15, 10, 5, 2, 8, 8, 2};
    QSqlQuery c(sql);
    c.prepare(QStringLiteral("INSERT INTO candidacies(alumnus_id, opening_id, source, owner, stage_id, stage_since, next_action, next_action_due, "
                             "created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery m(sql);
    m.prepare(QStringLiteral("INSERT INTO candidacy_moves(candidacy_id, from_stage_id, to_stage_id, at, user, reason) VALUES (?, NULL, ?, ?, ?, '')"));
    const char *sources[] = {"applied", "outreach", "referral", "event"};
    QSet<QPair<qint64, qint64>> used;
    for (int i = 0; i < candidacies; ++i) {
        const qint64 opening = i < 2000 ? 1 : (rng.below(10) == 0 ? 0 : 2 + rng.below(openings - 1));
        qint64 person = 1 + qint64(rng.next()) % maxId;
        while (opening && used.contains({person, opening}))
            person = 1 + qint64(rng.next()) % maxId;
        used.insert({person, opening});
        int pick = rng.below(100), stage = 0;
        while (pick >= stageWeights[stage]) {
            pick -= stageWeights[stage];
            ++stage;
        }
        const bool closing = stage >= 5;
        const QString since = QDate(2025, 1, 6).addDays(rng.below(300)).toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
        c.addBindValue(person);
        c.addBindValue(opening ? QVariant(opening) : QVariant(QMetaType::fromType<qint64>()));
        c.addBindValue(QString::fromLatin1(sources[rng.below(4)]));
        c.addBindValue(QStringLiteral("recruiter%1").arg(rng.below(12)));
        c.addBindValue(stageIds.at(stage));
        c.addBindValue(since);
        c.addBindValue(QStringLiteral("面談日程の調整"));
        c.addBindValue(QDate(2025, 3, 1).addDays(rng.below(400)).toString(Qt::ISODate));
        c.addBindValue(since);
        c.addBindValue(closing ? QVariant(since) : QVariant(QMetaType::fromType<QString>()));
        if (!c.exec())
            return false;
        m.addBindValue(c.lastInsertId());
        m.addBindValue(stageIds.at(stage));
        m.addBindValue(since);
        m.addBindValue(QStringLiteral("bench"));
        if (!m.exec())
            return false;
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Roster file to use (openings and candidacies are added once)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Generate a demo roster of N alumni first."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measure (median)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir tmp;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("roster.sqlite"));
    Database::OpenError error;
    auto db = Database::open(path, &error);
    if (!db) {
        out << error.error.fullText() << '\n';
        return 3;
    }
    if (scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni")) == 0) {
        demo::DemoOptions options;
        options.rows = parser.value(QStringLiteral("rows")).toLongLong();
        out << "Generating a demo roster of " << options.rows << " alumni…\n";
        out.flush();
        if (auto s = demo::generateDemoRoster(*db, options); !s) {
            out << s.errorText() << '\n';
            return 3;
        }
    }
    if (!seed(*db, 2000, 50000)) {
        out << "Could not generate openings and candidacies.\n";
        return 3;
    }
    PipelineService service(*db, QStringLiteral("bench"));
    const qint64 alumni = scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni"));
    const qint64 cands = scalar(db->sql(), QStringLiteral("SELECT count(*) FROM candidacies"));
    out << "Roster: " << alumni << " alumni, " << scalar(db->sql(), QStringLiteral("SELECT count(*) FROM openings")) << " openings, " << cands
        << " candidacies (" << scalar(db->sql(), QStringLiteral("SELECT count(*) FROM candidacies WHERE opening_id = 1"))
        << " for the busy opening)\n\n";

    std::vector<double> busy, all, move, undo, match, matchOther;
    int busyCards = 0, allCards = 0, matches = 0, considered = 0;
    for (int r = 0; r < runs; ++r) {
        BoardFilter f;
        f.openingId = 1;
        busy.push_back(timeMs([&] {
            auto b = service.board(f);
            busyCards = 0;
            for (const auto &c : b->columns)
                busyCards += int(c.cards.size());
        }));
        f.openingId = -1;
        all.push_back(timeMs([&] {
            auto b = service.board(f);
            allCards = 0;
            for (const auto &c : b->columns)
                allCards += int(c.cards.size());
        }));
    }
    // Moves: open candidacies of the busy opening, one stage on, then undone (so the file stays as it was).
    QVector<QPair<qint64, qint64>> toMove;
    {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT c.id, (SELECT n.id FROM pipeline_stages n WHERE n.position > s.position ORDER BY n.position LIMIT 1) "
                              "FROM candidacies c JOIN pipeline_stages s ON s.id = c.stage_id WHERE c.opening_id = 1 AND s.key IN ('interest','contacted') "
                              "ORDER BY c.id LIMIT %1").arg(runs));
        while (q.next())
            toMove.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    for (const auto &[candidacy, stage] : toMove) {
        qint64 moveId = 0;
        move.push_back(timeMs([&] {
            auto m = service.move({candidacy, stage, {}, {}});
            moveId = m ? m->moveId : 0;
        }));
        if (moveId)
            undo.push_back(timeMs([&] { (void)service.undoMove(moveId); }));
    }
    MatchOptions options;
    options.today = QDate(2025, 10, 1);
    for (int r = 0; r < runs; ++r) {
        match.push_back(timeMs([&] {
            auto l = service.match(1, options);
            matches = l ? int(l->results.size()) : -1;
            considered = l ? l->considered : -1;
        }));
        matchOther.push_back(timeMs([&] { (void)service.match(2 + r * 97, options); }));
    }

    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("measure"), -58).arg(QStringLiteral("median"), 10).arg(QStringLiteral("goal"), 10);
    const auto row = [](const QString &what, double ms, const QString &goal) {
        out << QStringLiteral("%1 %2 %3\n").arg(what, -58).arg(QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), 10).arg(goal, 10);
    };
    row(QStringLiteral("board, busy opening (%1 cards shown)").arg(busyCards), median(busy), QStringLiteral("< 200 ms"));
    row(QStringLiteral("board, all openings (%1 cards shown)").arg(allCards), median(all), QStringLiteral("< 200 ms"));
    row(QStringLiteral("move a card one stage on"), median(move), QStringLiteral("< 50 ms"));
    row(QStringLiteral("undo that move"), median(undo), QStringLiteral("< 50 ms"));
    row(QStringLiteral("match the busy opening (top %1 of %2 scored)").arg(matches).arg(considered), median(match), QStringLiteral("< 500 ms"));
    row(QStringLiteral("match other openings (%1 openings)").arg(matchOther.size()), median(matchOther), QStringLiteral("< 500 ms"));
    row(QStringLiteral("match, slowest run"), std::max(*std::max_element(match.begin(), match.end()), *std::max_element(matchOther.begin(), matchOther.end())),
        QStringLiteral("< 500 ms"));
    return 0;
}
