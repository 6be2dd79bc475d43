// A large file imported into an empty roster goes in as a direct load (ImportStaging::Target::EmptyRoster):
// every valid row is inserted into the roster while the file is read, and whatever the file-wide checks
// reject afterwards (duplicates of accepted or rejected rows, people with several rows) is taken out again
// and handed to the planner. The roster, the counts and every issue must be what the staged import gives
// for the same file (ids aside), the import must be listed for a rollback, and a cancel or a roster that is
// not empty must leave things as they were.
#include "TestDatabase.h"
#include "hris/ImportHistory.h"
#include "hris/StreamingImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

const QString kHeader = QStringLiteral("社員番号,氏名,フリガナ,入社日,退職日,所属,メールアドレス,趣味");

QString person(const QString &id, int n, const QString &hired, const QString &left, const QString &extra = QString())
{
    return QStringLiteral("%1,山田　太郎%2,ヤマダ　タロウ,%3,%4,営業%2課,t%2@example.com,%5").arg(id).arg(n).arg(hired, left, extra);
}

// Rows that exercise every way a row inserted while reading can be taken back, among plain ones.
QStringList trickyRows()
{
    QStringList lines;
    lines << person(QStringLiteral("D0002"), 2, QStringLiteral("2010/04/01"), QStringLiteral("2012/03/31")); // boomerang, 1st
    for (int i = 0; i < 40; ++i)
        lines << person(QStringLiteral("F%1").arg(i, 4, 10, QLatin1Char('0')), 100 + i, QStringLiteral("2009/04/01"),
                        QStringLiteral("2019/03/31"));
    lines << person(QStringLiteral("D0003"), 3, QStringLiteral("2011/04/01"), QStringLiteral("2013/03/31"))  // the same
          << person(QStringLiteral("D0003"), 3, QStringLiteral("2011/04/01"), QStringLiteral("2013/03/31")); // employment twice
    // A rejected row (impossible departure date) with a hire date, then the same employment valid: a duplicate.
    lines << person(QStringLiteral("D0004"), 4, QStringLiteral("2010/04/01"), QStringLiteral("2015/02/30"))
          << person(QStringLiteral("D0004"), 4, QStringLiteral("2010/04/01"), QStringLiteral("2015/03/31"));
    // A rejected row whose hire date cannot be read: every later row of the ID repeats it.
    lines << person(QStringLiteral("D0005"), 5, QStringLiteral("2010/13/45"), QStringLiteral("2015/03/31"))
          << person(QStringLiteral("D0005"), 5, QStringLiteral("2011/04/01"), QStringLiteral("2015/03/31"));
    // Rejected, then valid (inserted while reading, then a duplicate of the first), then another employment
    // that could not go in while reading (the ID was taken) and is the person's one row in the end.
    lines << person(QStringLiteral("D0006"), 6, QStringLiteral("2010/04/01"), QStringLiteral("2015/02/30"))
          << person(QStringLiteral("D0006"), 6, QStringLiteral("2010/04/01"), QStringLiteral("2012/03/31"))
          << person(QStringLiteral("D0006"), 6, QStringLiteral("2014/04/01"), QStringLiteral("2016/03/31"));
    lines << person(QStringLiteral("D0007"), 7, QStringLiteral("2010/04/01"), QStringLiteral("2015/03/31"), QStringLiteral("囲碁"))
          << person(QStringLiteral("D0008"), 8, QStringLiteral("2015/04/01"), QStringLiteral("2010/03/31")) // left before hired
          << person(QString(), 9, QStringLiteral("2010/04/01"), QStringLiteral("2015/03/31"))               // no ID
          << person(QStringLiteral("Ｄ００１０"), 10, QStringLiteral("令和2年4月1日"), QStringLiteral("R4.3.31"));
    lines << person(QStringLiteral("D0002"), 2, QStringLiteral("2016/04/01"), QStringLiteral("2020/03/31")); // boomerang, 2nd
    return lines;
}

QString write(const QString &dir, const QStringList &lines)
{
    const QString path = dir + QStringLiteral("/leavers.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write((QStringList{kHeader} + lines).join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

QStringList rows(Database &db, const QString &sql, const QStringList &skip = {})
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next()) {
        QStringList row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            if (!skip.contains(record.fieldName(i)))
                row.append(record.fieldName(i) + QLatin1Char('=') + q.value(i).toString());
        }
        out.append(row.join(QLatin1Char('|')));
    }
    return out;
}

// Everything the import writes about people, without ids and times.
QStringList roster(Database &db)
{
    const QStringList skip{QStringLiteral("id"), QStringLiteral("alumnus_id"), QStringLiteral("created_at"),
                           QStringLiteral("updated_at")};
    return rows(db, QStringLiteral("SELECT * FROM alumni ORDER BY employee_id"), skip)
        + rows(db, QStringLiteral("SELECT a.employee_id AS who, s.* FROM stints s JOIN alumni a ON a.id = s.alumnus_id "
                                  "ORDER BY a.employee_id, s.hire_date"),
               skip)
        + rows(db, QStringLiteral("SELECT a.employee_id AS who, c.* FROM alumnus_attributes c JOIN alumni a ON a.id = "
                                  "c.alumnus_id ORDER BY 1, 2"),
               skip);
}

// The sample of people the import kept for showing: who, from which lines, doing what.
QStringList sample(const StreamingImportResult &r)
{
    QStringList out;
    for (const PlannedPerson &p : r.plan.people) {
        QStringList lines;
        for (int line : p.lines)
            lines.append(QString::number(line));
        out.append(QStringLiteral("%1:%2:%3").arg(p.after.employeeId).arg(int(p.action)).arg(lines.join(QLatin1Char(','))));
    }
    out.sort();
    return out;
}

QStringList issues(const StreamingImportResult &r)
{
    QStringList out;
    for (const ImportIssue &i : r.plan.issues.kept())
        out.append(QStringLiteral("%1:%2:%3:%4:%5").arg(i.line).arg(i.column).arg(int(i.severity)).arg(i.value, i.reason));
    return out;
}

// The schema objects a bulk load suspends and brings back.
QStringList schema(Database &db)
{
    return rows(db, QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 2"));
}

// The CHECK constraints the direct load stops while reading are back on the import's connection.
bool checksAreOn(Database &db)
{
    QSqlQuery q(db.sql());
    const bool refused = !q.exec(QStringLiteral("UPDATE alumni SET membership_status = 'nonsense'"))
        || q.numRowsAffected() == 0;
    (void)q.exec(QStringLiteral("UPDATE alumni SET membership_status = 'invited' WHERE membership_status = 'nonsense'"));
    return refused;
}

StreamingImportOptions options(qint64 directLoadBytes, int bulkThreshold = 1)
{
    StreamingImportOptions o;
    o.source.fileName = QStringLiteral("leavers.csv");
    o.bulkThreshold = bulkThreshold;
    o.directLoadBytes = directLoadBytes;
    return o;
}

} // namespace

class TestImportDirect : public QObject {
    Q_OBJECT

private slots:
    void sameAsStaged_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<QString>("others"); ///< the people besides F…, by employee ID
        QTest::addColumn<bool>("withIssues");
        QTest::addColumn<int>("bulkThreshold");
        QStringList clean = trickyRows().mid(1, 40);
        QStringList boomerang = clean;
        boomerang << trickyRows().constFirst() << trickyRows().constLast();
        // Below the bulk threshold the staged import audits each new person: so must the direct load.
        for (int threshold : {1, 20000}) {
            const char *bulk = threshold == 1 ? "bulk" : "each person audited";
            QTest::addRow("duplicates, rejected rows, several rows of a person (%s)", bulk)
                << trickyRows() << 45 << QStringLiteral("D0002,D0003,D0006,D0007,D0010") << true << threshold;
            QTest::addRow("every row a new person: nothing is checked afterwards (%s)", bulk)
                << clean << 40 << QString() << false << threshold;
            QTest::addRow("one boomerang among them (%s)", bulk) << boomerang << 41 << QStringLiteral("D0002") << false << threshold;
        }
    }
    void sameAsStaged()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, inserted);
        QFETCH(QString, others);
        QFETCH(bool, withIssues);
        QFETCH(int, bulkThreshold);
        test::TestDatabase direct;
        test::TestDatabase staged;
        const QStringList before = schema(direct.db());
        auto d = streamImport(direct.db(), write(direct.dir(), lines), options(1, bulkThreshold));
        QVERIFY2(d, qPrintable(d ? QString() : d.errorText()));
        auto s = streamImport(staged.db(), write(staged.dir(), lines), options(-1, bulkThreshold));
        QVERIFY2(s, qPrintable(s ? QString() : s.errorText()));
        QVERIFY(d->direct);
        QVERIFY(!s->direct);
        QCOMPARE(d->bulk, bulkThreshold == 1);
        QCOMPARE(s->bulk, d->bulk);
        // The same audit entries (one for everyone in bulk, one per new person below). In file order but for
        // the rows that could not go in while reading (the planner writes them after), as the ids.
        const QString audit = QStringLiteral("SELECT user, source, action, entity, entity_key, field, old_value, new_value "
                                             "FROM audit_log ORDER BY entity_key, id");
        QCOMPARE(rows(direct.db(), audit), rows(staged.db(), audit));
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert'")),
                 QStringList{QStringLiteral("count(*)=%1").arg(bulkThreshold == 1 ? 0 : inserted)});

        QCOMPARE(d->summary.rows, s->summary.rows);
        QCOMPARE(d->summary.inserted, s->summary.inserted);
        QCOMPARE(d->summary.rejectedRows, s->summary.rejectedRows);
        QCOMPARE(d->summary.inserted, inserted);
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT coalesce(group_concat(employee_id), '') AS d FROM (SELECT employee_id "
                                                  "FROM alumni WHERE employee_id NOT LIKE 'F%' ORDER BY 1)")),
                 QStringList{QStringLiteral("d=") + others});
        QCOMPARE(issues(d.value()), issues(s.value()));
        QCOMPARE(sample(d.value()), sample(s.value()));
        QCOMPARE(sample(d.value()).size(), inserted);
        QCOMPARE(!issues(d.value()).isEmpty(), withIssues);
        QCOMPARE(roster(direct.db()), roster(staged.db()));
        QVERIFY(checksAreOn(direct.db()));
        // Indexes and triggers are back, the file is sound, everyone is listed for a rollback.
        QCOMPARE(schema(direct.db()), before);
        QCOMPARE(rows(direct.db(), QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("integrity_check=ok")});
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT count(*) FROM import_changes WHERE action = 'insert'")),
                 QStringList{QStringLiteral("count(*)=%1").arg(inserted)});
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT count(DISTINCT alumnus_id) FROM import_changes")),
                 QStringList{QStringLiteral("count(DISTINCT alumnus_id)=%1").arg(inserted)});
        // The search index holds exactly the people in the roster (FTS5 compares it with its content).
        for (const char *table : {"alumni_search", "alumni_search1", "alumni_search_domains"}) {
            QSqlQuery check(direct.db().sql());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))),
                     table);
        }

        auto rolledBack = rollbackLastImport(direct.db(), QStringLiteral("test"));
        QVERIFY2(rolledBack, qPrintable(rolledBack ? QString() : rolledBack.errorText()));
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT count(*) FROM alumni")), QStringList{QStringLiteral("count(*)=0")});
        QCOMPARE(rows(direct.db(), QStringLiteral("SELECT count(*) FROM stints")), QStringList{QStringLiteral("count(*)=0")});
    }

    // Twice: the second import finds everyone unchanged (the roster is no longer empty, so it is staged).
    void secondImportChangesNothing()
    {
        test::TestDatabase t;
        const QString path = write(t.dir(), trickyRows());
        auto first = streamImport(t.db(), path, options(1));
        QVERIFY2(first, qPrintable(first ? QString() : first.errorText()));
        const QStringList after = roster(t.db());
        auto second = streamImport(t.db(), path, options(1));
        QVERIFY2(second, qPrintable(second ? QString() : second.errorText()));
        QVERIFY(!second->direct);
        QCOMPARE(second->summary.inserted, 0);
        QCOMPARE(second->summary.updated, 0);
        QCOMPARE(roster(t.db()), after);
    }

    void notForDryRunsSmallFilesOrFullRosters()
    {
        test::TestDatabase t;
        const QString path = write(t.dir(), trickyRows());
        StreamingImportOptions dry = options(1);
        dry.dryRun = true;
        auto d = streamImport(t.db(), path, dry);
        QVERIFY(d);
        QVERIFY(!d->direct);
        QCOMPARE(rows(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), QStringList{QStringLiteral("count(*)=0")});
        auto small = streamImport(t.db(), path, options(QFileInfo(path).size() + 1));
        QVERIFY(small);
        QVERIFY(!small->direct);
    }

    void cancelLeavesTheRosterAsItWas()
    {
        test::TestDatabase t;
        const QStringList before = schema(t.db());
        QStringList lines;
        for (int i = 0; i < 3000; ++i)
            lines << person(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')), i, QStringLiteral("2010/04/01"),
                            QStringLiteral("2015/03/31"));
        int asked = 0;
        bool inserted = false;
        auto r = streamImport(t.db(), write(t.dir(), lines), options(1), {}, [&] {
            // Cancelled once some rows are in the roster (read on the import's own connection).
            if (++asked > 2 && !inserted) {
                QSqlQuery q(t.db().sql());
                inserted = q.exec(QStringLiteral("SELECT count(*) FROM alumni")) && q.next() && q.value(0).toInt() > 0;
            }
            return inserted;
        });
        QVERIFY(!r);
        QVERIFY(inserted);
        QCOMPARE(rows(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), QStringList{QStringLiteral("count(*)=0")});
        QCOMPARE(rows(t.db(), QStringLiteral("SELECT count(*) FROM imports")), QStringList{QStringLiteral("count(*)=0")});
        QCOMPARE(schema(t.db()), before);
        QCOMPARE(rows(t.db(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("journal_mode=wal")});
        QCOMPARE(rows(t.db(), QStringLiteral("PRAGMA ignore_check_constraints")),
                 QStringList{QStringLiteral("ignore_check_constraints=0")});
        t.reopen();
        QCOMPARE(rows(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), QStringList{QStringLiteral("count(*)=0")});
    }
};

QTEST_GUILESS_MAIN(TestImportDirect)
#include "tst_importdirect.moc"
