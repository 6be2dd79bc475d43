// The demo roster: deterministic (same options, same roster), realistic in its mix, valid record by
// record, loaded in one transaction that a refusal or a cancel leaves without a trace, and searchable
// afterwards. Rosters stay small here (a few thousand rows); timing is the benchmark's business.
#include "TestDatabase.h"

#include "cli/CliContext.h"
#include "db/Database.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoFile.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoNames.h"
#include "demo/DemoRoster.h"
#include "roster/AlumnusRepository.h"
#include "roster/RosterQuery.h"
#include "roster/Validation.h"
#include "text/JapaneseText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace alumnidesk;
using namespace alumnidesk::demo;

namespace {

const QDate kToday(2025, 6, 30);

DemoOptions options(int rows, quint64 seed = 1, QDate today = kToday)
{
    DemoOptions o;
    o.rows = rows;
    o.seed = seed;
    o.today = today;
    return o;
}

// Every field of a record, in a fixed order, so that two rosters compare by content.
QByteArray recordText(const Alumnus &a)
{
    QStringList f{a.employeeId, a.familyName, a.givenName, a.familyKana, a.givenKana,
                  a.birthDate.toString(Qt::ISODate), a.email, a.secondaryEmail, a.phone, a.prefecture,
                  a.currentEmployer, a.currentTitle, a.currentIndustry, a.skills.join(u'|'), a.tags.join(u'|'),
                  a.membershipStatus, QString::number(int(a.consentNewsletter) * 4 + int(a.consentEvents) * 2
                                                      + int(a.consentJobOffers)),
                  a.relationshipOwner, a.lastContactDate.toString(Qt::ISODate), a.notes,
                  QString::number(int(a.hrMisconduct) * 2 + int(a.hrDoNotRehire)), a.hrNote,
                  a.createdAt.toString(Qt::ISODate)};
    for (const Stint &s : a.stints)
        f << s.groupCompany << s.hireDate.toString(Qt::ISODate) << s.departureDate.toString(Qt::ISODate)
          << s.department << s.position << s.grade << s.employmentType << s.departureType << s.departureReason;
    return f.join(u'\x1f').toUtf8();
}

QByteArray generatedHash(const DemoOptions &o)
{
    const DemoGenerator generator(o);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < o.rows; ++i)
        hash.addData(QByteArray(recordText(generator.alumnus(i)) + '\x1e'));
    return hash.result().toHex();
}

QVector<Alumnus> generate(const DemoOptions &o)
{
    const DemoGenerator generator(o);
    QVector<Alumnus> out;
    out.reserve(o.rows);
    for (int i = 0; i < o.rows; ++i)
        out.append(normalized(generator.alumnus(i)));
    return out;
}

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Everything in the file, as text: the schema (tables, indexes, triggers, views) and every row of every
// table, including the search index's own tables. Rows are sorted so the order of a scan does not matter.
QByteArray databaseSnapshot(QSqlDatabase &db, bool withUpdatedAt = true)
{
    QSqlQuery q(db);
    QStringList lines;
    QStringList tables;
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next()) {
        lines << QStringLiteral("%1|%2|%3|%4").arg(q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toString(), q.value(3).toString());
        const QString sql = q.value(3).toString();
        if (q.value(0).toString() == QLatin1String("table") && !sql.startsWith(QLatin1String("CREATE VIRTUAL")))
            tables << q.value(1).toString();
    }
    for (const QString &t : tables) {
        QStringList rows;
        QSqlQuery r(db);
        r.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        while (r.next()) {
            QStringList values;
            for (int c = 0; c < r.record().count(); ++c) {
                // When things were written (updated_at, created_at, applied_at, …) differs between two runs
                // whenever a second ticks over between them — under load, now and then.
                if (!withUpdatedAt && r.record().fieldName(c).endsWith(QLatin1String("_at")))
                    continue;
                const QVariant v = r.value(c);
                values << (v.isNull() ? QStringLiteral("<null>") : v.toString());
            }
            rows << values.join(u'|');
        }
        rows.sort();
        lines << t << rows;
    }
    return QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

// The roster's content without what depends on when it was written (the *_at columns, the audit log).
QByteArray rosterSnapshot(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("DELETE FROM audit_log"));
    return databaseSnapshot(db, false);
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private slots:
    void sameOptionsGiveTheSameRoster_data();
    void sameOptionsGiveTheSameRoster();
    void rosterIsTheSameOnEveryPlatform();
    void sameSeedGivesIdenticalDatabases();
    void generatesTheRequestedNumberOfRows_data();
    void generatesTheRequestedNumberOfRows();
    void aboutFivePercentAreBoomerangs();
    void departureTypesFollowTheTypicalMix();
    void everyRecordIsValidAndPlausible_data();
    void everyRecordIsValidAndPlausible();
    void readingsAreKatakana();
    void employeeIdsAreUniqueSixDigits_data();
    void employeeIdsAreUniqueSixDigits();
    void contactsUseReservedValuesOnly();
    void refusesARosterThatHasAlumni();
    void cancelLeavesTheDatabaseUnchanged_data();
    void cancelLeavesTheDatabaseUnchanged();
    void loadIsAuditedOnce();
    void searchFindsGeneratedPeople_data();
    void searchFindsGeneratedPeople();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliJsonSummary();
    void newFileHoldsTheSameRoster();
    void newFileCancelledLeavesNoFile_data();
    void newFileCancelledLeavesNoFile();
    void newFileNeverReplacesAFile();
    void cliBuildsANewFile();
};

void TestDemoGenerator::sameOptionsGiveTheSameRoster_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("today");
    QTest::newRow("seed 1") << quint64(1) << kToday;
    QTest::newRow("seed 42") << quint64(42) << kToday;
    QTest::newRow("seed 2^63+5") << (quint64(1) << 63) + 5 << kToday;
    QTest::newRow("seed 0, in 2001") << quint64(0) << QDate(2001, 2, 28);
}

void TestDemoGenerator::sameOptionsGiveTheSameRoster()
{
    QFETCH(quint64, seed);
    QFETCH(QDate, today);
    const QByteArray first = generatedHash(options(1500, seed, today));
    QCOMPARE(generatedHash(options(1500, seed, today)), first);
    QVERIFY2(generatedHash(options(1500, seed + 1, today)) != first, "another seed must give another roster");
    QVERIFY2(generatedHash(options(1500, seed, today.addDays(1))) != first, "another today must give another roster");
}

// The roster must not depend on the compiler, the standard library or the platform: a fixed digest of the
// first rows for fixed options. When the generator or its tables change on purpose, print the new digest
// (the failure shows it) and update it here in the same commit.
void TestDemoGenerator::rosterIsTheSameOnEveryPlatform()
{
    QCOMPARE(generatedHash(options(300, 20250630, kToday)),
             QByteArray("99ade41d80cf4e34a7a9f1d1cd537b4a1846f5cedf8f06632274facc3063f3fa"));
}

void TestDemoGenerator::sameSeedGivesIdenticalDatabases()
{
    test::TestDatabase a;
    test::TestDatabase b;
    for (test::TestDatabase *t : {&a, &b}) {
        auto s = generateDemoRoster(t->db(), options(1200, 7));
        QVERIFY2(s, qPrintable(s.errorText()));
    }
    QCOMPARE(rosterSnapshot(a.db().sql()), rosterSnapshot(b.db().sql()));
}

void TestDemoGenerator::generatesTheRequestedNumberOfRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one") << 1;
    QTest::newRow("seven") << 7;
    QTest::newRow("not a multiple of the progress step") << 4097;
}

void TestDemoGenerator::generatesTheRequestedNumberOfRows()
{
    QFETCH(int, rows);
    test::TestDatabase t;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    auto s = generateDemoRoster(t.db(), options(rows), [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(s, qPrintable(s.errorText()));
    QCOMPARE(s->rows, qint64(rows));
    QCOMPARE(lastDone, qint64(rows));
    QCOMPARE(lastTotal, qint64(rows));
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("SELECT count(*) FROM alumni")), qint64(rows));
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("SELECT count(*) FROM stints")), s->stints);
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("SELECT count(*) FROM alumni WHERE stint_count > 1")), s->boomerangs);
}

void TestDemoGenerator::aboutFivePercentAreBoomerangs()
{
    for (quint64 seed : {1ULL, 2ULL, 3ULL}) {
        const QVector<Alumnus> roster = generate(options(20000, seed));
        int boomerangs = 0;
        int threeStints = 0;
        int reemployed = 0;
        for (const Alumnus &a : roster) {
            boomerangs += a.isBoomerang();
            threeStints += a.stints.size() == 3;
            reemployed += a.isBoomerang() && !a.stints.last().departureDate.isValid();
            if (a.isBoomerang()) {
                for (int i = 1; i < a.stints.size(); ++i)
                    QVERIFY2(a.stints.at(i).hireDate > a.stints.at(i - 1).departureDate, qPrintable(a.employeeId));
            }
        }
        const QString counts = QStringLiteral("seed %1: %2 boomerangs, %3 with three stints, %4 re-employed")
                                   .arg(seed).arg(boomerangs).arg(threeStints).arg(reemployed);
        QVERIFY2(boomerangs >= 800 && boomerangs <= 1200, qPrintable(counts)); // 5% ± 1 point
        QVERIFY2(threeStints > 40 && threeStints < 200, qPrintable(counts));
        QVERIFY2(reemployed > 100 && reemployed < boomerangs / 2, qPrintable(counts));
    }
}

void TestDemoGenerator::departureTypesFollowTheTypicalMix()
{
    const QVector<Alumnus> roster = generate(options(20000, 5));
    QHash<QString, int> byType;
    for (const Alumnus &a : roster)
        ++byType[a.stints.last().departureType];
    auto share = [&](const char *type) { return 1000 * byType.value(QString::fromLatin1(type)) / roster.size(); };
    const QString mix = QStringLiteral("voluntary %1‰, contract_end %2‰, retirement %3‰, company %4‰, transfer %5‰, "
                                       "disciplinary %6‰, other %7‰")
                            .arg(share("voluntary")).arg(share("contract_end")).arg(share("retirement"))
                            .arg(share("company")).arg(share("transfer")).arg(share("disciplinary")).arg(share("other"));
    QVERIFY2(share("voluntary") > 660 && share("voluntary") < 740, qPrintable(mix));
    QVERIFY2(share("contract_end") > 70 && share("contract_end") < 110, qPrintable(mix));
    QVERIFY2(share("retirement") > 60 && share("retirement") < 100, qPrintable(mix));
    QVERIFY2(share("company") > 35 && share("company") < 65, qPrintable(mix));
    QVERIFY2(share("transfer") > 35 && share("transfer") < 65, qPrintable(mix));
    QVERIFY2(share("disciplinary") >= 2 && share("disciplinary") <= 9, qPrintable(mix));
    QVERIFY2(share("other") > 15 && share("other") < 35, qPrintable(mix));
}

void TestDemoGenerator::everyRecordIsValidAndPlausible_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("today");
    QTest::newRow("2025") << quint64(1) << kToday;
    QTest::newRow("2025, another seed") << quint64(99) << kToday;
    QTest::newRow("leap day 2024") << quint64(3) << QDate(2024, 2, 29);
    QTest::newRow("1996: little room after 1985") << quint64(4) << QDate(1996, 1, 1);
}

void TestDemoGenerator::everyRecordIsValidAndPlausible()
{
    QFETCH(quint64, seed);
    QFETCH(QDate, today);
    const QVector<Alumnus> roster = generate(options(5000, seed, today));
    for (const Alumnus &a : roster) {
        const auto issues = validate(a, today);
        QVERIFY2(issues.isEmpty(), qPrintable(a.employeeId + QLatin1Char(' ') + describe(issues)));
        QVERIFY(!a.stints.isEmpty());
        const Stint &first = a.stints.first();
        const int hireAge = first.hireDate.year() - a.birthDate.year()
            - (first.hireDate.dayOfYear() < a.birthDate.dayOfYear() ? 1 : 0);
        QVERIFY2(hireAge >= 18 && hireAge <= 45, qPrintable(QStringLiteral("%1 hired at %2").arg(a.employeeId).arg(hireAge)));
        for (const Stint &s : a.stints) {
            QVERIFY2(s.hireDate >= QDate(1985, 1, 1) && s.hireDate <= today.addYears(-1), qPrintable(a.employeeId));
            QVERIFY2(!s.departureDate.isValid() || s.departureDate <= today, qPrintable(a.employeeId));
            QCOMPARE(s.departureType.isEmpty(), !s.departureDate.isValid());
            QVERIFY(!s.department.isEmpty());
        }
        if (a.stints.last().departureType == QLatin1String("disciplinary"))
            QVERIFY2(a.hrMisconduct, qPrintable(a.employeeId));
        QVERIFY(a.skills.size() <= 5);
        QVERIFY(a.tags.size() <= 2);
        QVERIFY(!a.lastContactDate.isValid() || a.lastContactDate <= today);
    }
}

void TestDemoGenerator::readingsAreKatakana()
{
    QVERIFY(surnames().size() >= 300);
    QVERIFY(maleGivenNames().size() >= 140);
    QVERIFY(femaleGivenNames().size() >= 140);
    auto check = [](const QString &kanji, const QString &kana, const QString &romaji) {
        QVERIFY2(!kana.isEmpty() && text::isKatakanaReading(kana) && !kana.contains(u' '), qPrintable(kanji + kana));
        QCOMPARE(text::normalizeKana(kana), kana);
        static const QRegularExpression ascii(QStringLiteral("^[a-z]+$"));
        QVERIFY2(ascii.match(romaji).hasMatch(), qPrintable(kanji + kana + romaji));
    };
    for (const Surname &s : surnames())
        check(s.kanji, s.kana, s.romaji);
    for (const auto *names : {&maleGivenNames(), &femaleGivenNames()}) {
        for (const GivenName &g : *names)
            check(g.kanji, g.kana, g.romaji);
    }
    for (const Alumnus &a : generate(options(2000, 11))) {
        QVERIFY(text::isKatakanaReading(a.familyKana));
        QVERIFY(text::isKatakanaReading(a.givenKana));
    }
}

void TestDemoGenerator::employeeIdsAreUniqueSixDigits_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("checked");
    QTest::addColumn<int>("digits");
    QTest::newRow("small roster") << 3000 << 3000 << 6;
    QTest::newRow("a million: every six-digit ID") << 1000000 << 1000000 << 6;
    QTest::newRow("two million: seven digits") << 2000000 << 200000 << 7;
}

void TestDemoGenerator::employeeIdsAreUniqueSixDigits()
{
    QFETCH(int, rows);
    QFETCH(int, checked);
    QFETCH(int, digits);
    const DemoGenerator generator(options(rows));
    QSet<QString> seen;
    seen.reserve(checked);
    const QRegularExpression pattern(QStringLiteral("^[0-9]{%1}$").arg(digits));
    for (int i = 0; i < checked; ++i) {
        const QString id = generator.employeeId(i);
        if (i < 2000)
            QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), checked);
    QCOMPARE(generator.alumnus(17).employeeId, generator.employeeId(17));
}

void TestDemoGenerator::contactsUseReservedValuesOnly()
{
    const QString domains = reservedEmailDomains().join(u'|').replace(QLatin1Char('.'), QStringLiteral("\\."));
    const QRegularExpression email(QStringLiteral("^[a-z0-9._]+@(%1)$").arg(domains));
    const QRegularExpression phone(QStringLiteral("^0[789]0-0000-[0-9]{4}$"));
    int emails = 0;
    for (const Alumnus &a : generate(options(5000, 8))) {
        for (const QString &e : {a.email, a.secondaryEmail}) {
            if (e.isEmpty())
                continue;
            ++emails;
            QVERIFY2(email.match(e).hasMatch(), qPrintable(e));
        }
        QVERIFY2(a.phone.isEmpty() || phone.match(a.phone).hasMatch(), qPrintable(a.phone));
    }
    QVERIFY(emails > 3000);
}

void TestDemoGenerator::refusesARosterThatHasAlumni()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    auto id = repo.add(test::makeAlumnus(QStringLiteral("E1"), QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ")));
    QVERIFY2(id, qPrintable(id.errorText()));
    const QByteArray before = databaseSnapshot(t.db().sql());

    DemoFailure failure = DemoFailure::None;
    auto s = generateDemoRoster(t.db(), options(100), {}, nullptr, &failure);
    QVERIFY(!s);
    QCOMPARE(int(failure), int(DemoFailure::RosterNotEmpty));
    QVERIFY2(s.errorText().contains(QLatin1Char('1')), qPrintable(s.errorText()));
    QCOMPARE(databaseSnapshot(t.db().sql()), before);
}

void TestDemoGenerator::cancelLeavesTheDatabaseUnchanged_data()
{
    QTest::addColumn<qint64>("cancelAt");
    QTest::newRow("before the first row") << qint64(0);
    QTest::newRow("while inserting") << qint64(4096);
    QTest::newRow("after the inserts, before the indexes") << qint64(10000);
}

void TestDemoGenerator::cancelLeavesTheDatabaseUnchanged()
{
    QFETCH(qint64, cancelAt);
    test::TestDatabase t;
    const QByteArray before = databaseSnapshot(t.db().sql());
    std::atomic_bool cancel{cancelAt == 0};
    DemoFailure failure = DemoFailure::None;
    auto s = generateDemoRoster(t.db(), options(10000), [&](qint64 done, qint64) {
        if (done >= cancelAt)
            cancel = true;
    }, &cancel, &failure);
    QVERIFY(!s);
    QCOMPARE(int(failure), int(DemoFailure::Cancelled));
    QCOMPARE(databaseSnapshot(t.db().sql()), before);

    // The search triggers and indexes are back: a single insert is found by search and the roster can
    // still be generated into.
    t.reopen();
    QCOMPARE(databaseSnapshot(t.db().sql()), before);
    auto again = generateDemoRoster(t.db(), options(50));
    QVERIFY2(again, qPrintable(again.errorText()));
}

void TestDemoGenerator::loadIsAuditedOnce()
{
    test::TestDatabase t;
    auto s = generateDemoRoster(t.db(), options(300, 12345));
    QVERIFY2(s, qPrintable(s.errorText()));
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT source, action, new_value FROM audit_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("demo"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("bulk_insert"));
    const QJsonObject value = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(value.value(QStringLiteral("rows")).toInt(), 300);
    QCOMPARE(value.value(QStringLiteral("seed")).toInt(), 12345);
    QCOMPARE(value.value(QStringLiteral("today")).toString(), kToday.toString(Qt::ISODate));
    QVERIFY(!q.next());
}

void TestDemoGenerator::searchFindsGeneratedPeople_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("one-kanji surname 林") << QStringLiteral("林");
    QTest::newRow("one-kanji surname 森") << QStringLiteral("森");
    QTest::newRow("two-kanji surname 田中") << QStringLiteral("田中");
    QTest::newRow("two-kanji surname 佐藤") << QStringLiteral("佐藤");
    QTest::newRow("three-kanji surname 長谷川") << QStringLiteral("長谷川");
    QTest::newRow("surname and given name") << QStringLiteral("藤恵");
}

void TestDemoGenerator::searchFindsGeneratedPeople()
{
    QFETCH(QString, needle);
    static test::TestDatabase *t = [] {
        auto *db = new test::TestDatabase;
        auto s = generateDemoRoster(db->db(), options(4000, 2));
        if (!s)
            qFatal("demo roster: %s", qPrintable(s.errorText()));
        return db;
    }();
    QSqlDatabase &db = t->db().sql();
    const qint64 byName = scalar(db, QStringLiteral("SELECT count(*) FROM alumni WHERE instr(family_name || given_name, ?) > 0"),
                                 {needle});
    // The index also covers the employer and the skills; kanji cannot occur in the other searched columns.
    const qint64 bruteForce = scalar(db, QStringLiteral("SELECT count(*) FROM alumni WHERE instr(family_name || given_name, ?) > 0 "
                                                        "OR instr(current_employer, ?) > 0 OR instr(skills, ?) > 0"),
                                     {needle, needle, needle});
    QVERIFY2(byName > 0, qPrintable(needle + QStringLiteral(" is not in the generated roster")));
    RosterFilter filter;
    filter.search = needle;
    RosterQuery query(db, t->db().backend());
    auto count = query.count(filter);
    QVERIFY2(count, qPrintable(count.errorText()));
    QCOMPARE(count.value(), bruteForce);
}

void TestDemoGenerator::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("rosterHasAlumni");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ok") << QStringList{QStringLiteral("--rows"), QStringLiteral("20")} << false << int(cli::ExitOk);
    QTest::newRow("not empty") << QStringList{QStringLiteral("--rows"), QStringLiteral("20")} << true << int(cli::ExitRejected);
    QTest::newRow("rows missing") << QStringList{QStringLiteral("--seed"), QStringLiteral("3")} << false << int(cli::ExitUsage);
    QTest::newRow("rows not a number") << QStringList{QStringLiteral("--rows"), QStringLiteral("many")} << false << int(cli::ExitUsage);
    QTest::newRow("rows zero") << QStringList{QStringLiteral("--rows=0")} << false << int(cli::ExitUsage);
    QTest::newRow("rows too many") << QStringList{QStringLiteral("--rows"), QStringLiteral("10000001")} << false << int(cli::ExitUsage);
    QTest::newRow("seed not a number") << QStringList{QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("-1")} << false << int(cli::ExitUsage);
    QTest::newRow("bad today") << QStringList{QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2025/06/30")} << false << int(cli::ExitUsage);
}

void TestDemoGenerator::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(bool, rosterHasAlumni);
    QFETCH(int, exitCode);
    test::TestDatabase t;
    if (rosterHasAlumni)
        QVERIFY(generateDemoRoster(t.db(), options(3)));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList argv = QStringList{QStringLiteral("alumnidesk-cli"), QStringLiteral("--db"), t.path(),
                                         QStringLiteral("demo")}
        + args;
    QCOMPARE(cli::run(argv, outStream, errStream), exitCode);
    if (exitCode != cli::ExitOk)
        QVERIFY2(!err.isEmpty(), "a refusal must say why");
}

void TestDemoGenerator::cliJsonSummary()
{
    test::TestDatabase t;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList argv{QStringLiteral("alumnidesk-cli"), QStringLiteral("--db"), t.path(), QStringLiteral("demo"),
                           QStringLiteral("--rows"), QStringLiteral("250"), QStringLiteral("--seed"),
                           QStringLiteral("9"), QStringLiteral("--today"), QStringLiteral("2025-06-30"),
                           QStringLiteral("--json")};
    QCOMPARE(cli::run(argv, outStream, errStream), int(cli::ExitOk));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(out)); // stdout holds only the JSON
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 250);
    QVERIFY(o.value(QStringLiteral("seconds")).isDouble());
    const DemoGenerator generator(options(250, 9));
    int boomerangs = 0;
    for (int i = 0; i < 250; ++i)
        boomerangs += generator.alumnus(i).isBoomerang();
    QCOMPARE(o.value(QStringLiteral("boomerangs")).toInt(), boomerangs);
    QCOMPARE(scalar(t.db().sql(), QStringLiteral("SELECT count(*) FROM alumni")), qint64(250));
}

// A new file is built without a journal under another name and named when complete: its roster is the one
// generated into an open database, it is in WAL mode like every roster, and nothing else is left beside it.
void TestDemoGenerator::newFileHoldsTheSameRoster()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto s = generateDemoFile(path, options(1200, 7));
    QVERIFY2(s, qPrintable(s.errorText()));
    QCOMPARE(s->rows, qint64(1200));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("new.sqlite")});

    test::TestDatabase reference;
    QVERIFY(generateDemoRoster(reference.db(), options(1200, 7)));
    Database::OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q.finish();
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk_insert'")), qint64(1));
    QCOMPARE(rosterSnapshot(db->sql()), rosterSnapshot(reference.db().sql()));
}

void TestDemoGenerator::newFileCancelledLeavesNoFile_data()
{
    QTest::addColumn<qint64>("cancelAt");
    QTest::newRow("before the first row") << qint64(0);
    QTest::newRow("while inserting") << qint64(4096);
    QTest::newRow("after the inserts, before the indexes") << qint64(10000);
}

void TestDemoGenerator::newFileCancelledLeavesNoFile()
{
    QFETCH(qint64, cancelAt);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    std::atomic_bool cancel{cancelAt == 0};
    DemoFailure failure = DemoFailure::None;
    auto s = generateDemoFile(path, options(10000), [&](qint64 done, qint64) {
        if (done >= cancelAt)
            cancel = true;
    }, &cancel, &failure);
    QVERIFY(!s);
    QCOMPARE(int(failure), int(DemoFailure::Cancelled));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDemoGenerator::newFileNeverReplacesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a roster");
    f.close();
    DemoFailure failure = DemoFailure::None;
    auto s = generateDemoFile(path, options(20), {}, nullptr, &failure);
    QVERIFY(!s);
    QCOMPARE(int(failure), int(DemoFailure::Database));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a roster"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("taken.sqlite")});
}

void TestDemoGenerator::cliBuildsANewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/fresh.sqlite"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList argv{QStringLiteral("alumnidesk-cli"), QStringLiteral("--db"), path, QStringLiteral("demo"),
                           QStringLiteral("--rows"), QStringLiteral("30")};
    QCOMPARE(cli::run(argv, outStream, errStream), int(cli::ExitOk));
    Database::OpenError error;
    auto db = Database::openExisting(path, &error);
    QVERIFY2(db, qPrintable(error.error.fullText()));
    QCOMPARE(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM alumni")), qint64(30));
    // A second run finds the file and refuses it, as for any roster that holds alumni.
    db.reset();
    QCOMPARE(cli::run(argv, outStream, errStream), int(cli::ExitRejected));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
