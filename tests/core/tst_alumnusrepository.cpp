// Storing alumni: round trips of every field and stint, the duplicate-ID guard, field-by-field audit
// entries with the OS user, delete with a recoverable snapshot, and restore under the same row id.
#include "TestDatabase.h"

#include "db/AuditLog.h"
#include "db/WriteTransaction.h"
#include "roster/AlumnusAttributes.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRepository.h"
#include "roster/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

Alumnus full()
{
    Alumnus a = test::makeAlumnus(QStringLiteral("100318"), QStringLiteral("齋藤 健太"), QStringLiteral("サイトウ ケンタ"));
    a.birthDate = QDate(1990, 1, 20);
    a.email = QStringLiteral("kenta.saito@example.co.jp");
    a.secondaryEmail = QStringLiteral("kenta@example.com");
    a.phone = QStringLiteral("090-0000-1111");
    a.prefecture = QStringLiteral("東京都");
    a.stints[0].hireDate = QDate(2014, 4, 1);
    a.stints[0].departureDate = QDate(2016, 6, 30);
    a.stints[0].departureReason = QStringLiteral("自己都合（転職）");
    Stint back;
    back.groupCompany = QStringLiteral("アルムナイ物産");
    back.hireDate = QDate(2019, 10, 1);
    back.departureDate = QDate(2024, 3, 31);
    back.department = QStringLiteral("営業二部");
    back.position = QStringLiteral("主任");
    back.grade = QStringLiteral("G4");
    back.employmentType = QStringLiteral("regular");
    back.departureType = QStringLiteral("voluntary");
    back.departureReason = QStringLiteral("自己都合（起業）");
    a.stints.append(back);
    a.currentEmployer = QStringLiteral("株式会社ミライテック");
    a.currentTitle = QStringLiteral("代表取締役");
    a.currentIndustry = QStringLiteral("IT・通信");
    a.skills = {QStringLiteral("法人営業"), QStringLiteral("Python")};
    a.tags = {QStringLiteral("起業家"), QStringLiteral("ブーメラン候補")};
    a.membershipStatus = QStringLiteral("active");
    a.consentNewsletter = true;
    a.consentJobOffers = true;
    a.relationshipOwner = QStringLiteral("人事部 佐藤");
    a.lastContactDate = QDate(2025, 6, 1);
    a.notes = QStringLiteral("2025年のサミットに登壇");
    a.hrDoNotRehire = false;
    a.hrNote = QStringLiteral("特記事項なし");
    return a;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject comparable(const Alumnus &a)
{
    QJsonObject o = toJson(a);
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("created_at"));
    o.remove(QStringLiteral("updated_at"));
    QJsonArray stints;
    for (QJsonValue v : o.value(QStringLiteral("stints")).toArray()) {
        QJsonObject s = v.toObject();
        s.remove(QStringLiteral("id"));
        stints.append(s);
    }
    o.insert(QStringLiteral("stints"), stints);
    return o;
}

} // namespace

class TestAlumnusRepository : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryField();
    void summaryColumnsFollowTheLatestStint();
    void duplicateEmployeeIdIsRefused();
    void invalidRecordIsRefusedAndNothingWritten();
    void updateAuditsEachChangedField();
    void historyFollowsAChangeOfEmployeeId();
    void unchangedSaveWritesNothing();
    void deleteKeepsASnapshotAndRestoreBringsItBack();
    void stintEditsKeepIds();
    void deleteAndRestoreKeepCustomAttributes();
    void tagCreatedInARolledBackTransactionIsCreatedAgain();
    void closingTheDatabaseWithARepositoryAliveReleasesTheFile();
    void saveRefusesToOverwriteAConcurrentChange();
    void sameAuditedContent_data();
    void sameAuditedContent();
};

void TestAlumnusRepository::roundTripsEveryField()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const Alumnus a = full();
    auto id = repo.add(a);
    QVERIFY2(id, qPrintable(id.errorText()));
    t.reopen();
    AlumnusRepository again(t.db(), QStringLiteral("test"));
    auto loaded = again.load(id.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->id, id.value());
    QCOMPARE(comparable(loaded.value()), comparable(normalized(a)));
    QVERIFY(loaded->createdAt.isValid());
}

void TestAlumnusRepository::summaryColumnsFollowTheLatestStint()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    QVERIFY(repo.add(full()));
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT last_department, last_position, last_departure_date, stint_count, name_romaji FROM alumni")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("営業二部"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("主任"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2024-03-31"));
    QCOMPARE(q.value(3).toInt(), 2);
    QCOMPARE(q.value(4).toString(), QStringLiteral("saitoukenta saito")); // spelled out, then long vowels folded
}

void TestAlumnusRepository::duplicateEmployeeIdIsRefused()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    QVERIFY(repo.add(full()));
    Alumnus other = test::makeAlumnus(QStringLiteral("１００３１８"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"));
    auto id = repo.add(other);
    QVERIFY(!id);
    QVERIFY2(id.errorText().contains(QStringLiteral("齋藤 健太")), qPrintable(id.errorText()));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 1);
}

void TestAlumnusRepository::invalidRecordIsRefusedAndNothingWritten()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    Alumnus bad = full();
    bad.stints[1].departureDate = QDate(2019, 1, 1);
    auto id = repo.add(bad);
    QVERIFY(!id);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumni")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM stints")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestAlumnusRepository::updateAuditsEachChangedField()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    Alumnus a = repo.load(id).value();
    a.familyName = QStringLiteral("斎藤");
    a.membershipStatus = QStringLiteral("dormant");
    QVERIFY(repo.save(a));
    auto history = AuditLog::history(t.db().sql(), QStringLiteral("alumnus"), QStringLiteral("100318"));
    QVERIFY(history);
    QCOMPARE(history->size(), 3); // insert + two fields
    QSet<QString> fields;
    for (const AuditEntry &e : history.value()) {
        QCOMPARE(e.user, currentOsUser());
        QCOMPARE(e.source, QStringLiteral("test"));
        if (e.action == QLatin1String("update"))
            fields.insert(e.field);
        if (e.field == QLatin1String("family_name")) {
            QCOMPARE(e.oldValue, QStringLiteral("齋藤"));
            QCOMPARE(e.newValue, QStringLiteral("斎藤"));
        }
    }
    QCOMPARE(fields, (QSet<QString>{QStringLiteral("family_name"), QStringLiteral("membership_status")}));
}

void TestAlumnusRepository::historyFollowsAChangeOfEmployeeId()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    Alumnus a = repo.load(id).value();
    a.employeeId = QStringLiteral("E100318"); // HR renumbered everyone
    a.notes = QStringLiteral("社員番号の体系変更");
    QVERIFY(repo.save(a));
    a = repo.load(id).value();
    a.membershipStatus = QStringLiteral("dormant");
    QVERIFY(repo.save(a));
    // Someone new later gets the old number: their entries are not this person's.
    QVERIFY(repo.add(test::makeAlumnus(QStringLiteral("100318"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"))));

    auto history = AuditLog::alumnusHistory(t.db().sql(), QStringLiteral("E100318"));
    QVERIFY(history);
    QStringList actions;
    for (const AuditEntry &e : history.value())
        actions.append(e.action + QLatin1Char(':') + e.field);
    QCOMPARE(actions, (QStringList{QStringLiteral("update:membership_status"), QStringLiteral("update:notes"),
                                   QStringLiteral("update:employee_id"), QStringLiteral("insert:")}));
    const AuditEntry &rename = history->at(2);
    QCOMPARE(rename.oldValue, QStringLiteral("100318"));
    QCOMPARE(rename.newValue, QStringLiteral("E100318"));
    QCOMPARE(AuditLog::alumnusHistory(t.db().sql(), QStringLiteral("E100318"), 2)->size(), 2);
    // The newcomer with the old number sees only their own entry.
    QCOMPARE(AuditLog::alumnusHistory(t.db().sql(), QStringLiteral("100318"))->size(), 1);
}

void TestAlumnusRepository::unchangedSaveWritesNothing()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    const Alumnus a = repo.load(id).value();
    QVERIFY(repo.save(a));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    QCOMPARE(repo.load(id)->updatedAt, a.updatedAt);
}

void TestAlumnusRepository::deleteKeepsASnapshotAndRestoreBringsItBack()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    const Alumnus before = repo.load(id).value();
    QVERIFY(repo.remove(id));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM stints")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumnus_tags")), 0);
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT old_value FROM audit_log WHERE action = 'delete'")));
    QVERIFY(q.next());
    const Alumnus fromAudit = alumnusFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    QCOMPARE(comparable(fromAudit), comparable(before));
    q.finish();

    QVERIFY(repo.restore(before));
    const Alumnus after = repo.load(id).value();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.stints.constFirst().id, before.stints.constFirst().id);
    QCOMPARE(comparable(after), comparable(before));
}

void TestAlumnusRepository::stintEditsKeepIds()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    Alumnus a = repo.load(id).value();
    const qint64 firstStint = a.stints.at(0).id;
    const qint64 secondStint = a.stints.at(1).id;
    a.stints[1].position = QStringLiteral("係長");
    a.stints.removeFirst();
    QVERIFY(repo.save(a));
    Alumnus b = repo.load(id).value();
    QCOMPARE(b.stints.size(), 1);
    QCOMPARE(b.stints.constFirst().id, secondStint);
    QCOMPARE(b.stints.constFirst().position, QStringLiteral("係長"));
    // Putting the removed stint back (what undo does) restores it under its old id.
    Alumnus c = b;
    Stint old = repo.load(id)->stints.constFirst();
    old = full().stints.constFirst();
    old.id = firstStint;
    c.stints.prepend(old);
    QVERIFY(repo.save(c));
    QCOMPARE(repo.load(id)->stints.constFirst().id, firstStint);
}

QTEST_GUILESS_MAIN(TestAlumnusRepository)
void TestAlumnusRepository::deleteAndRestoreKeepCustomAttributes()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    const qint64 id = repo.add(full()).value();
    const Attributes attrs{{QStringLiteral("性別"), QStringLiteral("女性")}, {QStringLiteral("評価"), QStringLiteral("A")}};
    AlumnusAttributes store(t.db().sql(), t.db().backend());
    QVERIFY(store.set(id, attrs));
    const Alumnus before = repo.load(id).value();
    QCOMPARE(before.attributes, attrs);

    QVERIFY(repo.remove(id));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumnus_attributes")), 0);
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT old_value FROM audit_log WHERE action = 'delete'")));
    QVERIFY(q.next());
    const Alumnus fromAudit = alumnusFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    q.finish();
    QCOMPARE(fromAudit.attributes, attrs);

    QVERIFY(repo.restore(before));
    QCOMPARE(store.load(id).value(), attrs);
    QCOMPARE(repo.load(id)->attributes, attrs);
}

void TestAlumnusRepository::tagCreatedInARolledBackTransactionIsCreatedAgain()
{
    test::TestDatabase t;
    AlumnusRows rows(t.db().sql(), t.db().backend());
    Alumnus first = test::makeAlumnus(QStringLiteral("T1"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"));
    first.tags = {QStringLiteral("出戻り候補")};
    {
        WriteTransaction tx(t.db().sql(), t.db().backend());
        QVERIFY(tx.started());
        QVERIFY(rows.insert(first));
        // no commit: rolled back, the new tag with it
    }
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM tags")), 0);
    Alumnus second = test::makeAlumnus(QStringLiteral("T2"), QStringLiteral("森 一郎"), QStringLiteral("モリ イチロウ"));
    second.tags = {QStringLiteral("出戻り候補")};
    WriteTransaction tx(t.db().sql(), t.db().backend());
    auto id = rows.insert(second);
    QVERIFY2(id, qPrintable(id.errorText()));
    QVERIFY(tx.commit());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM alumnus_tags JOIN tags ON tags.id = alumnus_tags.tag_id")), 1);
    QCOMPARE(rows.load(id.value())->tags, QStringList{QStringLiteral("出戻り候補")});
}

void TestAlumnusRepository::closingTheDatabaseWithARepositoryAliveReleasesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db);
    auto repo = std::make_unique<AlumnusRepository>(*db, QStringLiteral("test"));
    auto id = repo->add(full());
    QVERIFY2(id, qPrintable(id.errorText()));
    QVERIFY(repo->load(id.value()));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    db.reset();
    // SQLite removes the WAL when the last connection to the file really closes; prepared statements still
    // held by the repository used to keep the connection open.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    repo.reset(); // and destroying the repository afterwards is harmless
    auto again = Database::open(path);
    QVERIFY(again);
    QCOMPARE(AlumnusRepository(*again, QStringLiteral("test")).load(id.value())->employeeId, QStringLiteral("100318"));
}

void TestAlumnusRepository::saveRefusesToOverwriteAConcurrentChange()
{
    test::TestDatabase t;
    AlumnusRepository mine(t.db(), QStringLiteral("ui"));
    const qint64 id = mine.add(full()).value();
    const Alumnus opened = mine.load(id).value();

    // Someone else (another AlumniDesk on the same file) changes the e-mail meanwhile.
    auto other = Database::open(t.path());
    QVERIFY(other);
    AlumnusRepository theirs(*other, QStringLiteral("cli"));
    Alumnus changed = theirs.load(id).value();
    changed.email = QStringLiteral("new@example.jp");
    QVERIFY(theirs.save(changed, opened));

    Alumnus edited = opened;
    edited.notes = QStringLiteral("電話で近況を確認");
    Status st = mine.save(edited, opened);
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(currentOsUser()), qPrintable(st.error().message));
    QVERIFY2(st.error().message.contains(QString::number(QDate::currentDate().year())), qPrintable(st.error().message));
    const Alumnus stored = mine.load(id).value();
    QCOMPARE(stored.email, QStringLiteral("new@example.jp"));
    QVERIFY(stored.notes.isEmpty() || stored.notes == opened.notes);

    // Starting from what is stored now, the edit goes through.
    edited.email = stored.email;
    QVERIFY(mine.save(edited, stored));
    QCOMPARE(mine.load(id)->notes, QStringLiteral("電話で近況を確認"));
}

void TestAlumnusRepository::sameAuditedContent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("same");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("full-width spaces normalised away") << QStringLiteral("spaces") << true;
    QTest::newRow("stint ids only") << QStringLiteral("stint id") << true;
    QTest::newRow("notes") << QStringLiteral("notes") << false;
    QTest::newRow("departure date") << QStringLiteral("departure") << false;
}

void TestAlumnusRepository::sameAuditedContent()
{
    QFETCH(QString, change);
    QFETCH(bool, same);
    const Alumnus a = normalized(full());
    Alumnus b = a;
    if (change == QLatin1String("spaces"))
        b.familyName = QStringLiteral("　") + b.familyName + QStringLiteral(" ");
    else if (change == QLatin1String("stint id"))
        b.stints[0].id = 4711;
    else if (change == QLatin1String("notes"))
        b.notes = QStringLiteral("追記");
    else if (change == QLatin1String("departure"))
        b.stints[0].departureDate = b.stints[0].departureDate.addDays(1);
    QCOMPARE(alumnidesk::sameAuditedContent(a, normalized(b)), same);
}

#include "tst_alumnusrepository.moc"
