// The streaming import inserts the people new to the roster set-based (ImportStaging::insertNew), giving
// them the ids the roster would give them, in file order, so that their stints need no look-up. Whatever the
// roster held before and whichever people the planner handles beside them (boomerangs with several rows,
// rows with tags), the roster must hold what the person-by-person import (ImportPlanner + executeImport)
// gives, each stint on its own person, and the new people numbered on from the largest id in file order.
#include "TestDatabase.h"
#include "hris/ColumnMapping.h"
#include "hris/ImportExecutor.h"
#include "hris/ImportPlanner.h"
#include "hris/RecordInterpreter.h"
#include "hris/StreamingImport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::hris;

namespace {

const QString kHeader = QStringLiteral("社員番号,氏名,フリガナ,入社日,退職日,所属,メールアドレス");

// People `from` … `to` - 1, one row each; every fifth also comes back (a second row, a later hire date).
QStringList leavers(int from, int to)
{
    QStringList lines;
    for (int i = from; i < to; ++i) {
        const QString id = QStringLiteral("F%1").arg(i, 4, 10, QLatin1Char('0'));
        lines.append(QStringLiteral("%1,山田　太郎%2,ヤマダ　タロウ,2010/04/01,2015/03/31,営業%2課,t%2@example.com").arg(id).arg(i));
        if (i % 5 == 0)
            lines.append(QStringLiteral("%1,山田　太郎%2,ヤマダ　タロウ,2018/04/01,2024/03/31,企画部,t%2@example.com").arg(id).arg(i));
    }
    return lines;
}

QString write(const QString &dir, const QString &name, const QStringList &lines)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write((QStringList{kHeader} + lines).join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

void planAndExecute(Database &db, const QStringList &lines)
{
    const RecordInterpreter interpreter(ColumnMapping::automatic(kHeader.split(QLatin1Char(','))));
    QVector<ImportRow> rows;
    for (int i = 0; i < lines.size(); ++i)
        rows.append(interpreter.interpret(i + 2, lines.at(i).split(QLatin1Char(','))));
    ImportPlanner planner(db);
    auto plan = planner.plan(rows);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.errorText()));
    ImportSource source;
    source.fileName = QStringLiteral("leavers.csv");
    source.sha256 = QStringLiteral("0");
    source.encoding = QStringLiteral("UTF-8");
    auto summary = executeImport(db, plan.value(), source);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.errorText()));
}

QStringList column(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        out.append(row.join(QLatin1Char('|')));
    }
    return out;
}

// The roster without its ids: each stint with its person's employee ID and name.
QStringList roster(Database &db)
{
    return column(db, QStringLiteral("SELECT a.employee_id, a.family_name, a.given_name, a.email, a.stint_count, a.last_department, "
                                     "s.hire_date, s.departure_date, s.department FROM stints s JOIN alumni a ON a.id = "
                                     "s.alumnus_id ORDER BY a.employee_id, s.hire_date"));
}

} // namespace

class TestImportFresh : public QObject {
    Q_OBJECT

private slots:
    void sameRosterAsPersonByPerson_data()
    {
        QTest::addColumn<int>("bulkThreshold");
        QTest::newRow("new people first, then the planner's") << 1000000;
        QTest::newRow("bulk: the planner's people first") << 1;
    }
    void sameRosterAsPersonByPerson()
    {
        QFETCH(int, bulkThreshold);
        test::TestDatabase streamed;
        test::TestDatabase planned;
        // A roster that is not empty, whose largest id is not its count: the last person of the first file
        // is removed again.
        const QStringList first = leavers(0, 30);
        const QStringList second = leavers(20, 70); // nine people the roster knows, F0029 and forty more new
        for (test::TestDatabase *t : {&streamed, &planned}) {
            planAndExecute(t->db(), first);
            if (QTest::currentTestFailed())
                return;
            QSqlQuery q(t->db().sql());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM alumni WHERE employee_id = 'F0029'")));
        }
        const qint64 largest = column(streamed.db(), QStringLiteral("SELECT max(id) FROM alumni")).constFirst().toLongLong();

        planAndExecute(planned.db(), second);
        if (QTest::currentTestFailed())
            return;
        StreamingImportOptions options;
        options.source.fileName = QStringLiteral("leavers.csv");
        options.bulkThreshold = bulkThreshold;
        auto r = streamImport(streamed.db(), write(streamed.dir(), QStringLiteral("second.csv"), second), options);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
        QCOMPARE(r->bulk, bulkThreshold == 1);
        QCOMPARE(r->summary.inserted, 41);

        QCOMPARE(roster(streamed.db()), roster(planned.db()));
        // The new people with one row (those not a multiple of five) went in set-based: numbered on from
        // the largest id, in file order, after (bulk) or before (otherwise) the planner's new people.
        const QStringList ids = column(streamed.db(), QStringLiteral("SELECT id FROM alumni WHERE employee_id >= 'F0029' AND "
                                                                     "CAST(substr(employee_id, 2) AS INTEGER) % 5 <> 0 ORDER BY employee_id"));
        QCOMPARE(ids.size(), 33);
        const qint64 firstId = largest + 1 + (bulkThreshold == 1 ? 8 : 0);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i).toLongLong(), firstId + i);
    }

    // People the roster knows whose single row changes something are updated, never inserted again beside
    // themselves: only people new to the roster go in set-based (ImportStaging::markNew takes the mark back).
    void knownPeopleWithChangesAreUpdated_data()
    {
        QTest::addColumn<int>("bulkThreshold");
        QTest::newRow("person by person") << 1000000;
        QTest::newRow("bulk") << 1;
    }
    void knownPeopleWithChangesAreUpdated()
    {
        QFETCH(int, bulkThreshold);
        test::TestDatabase streamed;
        test::TestDatabase planned;
        const QStringList first = leavers(0, 30);
        QStringList second = leavers(20, 40); // F0020 … F0029 known, F0030 … F0039 new
        second.replaceInStrings(QStringLiteral(",営業"), QStringLiteral(",開発"));
        for (test::TestDatabase *t : {&streamed, &planned}) {
            planAndExecute(t->db(), first);
            if (QTest::currentTestFailed())
                return;
        }
        planAndExecute(planned.db(), second);
        if (QTest::currentTestFailed())
            return;
        StreamingImportOptions options;
        options.source.fileName = QStringLiteral("leavers.csv");
        options.bulkThreshold = bulkThreshold;
        auto r = streamImport(streamed.db(), write(streamed.dir(), QStringLiteral("second.csv"), second), options);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorText()));
        QCOMPARE(r->summary.inserted, 10);
        QCOMPARE(r->summary.updated, 10);
        QCOMPARE(r->summary.unchanged, 0);
        QCOMPARE(roster(streamed.db()), roster(planned.db()));
        QCOMPARE(column(streamed.db(), QStringLiteral("SELECT count(*) FROM alumni")).constFirst(), QStringLiteral("40"));
    }
};

QTEST_GUILESS_MAIN(TestImportFresh)
#include "tst_importfresh.moc"
