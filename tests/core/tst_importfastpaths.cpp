// The import reads most cells through shortcuts that skip the general code (regular expressions, NFKC):
// plain ASCII dates, plain e-mail addresses, departure wording looked up in a folded table. Each must give
// exactly what the general code gives; these tests compare both over many generated strings.
#include "hris/RecordInterpreter.h"
#include "roster/Validation.h"
#include "roster/Vocabulary.h"
#include "text/DateText.h"
#include "text/JapaneseText.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <QTranslator>

using namespace alumnidesk;

namespace {

// Random text over a small alphabet, so that the interesting shapes come up often.
QString randomText(QRandomGenerator &rng, const QString &alphabet, int minLength, int maxLength)
{
    const int n = minLength + int(rng.bounded(maxLength - minLength + 1));
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
    return s;
}

// The vocabulary lookup as it was before the folded table: every wording of every entry, in order.
QString linearDepartureType(const QString &text)
{
    auto fold = [](const QString &s) { return s.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded(); };
    const QString t = fold(text);
    if (t.isEmpty())
        return {};
    struct E {
        const char *key;
        const char *label;
        const char *japanese;
        const char *synonyms;
    };
    static const E entries[] = {
        {"voluntary", "Voluntary", "自己都合", "自己都合退職|依願退職|resignation|voluntary resignation"},
        {"company", "Company-initiated", "会社都合", "会社都合退職|解雇|整理解雇|希望退職|layoff|dismissal|involuntary"},
        {"retirement", "Retirement", "定年", "定年退職|retired|mandatory retirement"},
        {"contract_end", "Contract ended", "契約満了", "契約期間満了|雇止め|期間満了|contract end|end of contract"},
        {"transfer", "Group transfer", "転籍", "転籍出向|グループ会社転籍|transfer|group transfer"},
        {"disciplinary", "Disciplinary", "懲戒", "懲戒解雇|諭旨解雇|諭旨退職|misconduct|termination for cause"},
        {"other", "Other", "その他", "死亡|other"},
    };
    for (const E &e : entries) {
        const QString key = QString::fromLatin1(e.key);
        if (t == key || t == fold(QString::fromLatin1(e.label)) || t == fold(QString::fromUtf8(e.japanese))
            || t == fold(QCoreApplication::translate("Vocabulary", e.label)))
            return key;
        for (const QString &syn : QString::fromUtf8(e.synonyms).split(QLatin1Char('|'))) {
            if (t == fold(syn))
                return key;
        }
    }
    return {};
}

// Whitespace collapsing as it was before cells without anything to collapse were shared.
QString collapseReference(const QString &s)
{
    auto isWhitespace = [](char32_t c) {
        return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0 || c == 0x2002
            || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
    };
    QString out;
    bool pendingSpace = false;
    for (const QChar ch : s) {
        if (isWhitespace(ch.unicode())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(ch);
    }
    return out;
}

// Width variants folded as before the shortcut for runs without half-width katakana: every run through NFKC.
QString foldWidthReference(const QString &s)
{
    auto variant = [](char16_t c) {
        return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
            || (c >= 0xFF61 && c <= 0xFF9F) || c == 0x3000;
    };
    QString out;
    QString run;
    for (const QChar ch : s) {
        if (variant(ch.unicode())) {
            run.append(ch);
            continue;
        }
        out.append(run.normalized(QString::NormalizationForm_KC));
        run.clear();
        out.append(ch);
    }
    return out + run.normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestImportFastPaths : public QObject {
    Q_OBJECT
private slots:
    void datesAsTheGeneralParser();
    void emailsAsTheExpression();
    void departureWordingAsTheLinearLookup();
    void wordingsTakenOnceAsAskedEachTime();
    void whitespaceAndKanaAsBefore();
    void readingsAsTheGeneralCode();
    void widthVariantsAsNfkcRuns();
    void listsAsTheExpression();
};

void TestImportFastPaths::datesAsTheGeneralParser()
{
    // A trailing space keeps a text off the shortcut (the general parser trims it): the date and whether
    // there is an error must agree, and the error must be the same but for the space in the quoted value.
    QRandomGenerator rng(20261126);
    QStringList samples{QStringLiteral("2024/04/01"), QStringLiteral("2024-4-1"), QStringLiteral("2024.12.31"),
                        QStringLiteral("2023/02/29"), QStringLiteral("2024/02/29"), QStringLiteral("2024/13/01"),
                        QStringLiteral("2024/00/10"), QStringLiteral("2024/1/32"), QStringLiteral("2024/4"),
                        QStringLiteral("20240401"), QStringLiteral("2024/04/001"), QStringLiteral("0000/01/01"),
                        QStringLiteral("2024/4-1"), QStringLiteral("2024-04.01"), QStringLiteral("2024//1")};
    for (int i = 0; i < 20000; ++i)
        samples.append(randomText(rng, QStringLiteral("0123456789/-./-0123"), 6, 11));
    for (int i = 0; i < 20000; ++i) {
        const int y = 1900 + int(rng.bounded(200));
        const int m = int(rng.bounded(15));
        const int d = int(rng.bounded(34));
        const QChar seps[] = {QLatin1Char('/'), QLatin1Char('-'), QLatin1Char('.')};
        samples.append(QStringLiteral("%1%2%3%4%5")
                           .arg(y)
                           .arg(seps[rng.bounded(3)])
                           .arg(m, rng.bounded(2) ? 2 : 1, 10, QLatin1Char('0'))
                           .arg(seps[rng.bounded(3)])
                           .arg(d, rng.bounded(2) ? 2 : 1, 10, QLatin1Char('0')));
    }
    for (const QString &s : std::as_const(samples)) {
        const text::ParsedDate fast = text::parseDate(s);
        const text::ParsedDate general = text::parseDate(s + QLatin1Char(' '));
        QVERIFY2(fast.date == general.date, qPrintable(s));
        QCOMPARE(fast.error, QString(general.error).replace(s + QLatin1Char(' '), s));
    }
}

void TestImportFastPaths::emailsAsTheExpression()
{
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    QRandomGenerator rng(42);
    QStringList samples{QStringLiteral("a@b.c"), QStringLiteral("@b.c"), QStringLiteral("a@.c"), QStringLiteral("a@b."),
                        QStringLiteral("a@b..c"), QStringLiteral("a@@b.c"), QStringLiteral("a@b"), QStringLiteral("a.b@c.d.e"),
                        QStringLiteral("a b@c.d"), QStringLiteral("ａ@b.c"), QStringLiteral("a@b.c\n"), QString()};
    for (int i = 0; i < 50000; ++i)
        samples.append(randomText(rng, QStringLiteral("ab.@-_.x@.\t 1"), 0, 9));
    samples << QStringLiteral("a") + QChar(0) + QStringLiteral("@b.c") << QStringLiteral("a@b.c") + QChar(0x7F)
            << QStringLiteral("ａ") + QChar(0x1B) + QStringLiteral("@b.c");
    // The expression, and no control character (which \s does not cover; its $ also let a final line break by).
    auto expected = [](const QString &s) {
        return std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; })
            && re.match(s).hasMatch();
    };
    for (const QString &s : std::as_const(samples))
        QVERIFY2(isPlausibleEmail(s) == expected(s), qPrintable(s));
}

void TestImportFastPaths::departureWordingAsTheLinearLookup()
{
    QStringList samples{QStringLiteral("自己都合"), QStringLiteral("Voluntary"), QStringLiteral(" ＶＯＬＵＮＴＡＲＹ "),
                        QStringLiteral("company"), QStringLiteral("希望退職"), QStringLiteral("Layoff"), QStringLiteral("定年退職"),
                        QStringLiteral("死亡"), QStringLiteral("other"), QStringLiteral("Other"), QStringLiteral("転籍"),
                        QStringLiteral("ｸﾞﾙｰﾌﾟ会社転籍"), QStringLiteral("Uターン転職"), QStringLiteral(""), QStringLiteral("  "),
                        QStringLiteral("Contract ended"), QStringLiteral("end of contract"), QStringLiteral("懲戒")};
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i)
        samples.append(randomText(rng, QStringLiteral("自己都合退職定年ohterOTHERvluay "), 0, 6));
    for (const QString &s : std::as_const(samples))
        QCOMPARE(vocabulary::departureTypeFromText(s), linearDepartureType(s));
}

// The look-up with the translated labels taken once gives what asking the translator for every cell gave,
// with no translator, with the English catalogue and with the Japanese one.
void TestImportFastPaths::wordingsTakenOnceAsAskedEachTime()
{
    QStringList samples{QStringLiteral("自己都合"), QStringLiteral("Voluntary"), QStringLiteral("other"), QStringLiteral("その他"),
                        QStringLiteral("正社員"), QStringLiteral("Part-time"), QStringLiteral("休眠"), QStringLiteral("Dormant"),
                        QStringLiteral("退会済"), QStringLiteral(""), QStringLiteral(" ")};
    QRandomGenerator rng(8);
    for (int i = 0; i < 3000; ++i)
        samples.append(randomText(rng, QStringLiteral("自己都合退職定年正社員契約派遣休眠退会登録他そのohterOTHER "), 0, 5));
    for (const char *catalogue : {"", ":/i18n/alumnidesk_en.qm", ":/i18n/alumnidesk_ja.qm"}) {
        QTranslator translator;
        if (*catalogue) {
            QVERIFY(translator.load(QString::fromLatin1(catalogue)));
            QCoreApplication::installTranslator(&translator);
        }
        QStringList all = samples;
        for (const auto &terms : {vocabulary::departureTypes(), vocabulary::employmentTypes(), vocabulary::membershipStatuses()}) {
            for (const vocabulary::Term &t : terms)
                all << t.label << t.key << t.label.toUpper() + QLatin1Char(' ');
        }
        const vocabulary::TextLookup lookup;
        for (const QString &s : std::as_const(all)) {
            QCOMPARE(lookup.departureType(s), vocabulary::departureTypeFromText(s));
            QCOMPARE(lookup.employmentType(s), vocabulary::employmentTypeFromText(s));
            QCOMPARE(lookup.membershipStatus(s), vocabulary::membershipStatusFromText(s));
            QCOMPARE(hris::RecordInterpreter::departureTypeAndReason(s + QStringLiteral("（転職）"), lookup),
                     hris::RecordInterpreter::departureTypeAndReason(s + QStringLiteral("（転職）")));
        }
        if (*catalogue)
            QCoreApplication::removeTranslator(&translator);
    }
}

void TestImportFastPaths::whitespaceAndKanaAsBefore()
{
    QRandomGenerator rng(3);
    const QString alphabet = QStringLiteral("a ア\t\u3000 b\u00A0やま\nダ ");
    for (int i = 0; i < 50000; ++i) {
        const QString s = randomText(rng, alphabet, 0, 7);
        QCOMPARE(text::normalizeText(s), collapseReference(s));
        QString katakana = s;
        for (QChar &ch : katakana) {
            const char16_t c = ch.unicode();
            if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
                ch = QChar(char16_t(c + 0x60));
        }
        QCOMPARE(text::hiraganaToKatakana(s), katakana);
    }
}

// A reading already in the roster's form is given back as it is; the general code (NFKC, hiragana to
// katakana, whitespace collapsed) must give the same. Every character a reading may hold is its own NFKC form,
// alone and beside any other.
void TestImportFastPaths::readingsAsTheGeneralCode()
{
    QString reading;
    for (char16_t c = 0x3000; c < 0x3100; ++c) {
        if (text::isKatakanaReading(QString(QChar(c))))
            reading.append(QChar(c));
    }
    QVERIFY(reading.size() > 90);
    for (const QChar a : std::as_const(reading)) {
        QCOMPARE(QString(a).normalized(QString::NormalizationForm_KC), QString(a));
        for (const QChar b : std::as_const(reading)) {
            const QString pair = QString(a) + b;
            QCOMPARE(pair.normalized(QString::NormalizationForm_KC), pair);
        }
    }
    auto general = [](const QString &s) {
        return collapseReference(text::hiraganaToKatakana(s.normalized(QString::NormalizationForm_KC)));
    };
    QRandomGenerator rng(11);
    const QString alphabet = QStringLiteral("アカガヴヷヸヹヺヽヾ・ーッァヵヶ  やまだ\u3099\u309Aｶﾞﾟ\u3000\taＡ") + reading.mid(0, 10);
    for (int i = 0; i < 50000; ++i) {
        const QString s = randomText(rng, i % 2 ? reading + QStringLiteral(" ") : alphabet, 0, 8);
        QCOMPARE(text::normalizeKana(s), general(s));
    }
}

void TestImportFastPaths::widthVariantsAsNfkcRuns()
{
    QRandomGenerator rng(12);
    const QString alphabet = QStringLiteral("０９ＡＺａｚ\u3000ｶﾞﾊﾟｰｱ a山田 ９\u3000");
    for (int i = 0; i < 50000; ++i) {
        const QString s = randomText(rng, alphabet, 0, 8);
        QCOMPARE(text::normalizeName(s), collapseReference(foldWidthReference(s)));
        QCOMPARE(text::normalizeText(s), collapseReference(foldWidthReference(s)));
    }
    for (char16_t c = 0xFF00; c < 0xFFF0; ++c) {
        const QString s = QStringLiteral("x") + QChar(c) + QChar(c) + QStringLiteral("\u3000y");
        QCOMPARE(text::normalizeText(s), collapseReference(foldWidthReference(s)));
    }
}

void TestImportFastPaths::listsAsTheExpression()
{
    static const QRegularExpression separators(QStringLiteral("[,、，;；\\n]"));
    auto general = [](const QString &cell) {
        QStringList out;
        for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
        return out;
    };
    QStringList samples{QString(), QStringLiteral(""), QStringLiteral(","), QStringLiteral("Java, C++"),
                        QStringLiteral(" 英語 、 中国語 ；"), QStringLiteral("a\nb\r\n"), QStringLiteral("\u3000営業\u3000")};
    QRandomGenerator rng(13);
    for (int i = 0; i < 50000; ++i)
        samples.append(randomText(rng, QStringLiteral("ab ,、，;；\n\t\r\u3000英x"), 0, 10));
    for (const QString &s : std::as_const(samples))
        QCOMPARE(hris::RecordInterpreter::splitList(s), general(s));
}

QTEST_GUILESS_MAIN(TestImportFastPaths)
#include "tst_importfastpaths.moc"
