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
    QTest::newRow("non-BMP kept whole") << QStringLiteral("𠮷田")
                                        << QStringList{QStringLiteral("𠮷田"), QStringLiteral("田$")};
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
    QTest::newRow("one character is a bare prefix") << QStringLiteral("林") << QStringList{QStringLiteral("林")};
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
    QTest::addColumn<QString>("expression");
    QTest::newRow("one kanji is a prefix query") << QStringLiteral("林") << QStringLiteral("\"林\"*");
    QTest::newRow("two words AND") << QStringLiteral("田中　り") << QStringLiteral("\"田中\" \"リ\"*");
    QTest::newRow("quote escaped") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("non-BMP single character") << QStringLiteral("𠮷") << QStringLiteral("\"𠮷\"*");
}

void TestNgramTokenizer::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QCOMPARE(ftsMatchExpression(query), expression);
}

QTEST_GUILESS_MAIN(TestNgramTokenizer)
#include "tst_ngramtokenizer.moc"
