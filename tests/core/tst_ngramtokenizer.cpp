// The search index's tokenizer and query builder: every character starts one token, queries of every length
// become exact substring tests.
#include "search/NgramTokenizer.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace alumnidesk::search;

class TestNgramTokenizer : public QObject {
    Q_OBJECT
private slots:
    void documentTokens_data();
    void documentTokens();
    void queryTokens_data();
    void queryTokens();
    void matchExpression_data();
    void matchExpression();
    void unigrams();
    void wholeValues();
};

void TestNgramTokenizer::documentTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("two kanji") << QStringLiteral("田中") << QStringList{QStringLiteral("田中"), QStringLiteral("中$")};
    QTest::newRow("one kanji") << QStringLiteral("林") << QStringList{QStringLiteral("林$")};
    QTest::newRow("words do not join") << QStringLiteral("ab cd")
                                       << QStringList{QStringLiteral("ab"), QStringLiteral("b$"), QStringLiteral("cd"),
                                                      QStringLiteral("d$")};
    QTest::newRow("normalised") << QStringLiteral("ﾀﾅｶ") << QStringList{QStringLiteral("タナ"), QStringLiteral("ナカ"), QStringLiteral("カ$")};
    QTest::newRow("non-BMP kept whole") << QStringLiteral("𩸽田")
                                        << QStringList{QStringLiteral("𩸽田"), QStringLiteral("田$")};
    QTest::newRow("variant kanji folded, 𠮷 outside the BMP too") << QStringLiteral("𠮷田髙")
                                        << QStringList{QStringLiteral("吉田"), QStringLiteral("田高"), QStringLiteral("高$")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestNgramTokenizer::documentTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(alumnidesk::search::documentTokens(text), tokens);
}

void TestNgramTokenizer::queryTokens_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("one character stays one character") << QStringLiteral("林") << QStringList{QStringLiteral("林")};
    QTest::newRow("two characters one bigram") << QStringLiteral("田中") << QStringList{QStringLiteral("田中")};
    QTest::newRow("longer: consecutive bigrams")
        << QStringLiteral("tanaka")
        << QStringList{QStringLiteral("ta"), QStringLiteral("an"), QStringLiteral("na"), QStringLiteral("ak"), QStringLiteral("ka")};
    QTest::newRow("hiragana query meets katakana index") << QStringLiteral("たなか")
                                                         << QStringList{QStringLiteral("タナ"), QStringLiteral("ナカ")};
}

void TestNgramTokenizer::queryTokens()
{
    QFETCH(QString, phrase);
    QFETCH(QStringList, tokens);
    QCOMPARE(alumnidesk::search::queryTokens(phrase), tokens);
}

void TestNgramTokenizer::matchExpression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("bigram");
    QTest::addColumn<QString>("unigram");
    QTest::newRow("one kanji goes to the unigram index") << QStringLiteral("林") << QString() << QStringLiteral("\"林\"");
    QTest::newRow("two words AND, split by length") << QStringLiteral("田中　り") << QStringLiteral("\"田中\"") << QStringLiteral("\"リ\"");
    QTest::newRow("quote escaped") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"") << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("non-BMP variant folds to its common form") << QStringLiteral("𠮷") << QString() << QStringLiteral("\"吉\"");
    QTest::newRow("variant kanji folded") << QStringLiteral("髙橋 山﨑") << QStringLiteral("\"高橋\" AND \"山崎\"") << QString();
    QTest::newRow("repeated word once") << QStringLiteral("sato sato") << QStringLiteral("\"sato\"") << QString();
    QTest::newRow("romaji long vowel also folded, in the romaji column only")
        << QStringLiteral("Ohno") << QStringLiteral("(\"ohno\" OR romaji : \"ono\")") << QString();
    QTest::newRow("macron") << QStringLiteral("Kōsuke") << QStringLiteral("(\"kōsuke\" OR romaji : \"kosuke\")") << QString();
    QTest::newRow("words AND") << QStringLiteral("satoh 田中") << QStringLiteral("(\"satoh\" OR romaji : \"sato\") AND \"田中\"")
                               << QString();
    QTest::newRow("spelled-out long vowel matches as typed") << QStringLiteral("satou") << QStringLiteral("\"satou\"") << QString();
    QTest::newRow("e-mail fragment is not romaji") << QStringLiteral("oo@ex") << QStringLiteral("\"oo@ex\"") << QString();
}

void TestNgramTokenizer::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, bigram);
    QFETCH(QString, unigram);
    const MatchExpressions m = matchExpressions(query);
    QCOMPARE(m.bigram, bigram);
    QCOMPARE(m.unigram, unigram);
}

void TestNgramTokenizer::unigrams()
{
    QCOMPARE(unigramTokens(QStringLiteral("林 ﾀﾅ")), (QStringList{QStringLiteral("林"), QStringLiteral("タ"), QStringLiteral("ナ")}));
}

void TestNgramTokenizer::wholeValues()
{
    // The domain index: one token per value, in search normal form; nothing for an empty value.
    QCOMPARE(wholeTokens(QStringLiteral("Example.CO.JP")), QStringList{QStringLiteral("example.co.jp")});
    QCOMPARE(wholeTokens(QString()), QStringList{});
}

QTEST_GUILESS_MAIN(TestNgramTokenizer)
#include "tst_ngramtokenizer.moc"
