// Golden-file import cases: one folder per case under tests/data/import/<case>/ with input.csv, an optional
// mapping.json (a mapping profile) and expected.json: the detected encoding, the counts, people as the
// roster then holds them (only the keys given are compared, stints by position) and the errors (line,
// column, value and a part of the reason). Every case is imported into an empty roster through the
// streaming import, then imported a second time, which must change nothing.
#include "csv/TextEncoding.h"
#include "db/Database.h"
#include "hris/ImportFile.h"
#include "hris/ImportPlanner.h"
#include "hris/StreamingImport.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

QString casesDir()
{
    return qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/import");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Compares the keys of `expected` with `actual`, recursing into objects and arrays; `where` names the place.
void compareSubset(const QJsonValue &expected, const QJsonValue &actual, const QString &where)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            compareSubset(it.value(), actual.toObject().value(it.key()), where + QLatin1Char('.') + it.key());
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        QVERIFY2(e.size() == a.size(), qPrintable(QStringLiteral("%1: %2 entries expected, %3 found").arg(where).arg(e.size()).arg(a.size())));
        for (int i = 0; i < e.size(); ++i)
            compareSubset(e.at(i), a.at(i), where + QStringLiteral("[%1]").arg(i));
    } else {
        QVERIFY2(expected == actual, qPrintable(QStringLiteral("%1: expected %2, found %3")
                                                    .arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                                                         QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)))));
    }
}

} // namespace

class TestImportGolden : public QObject {
    Q_OBJECT
private slots:
    void importCase_data();
    void importCase();
};

void TestImportGolden::importCase_data()
{
    QTest::addColumn<QString>("folder");
    const QDir dir(casesDir());
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(QStringLiteral("no cases in %1").arg(dir.path())));
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << dir.filePath(c);
}

void TestImportGolden::importCase()
{
    QFETCH(QString, folder);
    const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), "expected.json is missing or not an object");
    QTemporaryDir tmp;
    auto db = Database::open(tmp.filePath(QStringLiteral("roster.sqlite")));
    QVERIFY(db);

    hris::StreamingImportOptions options;
    options.source.fileName = QStringLiteral("input.csv");
    // Two issues in memory: every case with more goes through the issue list's temporary file and its
    // merge, and must still list its errors exactly, in line order.
    options.keptIssues = 2;
    if (QFile::exists(folder + QStringLiteral("/mapping.json")))
        options.file.profile = readJson(folder + QStringLiteral("/mapping.json"));
    const QString input = folder + QStringLiteral("/input.csv");
    // The staging leaves the connection as it found it: its database detached (its file deleted), the
    // temporary store and the temporary page cache as they were.
    auto connectionState = [&db] {
        QStringList state;
        QSqlQuery q(db->sql());
        for (const char *pragma : {"PRAGMA temp.cache_size", "PRAGMA temp_store", "PRAGMA database_list"}) {
            if (q.exec(QLatin1String(pragma))) {
                while (q.next())
                    state.append(q.value(q.record().count() > 1 ? 1 : 0).toString());
            }
        }
        return state;
    };
    const QStringList stateBefore = connectionState();
    auto run = hris::streamImport(*db, input, options);
    QCOMPARE(connectionState(), stateBefore);
    if (expected.contains(QStringLiteral("failure"))) {
        QVERIFY2(!run, "the file should have been refused");
        QVERIFY2(run.errorText().contains(expected.value(QStringLiteral("failure")).toString()), qPrintable(run.errorText()));
        return;
    }
    QVERIFY2(run, qPrintable(run ? QString() : run.errorText()));

    if (expected.contains(QStringLiteral("encoding")))
        QCOMPARE(csv::encodingName(run->file.format.encoding.encoding), expected.value(QStringLiteral("encoding")).toString());
    const hris::ImportSummary &s = run->summary;
    const QJsonObject counts{{QStringLiteral("rows"), s.rows},
                             {QStringLiteral("inserted"), s.inserted},
                             {QStringLiteral("updated"), s.updated},
                             {QStringLiteral("unchanged"), s.unchanged},
                             {QStringLiteral("rejected"), s.rejectedRows}};
    compareSubset(expected.value(QStringLiteral("counts")), counts, QStringLiteral("counts"));

    QJsonArray errors;
    QVERIFY(run->plan.issues.forEach([&errors](const hris::ImportIssue &i) {
        if (i.severity == hris::ImportIssue::Error)
            errors.append(QJsonObject{{QStringLiteral("line"), i.line},
                                      {QStringLiteral("column"), i.column},
                                      {QStringLiteral("value"), i.value},
                                      {QStringLiteral("reason"), i.reason}});
        return Status();
    }));
    const QJsonArray expectedErrors = expected.value(QStringLiteral("errors")).toArray();
    QVERIFY2(errors.size() == expectedErrors.size(),
             qPrintable(QStringLiteral("%1 errors expected, %2 found: %3")
                            .arg(expectedErrors.size())
                            .arg(errors.size())
                            .arg(QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact)))));
    for (int i = 0; i < errors.size(); ++i) {
        QJsonObject e = expectedErrors.at(i).toObject();
        const QString part = e.take(QStringLiteral("reason_contains")).toString();
        compareSubset(e, errors.at(i), QStringLiteral("errors[%1]").arg(i));
        const QString reason = errors.at(i).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(part), qPrintable(QStringLiteral("errors[%1]: “%2” does not contain “%3”").arg(i).arg(reason, part)));
    }

    AlumnusRows rows(db->sql(), db->backend());
    for (const QJsonValue &v : expected.value(QStringLiteral("roster")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("employee_id")).toString();
        auto rowId = rows.idForEmployeeId(id);
        QVERIFY(rowId);
        QVERIFY2(rowId.value() != 0, qPrintable(QStringLiteral("%1 is not in the roster").arg(id)));
        auto person = rows.load(rowId.value());
        QVERIFY(person);
        compareSubset(v, toJson(person.value()), id);
    }

    for (const QJsonValue &v : expected.value(QStringLiteral("absent")).toArray()) {
        auto rowId = rows.idForEmployeeId(v.toString());
        QVERIFY(rowId);
        QVERIFY2(rowId.value() == 0, qPrintable(QStringLiteral("%1 should not have been imported").arg(v.toString())));
    }

    // The in-memory planner (readImportFile, ImportPlanner) rejects the same rows for the same reasons.
    {
        QTemporaryDir otherTmp;
        auto other = Database::open(otherTmp.filePath(QStringLiteral("roster.sqlite")));
        QVERIFY(other);
        auto contents = hris::readImportFile(input, options.file);
        QVERIFY2(contents, qPrintable(contents ? QString() : contents.errorText()));
        hris::ImportPlanner planner(*other);
        auto plan = planner.plan(contents->rows);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.errorText()));
        QJsonArray planErrors;
        QVERIFY(plan->issues.forEach([&planErrors](const hris::ImportIssue &i) {
            if (i.severity == hris::ImportIssue::Error)
                planErrors.append(QJsonObject{{QStringLiteral("line"), i.line},
                                              {QStringLiteral("column"), i.column},
                                              {QStringLiteral("value"), i.value},
                                              {QStringLiteral("reason"), i.reason}});
            return Status();
        }));
        QCOMPARE(QString::fromUtf8(QJsonDocument(planErrors).toJson()), QString::fromUtf8(QJsonDocument(errors).toJson()));
        QCOMPARE(plan->rejectedRows, s.rejectedRows);
    }

    // The same file again changes nothing.
    auto again = hris::streamImport(*db, input, options);
    QVERIFY2(again, qPrintable(again ? QString() : again.errorText()));
    QCOMPARE(again->summary.inserted, 0);
    QCOMPARE(again->summary.updated, 0);
    QCOMPARE(again->summary.unchanged, s.inserted);
    QCOMPARE(connectionState(), stateBefore);
}

QTEST_GUILESS_MAIN(TestImportGolden)
#include "tst_importgolden.moc"
