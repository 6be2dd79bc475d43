// Search is exact for every query length: on a generated roster, what the index finds equals a brute-force
// scan of the same fields — for one-character surnames (林), two-character ones (田中), kana, romaji, e-mail
// fragments, employers, skills, and hundreds of substrings cut at random from the data.
#include "TestDatabase.h"

#include "demo/DemoRoster.h"
#include "roster/RosterQuery.h"
#include "search/SearchQuery.h"
#include "text/JapaneseText.h"
#include "text/Romaji.h"
#include "roster/AlumnusRepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace alumnidesk;

namespace {

struct Row {
    qint64 id;
    QStringList words; ///< every whitespace-separated word of every searchable field, in search normal form
    QStringList romaji; ///< the words of the romaji field alone (a folded romaji query matches only there)
};

// The searchable fields exactly as the index sees them, read back from the table.
QVector<Row> loadRows(Database &db)
{
    QVector<Row> rows;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, family_name || given_name, family_kana || given_kana, name_romaji, "
                               "email || ' ' || secondary_email, employee_id, current_employer, skills FROM alumni")))
        qFatal("brute-force scan failed");
    while (q.next()) {
        Row r{q.value(0).toLongLong(), {}, {}};
        static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
        for (int c = 1; c <= 7; ++c)
            r.words += text::searchNormalize(q.value(c).toString()).split(spaces, Qt::SkipEmptyParts);
        r.romaji = text::searchNormalize(q.value(3).toString()).split(spaces, Qt::SkipEmptyParts);
        rows.append(r);
    }
    return rows;
}

QSet<qint64> bruteForce(const QVector<Row> &rows, const QString &query)
{
    const QStringList words = search::queryWords(query);
    QSet<qint64> out;
    if (words.isEmpty())
        return out;
    for (const Row &r : rows) {
        bool all = true;
        for (const QString &w : words) {
            const QString folded = w.size() >= 2 ? text::foldRomajiQuery(w) : QString();
            const bool found = std::any_of(r.words.begin(), r.words.end(), [&w](const QString &v) { return v.contains(w); })
                || (folded.size() >= 2
                    && std::any_of(r.romaji.begin(), r.romaji.end(), [&folded](const QString &v) { return v.contains(folded); }));
            if (!found) {
                all = false;
                break;
            }
        }
        if (all)
            out.insert(r.id);
    }
    return out;
}

QSet<qint64> indexed(RosterQuery &query, const QString &text)
{
    RosterFilter f;
    f.search = text;
    auto ids = query.orderedIds(f, RosterSort{});
    if (!ids)
        qFatal("search failed: %s", qPrintable(ids.errorText()));
    return QSet<qint64>(ids->begin(), ids->end());
}

// The same search through its SQL form (a condition in the WHERE clause, as counts and first pages use it).
qint64 counted(RosterQuery &query, const QString &text)
{
    RosterFilter f;
    f.search = text;
    auto n = query.count(f);
    if (!n)
        qFatal("count failed: %s", qPrintable(n.errorText()));
    return n.value();
}

// A substring of one of the person's e-mail addresses that crosses its '@' (empty when it has none).
QString acrossTheAt(QRandomGenerator &rng, const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    const int start = int(rng.bounded(quint32(at + 1)));
    const int end = int(at) + 1 + int(rng.bounded(quint32(address.size() - at)));
    return address.mid(start, end - start);
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void oneAndTwoCharacterSurnamesFindEveryone();
    void randomSubstringsMatchBruteForce();
    void emailFragmentsAcrossTheAtMatchBruteForce();
    void unusualAddressesMatchBruteForce_data();
    void unusualAddressesMatchBruteForce();
    void searchFollowsEdits();
    void variantKanjiFindBothSpellings_data();
    void variantKanjiFindBothSpellings();
    void romajiSpellingsFindTheSamePerson();
    void cachedOrderSeesOtherConnectionsCommits();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QVector<Row> m_rows;
    std::unique_ptr<test::TestDatabase> m_unusual; ///< the addresses of unusualAddressesMatchBruteForce
    QVector<Row> m_unusualRows;
};

void TestSearch::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    demo::DemoOptions options;
    options.rows = 3000;
    options.seed = 42;
    options.today = QDate(2026, 11, 1);
    auto summary = demo::generateDemoRoster(m_db->db(), options);
    QVERIFY2(summary, qPrintable(summary.errorText()));
    m_rows = loadRows(m_db->db());
    QCOMPARE(m_rows.size(), 3000);
}

void TestSearch::matchesBruteForce_data()
{
    QTest::addColumn<QString>("query");
    const QStringList queries{
        QStringLiteral("林"),       QStringLiteral("森"),        QStringLiteral("田"),       QStringLiteral("子"),
        QStringLiteral("ア"),       QStringLiteral("a"),         QStringLiteral("1"),        QStringLiteral("@"),
        QStringLiteral("田中"),     QStringLiteral("佐藤"),      QStringLiteral("高橋"),     QStringLiteral("タナ"),
        QStringLiteral("たなか"),   QStringLiteral("ﾀﾅｶ"),       QStringLiteral("sa"),       QStringLiteral("SATO"),
        QStringLiteral("tanaka"),   QStringLiteral("suzuki"),    QStringLiteral("example.co"), QStringLiteral("@example.jp"),
        QStringLiteral("株式会社"), QStringLiteral("Python"),    QStringLiteral("簿記"),     QStringLiteral("営業"),
        QStringLiteral("田中 ア"),  QStringLiteral("sa ko"),     QStringLiteral("ヨウコ"),   QStringLiteral("存在しない名前"),
        QStringLiteral("\"quoted"), QStringLiteral("a*"),        QStringLiteral("NEAR"),     QStringLiteral("1000"),
        QStringLiteral("髙橋"),     QStringLiteral("山﨑"),      QStringLiteral("渡邊"),     QStringLiteral("𠮷田"),
        QStringLiteral("kosuke"),   QStringLiteral("Ohno"),      QStringLiteral("Satoh"),    QStringLiteral("Kōji"),
        QStringLiteral("yuki"),     QStringLiteral("oota"),      QStringLiteral("Ito"),
        // e-mail fragments: inside a domain, across the '@', inside a mailbox, several words
        QStringLiteral("@example.co"), QStringLiteral("@exa"),   QStringLiteral("@e"),       QStringLiteral(".co.jp"),
        QStringLiteral("co.jp"),    QStringLiteral("e.com"),     QStringLiteral("mple"),     QStringLiteral("xample.jp"),
        QStringLiteral("a@example"), QStringLiteral("o@e"),      QStringLiteral("a@"),       QStringLiteral("ne.jp @example"),
        QStringLiteral("example.co 田"), QStringLiteral("EXAMPLE.ORG"), QStringLiteral("ｅｘａｍｐｌｅ．ｊｐ"), QStringLiteral("@example.jpx"),
    };
    for (const QString &q : queries)
        QTest::newRow(qPrintable(q)) << q;
}

void TestSearch::matchesBruteForce()
{
    QFETCH(QString, query);
    RosterQuery rq(m_db->db().sql(), m_db->db().backend());
    const QSet<qint64> expected = bruteForce(m_rows, query);
    QCOMPARE(indexed(rq, query), expected);
    QCOMPARE(counted(rq, query), qint64(expected.size()));
}

void TestSearch::oneAndTwoCharacterSurnamesFindEveryone()
{
    RosterQuery rq(m_db->db().sql(), m_db->db().backend());
    for (const QString &surname : {QStringLiteral("林"), QStringLiteral("田中")}) {
        const QSet<qint64> expected = bruteForce(m_rows, surname);
        QVERIFY2(expected.size() >= 5, qPrintable(surname + QStringLiteral(" is too rare in the generated roster to prove anything")));
        QCOMPARE(indexed(rq, surname), expected);
    }
}

void TestSearch::randomSubstringsMatchBruteForce()
{
    QRandomGenerator rng(20261125);
    RosterQuery rq(m_db->db().sql(), m_db->db().backend());
    for (int i = 0; i < 300; ++i) {
        const Row &r = m_rows.at(int(rng.bounded(quint32(m_rows.size()))));
        const QString &word = r.words.at(int(rng.bounded(quint32(r.words.size()))));
        const QList<uint> cps = word.toUcs4();
        const int len = 1 + int(rng.bounded(quint32(std::min<qsizetype>(10, cps.size()))));
        const int start = int(rng.bounded(quint32(cps.size() - len + 1)));
        const QString query = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), len);
        const QSet<qint64> expected = bruteForce(m_rows, query);
        QVERIFY2(expected.contains(r.id), qPrintable(query));
        const QSet<qint64> got = indexed(rq, query);
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("query “%1”: index %2, brute force %3").arg(query).arg(got.size()).arg(expected.size())));
    }
}

void TestSearch::emailFragmentsAcrossTheAtMatchBruteForce()
{
    // Cut around the '@' of real addresses: the mailbox's end from the bigram index, the domain's start
    // from the domain index, and both must belong to the same address.
    QSqlQuery q(m_db->db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT email, secondary_email FROM alumni WHERE email <> '' ORDER BY id")));
    QStringList addresses;
    while (q.next()) {
        addresses.append(q.value(0).toString());
        if (!q.value(1).toString().isEmpty())
            addresses.append(q.value(1).toString());
    }
    QVERIFY(addresses.size() > 1000);
    QRandomGenerator rng(20261126);
    RosterQuery rq(m_db->db().sql(), m_db->db().backend());
    for (int i = 0; i < 200; ++i) {
        const QString query = acrossTheAt(rng, addresses.at(int(rng.bounded(quint32(addresses.size())))));
        const QSet<qint64> expected = bruteForce(m_rows, query);
        QVERIFY2(!expected.isEmpty(), qPrintable(query));
        const QSet<qint64> got = indexed(rq, query);
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("query “%1”: index %2, brute force %3").arg(query).arg(got.size()).arg(expected.size())));
        QCOMPARE(counted(rq, query), qint64(expected.size()));
    }
}

void TestSearch::unusualAddressesMatchBruteForce_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : {"aa@y", "bb@y", "aa@x", "bb@x.j", "@y.jp", "@x", "a@b", "b@example", "@example.jp", "example.jp",
                          "taro.yamada@example.co", "yamada@ex", "ｔａｒｏ＠", "taro@", "o@example", "y@ex", "山田@", "@ex",
                          "abc@", "c@", "@", "@@", "b@c", "x y", "y@exam", "@ab", "e.jp", "mple.j"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestSearch::unusualAddressesMatchBruteForce()
{
    // Addresses that are not plain ASCII, hold two '@' or a space, differ in case, lack a part, or pair a
    // mailbox with the other address's domain: the index splits only what it can split exactly.
    if (!m_unusual) {
        m_unusual = std::make_unique<test::TestDatabase>();
        const QStringList pairs{
            QStringLiteral("aa@x.jp|bb@y.jp"),  QStringLiteral("Taro.YAMADA@Example.CO.JP|"), QStringLiteral("ｔａｒｏ＠example.jp|"),
            QStringLiteral("a@b@example.jp|"),  QStringLiteral("x y@example.jp|"),          QStringLiteral("山田@example.jp|"),
            QStringLiteral("abc@|@ab.jp"),      QStringLiteral("|yy@example.jp"),           QStringLiteral("noat|b@c"),
            QStringLiteral("@@|"),
        };
        for (int i = 0; i < pairs.size(); ++i) {
            const QStringList parts = pairs.at(i).split(QLatin1Char('|'));
            QSqlQuery q(m_unusual->db().sql());
            q.prepare(QStringLiteral("INSERT INTO alumni(employee_id, family_name, family_kana, email, secondary_email, created_at, "
                                     "updated_at) VALUES (?, '林', 'ハヤシ', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
            q.addBindValue(QStringLiteral("U%1").arg(i));
            q.addBindValue(parts.at(0));
            q.addBindValue(parts.at(1));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        m_unusualRows = loadRows(m_unusual->db());
    }
    QFETCH(QString, query);
    RosterQuery rq(m_unusual->db().sql(), m_unusual->db().backend());
    const QSet<qint64> expected = bruteForce(m_unusualRows, query);
    QCOMPARE(indexed(rq, query), expected);
    QCOMPARE(counted(rq, query), qint64(expected.size()));
}

void TestSearch::variantKanjiFindBothSpellings_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("common");
    QTest::newRow("齋藤/斎藤") << QStringLiteral("齋藤") << QStringLiteral("斎藤");
    QTest::newRow("渡邊/渡辺") << QStringLiteral("渡邊") << QStringLiteral("渡辺");
    QTest::newRow("山﨑/山崎") << QStringLiteral("山﨑") << QStringLiteral("山崎");
}

void TestSearch::variantKanjiFindBothSpellings()
{
    // An officer typing 高橋 finds the 髙橋 of the HR record, and the other way round; the generated roster
    // has both spellings of each.
    QFETCH(QString, variant);
    QFETCH(QString, common);
    RosterQuery rq(m_db->db().sql(), m_db->db().backend());
    const QSet<qint64> byVariant = indexed(rq, variant);
    QCOMPARE(byVariant, indexed(rq, common));
    QSqlQuery q(m_db->db().sql());
    for (const QString &spelling : {variant, common}) {
        q.prepare(QStringLiteral("SELECT id FROM alumni WHERE family_name = ?"));
        q.addBindValue(spelling);
        QVERIFY(q.exec());
        int n = 0;
        for (; q.next(); ++n)
            QVERIFY2(byVariant.contains(q.value(0).toLongLong()), qPrintable(spelling));
        QVERIFY2(n > 0, qPrintable(spelling + QStringLiteral(" does not occur in the generated roster")));
    }
}

void TestSearch::romajiSpellingsFindTheSamePerson()
{
    test::TestDatabase t;
    AlumnusRepository repo(t.db(), QStringLiteral("test"));
    auto person = [&](const QString &id, const QString &familyKana, const QString &givenKana) {
        Alumnus a;
        a.employeeId = id;
        a.familyName = QStringLiteral("大野");
        a.givenName = QStringLiteral("浩介");
        a.familyKana = familyKana;
        a.givenKana = givenKana;
        auto added = repo.add(a);
        if (!added)
            qFatal("%s", qPrintable(added.errorText()));
        return added.value();
    };
    const qint64 ohno = person(QStringLiteral("E1"), QStringLiteral("オオノ"), QStringLiteral("コウスケ"));
    const qint64 ono = person(QStringLiteral("E2"), QStringLiteral("オノ"), QStringLiteral("ケイコ"));
    const qint64 sato = person(QStringLiteral("E3"), QStringLiteral("サトウ"), QStringLiteral("ユウキ"));
    person(QStringLiteral("E5"), QStringLiteral("アンドウ"), QStringLiteral("ノリコ")); // "andonoriko" would hold "ono"
    RosterQuery rq(t.db().sql(), t.db().backend());
    using Ids = QSet<qint64>;
    QCOMPARE(indexed(rq, QStringLiteral("Ohno Kosuke")), Ids{ohno});
    QCOMPARE(indexed(rq, QStringLiteral("Ōno Kōsuke")), Ids{ohno});
    QCOMPARE(indexed(rq, QStringLiteral("oono kousuke")), Ids{ohno});
    QCOMPARE(indexed(rq, QStringLiteral("kohsuke")), Ids{ohno});
    QCOMPARE(indexed(rq, QStringLiteral("ono")), (Ids{ohno, ono})); // オオノ and オノ cannot be told apart in "ono"
    QCOMPARE(indexed(rq, QStringLiteral("oono")), Ids{ohno});
    QCOMPARE(indexed(rq, QStringLiteral("Satoh Yuki")), Ids{sato});
    QCOMPARE(indexed(rq, QStringLiteral("satou yuuki")), Ids{sato});
    QCOMPARE(indexed(rq, QStringLiteral("keiko")), Ids{ono});
    // The looser form stays in the romaji column: an e-mail address with "ono" is not found by "ohno".
    Alumnus mail;
    mail.employeeId = QStringLiteral("E4");
    mail.familyName = QStringLiteral("林");
    mail.familyKana = QStringLiteral("ハヤシ");
    mail.email = QStringLiteral("sonoda@example.com");
    QVERIFY(repo.add(mail));
    QCOMPARE(indexed(rq, QStringLiteral("ohno")), (Ids{ohno, ono}));
}

void TestSearch::searchFollowsEdits()
{
    // Triggers keep the index current: a renamed person is found by the new name only.
    test::TestDatabase t;
    demo::DemoOptions options;
    options.rows = 50;
    options.seed = 7;
    QVERIFY(demo::generateDemoRoster(t.db(), options));
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET family_name = '鬼瓦' WHERE id = (SELECT min(id) FROM alumni)")));
    RosterQuery rq(t.db().sql(), t.db().backend());
    QCOMPARE(indexed(rq, QStringLiteral("鬼瓦")).size(), 1);
    QCOMPARE(indexed(rq, QStringLiteral("瓦")).size(), 1);
    // A changed address moves between domains in the domain index too.
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET email = 'oni@kawara.example', secondary_email = 'o2@second.example' "
                                  "WHERE family_name = '鬼瓦'")));
    QCOMPARE(indexed(rq, QStringLiteral("@kawara")).size(), 1);
    QCOMPARE(indexed(rq, QStringLiteral("oni@kaw")).size(), 1);
    QCOMPARE(indexed(rq, QStringLiteral("o2@sec")).size(), 1);
    QCOMPARE(indexed(rq, QStringLiteral("oni@sec")).size(), 0);
    QCOMPARE(counted(rq, QStringLiteral("kawara.ex")), qint64(1));
    QVERIFY(q.exec(QStringLiteral("UPDATE alumni SET email = 'oni@tile.example' WHERE family_name = '鬼瓦'")));
    QCOMPARE(indexed(rq, QStringLiteral("@kawara")).size(), 0);
    QCOMPARE(indexed(rq, QStringLiteral("@tile.ex")).size(), 1);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM alumni WHERE family_name = '鬼瓦'")));
    QCOMPARE(indexed(rq, QStringLiteral("鬼瓦")).size(), 0);
    QCOMPARE(indexed(rq, QStringLiteral("@tile")).size(), 0);
}

void TestSearch::cachedOrderSeesOtherConnectionsCommits()
{
    // The worker's connection keeps the ordered list of everyone between searches; a commit made through
    // the window's connection must make it recompute, or a renamed person would be listed in the old place.
    test::TestDatabase t;
    demo::DemoOptions options;
    options.rows = 40;
    options.seed = 3;
    QVERIFY(demo::generateDemoRoster(t.db(), options));
    auto worker = t.db().openConnection();
    QVERIFY(worker);
    RosterQuery rq(worker.value()->db(), t.db().backend());
    RosterFilter all;
    QCOMPARE(rq.orderedIds(all, RosterSort{})->size(), 40);
    const int before = int(indexed(rq, QStringLiteral("example")).size());
    QVERIFY(before > 0);
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM alumni WHERE id = (SELECT min(id) FROM alumni WHERE email <> '')")));
    QCOMPARE(indexed(rq, QStringLiteral("example")).size(), before - 1);
    QCOMPARE(rq.orderedIds(all, RosterSort{})->size(), 39);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
