// Values handed to the database the two native ways — SqliteStatement::bindValue and RowValues — are stored
// as SQLite would store them from QSqlQuery: text byte for byte what QString::toUtf8 gives (kana, kanji,
// characters outside the BMP, a lone surrogate, a long value followed by a short one in the same reused
// buffer), integers as integers, reals as reals (RowValues keeps a real as its text), NULL as NULL.
#include "TestDatabase.h"

#include "db/BoundValue.h"
#include "db/RowValues.h"
#include "db/SqlUtil.h"
#include "db/Statement.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace alumnidesk;

class TestBoundValue : public QObject {
    Q_OBJECT
private slots:
    void utf8AsToUtf8_data();
    void utf8AsToUtf8();
    void storedAsSqliteWould();
    void timestampTextAsQt();
    void isoDateAsQt();
    void reusedRowAsFresh();
};

void TestBoundValue::utf8AsToUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("yamada@example.jp");
    QTest::newRow("kana and kanji") << QStringLiteral("ヤマダ 髙橋 山﨑 ①㈱");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家 🍣");
    QTest::newRow("lone high surrogate") << (QStringLiteral("A") + QChar(0xD842) + QStringLiteral("B"));
    QTest::newRow("lone low surrogate at the end") << (QStringLiteral("A") + QChar(0xDFB7));
    QTest::newRow("long") << QString(5000, QChar(0x3042));
}

void TestBoundValue::utf8AsToUtf8()
{
    QFETCH(QString, text);
    QByteArray buffer(20000, 'x'); // a reused buffer, longer than what is written
    const qsizetype n = writeUtf8(text, buffer);
    QCOMPARE(QByteArray(buffer.constData(), n), text.toUtf8());
    QByteArray prefixed("abc");
    const qsizetype m = writeUtf8(text, prefixed, 3);
    QCOMPARE(prefixed.left(3), QByteArray("abc"));
    QCOMPARE(QByteArray(prefixed.constData() + 3, m), text.toUtf8());
}

void TestBoundValue::storedAsSqliteWould()
{
    test::TestDatabase t;
    QSqlDatabase db = t.db().sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE v (way TEXT, n INTEGER, x)")));
    auto native = t.db().backend().prepare(db, QStringLiteral("INSERT INTO temp.v VALUES (?, ?, ?)"));
    QVERIFY(native);
    Statement &insert = *native.value();
    const QVector<QVariant> values{QVariant(QString(3000, QChar(0x30A2))), QVariant(QStringLiteral("𠮷 short")),
                                   QVariant(qint64(-42)), QVariant(2.5), QVariant(QByteArray("\x00\x01", 2)),
                                   QVariant(QMetaType::fromType<QString>()), QVariant(QDate(2024, 4, 1))};
    for (int i = 0; i < values.size(); ++i) {
        insert.bindValue(0, QStringLiteral("bind"));
        insert.bindValue(1, i);
        insert.bindValue(2, values.at(i)); // the same parameter's buffer: long text first, then shorter ones
        QVERIFY(insert.exec());
        RowValues row;
        row.add(QStringLiteral("row"));
        row.add(i);
        row.add(values.at(i));
        row.bindTo(insert);
        QVERIFY(insert.exec());
    }
    QVERIFY(q.exec(QStringLiteral("SELECT way, n, typeof(x), x FROM temp.v ORDER BY n, way DESC")));
    for (int i = 0; i < values.size(); ++i) {
        for (const char *way : {"row", "bind"}) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QLatin1String(way));
            const QVariant &v = values.at(i);
            const QString type = q.value(2).toString();
            switch (boundKind(v)) {
            case BoundKind::Null:
                QCOMPARE(type, QStringLiteral("null"));
                break;
            case BoundKind::Integer:
                QCOMPARE(type, QStringLiteral("integer"));
                QCOMPARE(q.value(3).toLongLong(), v.toLongLong());
                break;
            case BoundKind::Real:
                QCOMPARE(type, QLatin1String(qstrcmp(way, "row") == 0 ? "text" : "real"));
                QCOMPARE(q.value(3).toDouble(), v.toDouble());
                break;
            case BoundKind::Blob:
                QCOMPARE(type, QStringLiteral("blob"));
                QCOMPARE(q.value(3).toByteArray(), v.toByteArray());
                break;
            case BoundKind::Text:
                QCOMPARE(type, QStringLiteral("text"));
                QCOMPARE(q.value(3).toString(), v.toString());
                break;
            }
        }
    }
    QVERIFY(!q.next());
}

// The creation time written digit by digit is exactly Qt's ISO text of the time in UTC, whatever zone or
// precision the time was given in.
void TestBoundValue::timestampTextAsQt()
{
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    const QList<QTimeZone> zones = {QTimeZone::utc(), QTimeZone(9 * 3600), QTimeZone(-5 * 3600 - 1800),
                                    QTimeZone::systemTimeZone()};
    for (int i = 0; i < 20000; ++i) {
        const QDate date(int(next() % 9999) + 1, int(next() % 12) + 1, int(next() % 28) + 1);
        const QTime time(int(next() % 24), int(next() % 60), int(next() % 60), int(next() % 1000));
        const QDateTime t(date, time, zones.at(i % zones.size()));
        for (const QDateTime &form : {t, t.toUTC()})
            QCOMPARE(sql::timestampText(form), form.toUTC().toString(Qt::ISODate));
    }
    QCOMPARE(sql::timestampText(QDateTime(QDate(2024, 4, 1), QTime(0, 0), QTimeZone::utc())),
             QStringLiteral("2024-04-01T00:00:00Z"));
    QCOMPARE(sql::timestampText(QDateTime()), QDateTime().toUTC().toString(Qt::ISODate));
}


// The date written digit by digit — sql::writeIsoDate, sql::dateValue and RowValues' dates — is exactly Qt's
// ISO text over many dates, Qt's own text for years it leaves to Qt, and NULL or empty text for an invalid date.
void TestBoundValue::isoDateAsQt()
{
    quint32 seed = 4242;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    QVector<QDate> dates{QDate(), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-1, 1, 1),
                         QDate(-4713, 1, 1), QDate(2024, 2, 29), QDate(1900, 1, 1), QDate(123456, 7, 8)};
    for (int i = 0; i < 50000; ++i)
        dates.append(QDate::fromJulianDay(qint64(next() % 4000000)));
    char text[10];
    for (const QDate &d : std::as_const(dates)) {
        const QString qt = d.toString(Qt::ISODate);
        if (sql::writeIsoDate(d, text))
            QCOMPARE(QString::fromLatin1(text, 10), qt);
        else
            QVERIFY2(!d.isValid() || d.year() < 0 || d.year() > 9999, qPrintable(qt));
        const QVariant v = sql::dateValue(d);
        QCOMPARE(v.isNull(), !d.isValid());
        if (d.isValid())
            QCOMPARE(v.toString(), qt);
        RowValues dated;
        dated.addDate(d);
        dated.addDateText(d);
        RowValues general;
        general.add(v);
        general.addText(qt);
        QVERIFY2(dated == general, qPrintable(qt));
    }
}

// A row cleared and filled again (the buffers kept, longer values before shorter ones) holds what a fresh row
// of the same values holds, and binds the same.
void TestBoundValue::reusedRowAsFresh()
{
    const QVector<QVariant> values{QVariant(QString(3000, QChar(0x30A2))), QVariant(QStringLiteral("𠮷 short")),
                                   QVariant(qint64(-42)), QVariant(QByteArray("\x00\x01", 2)),
                                   QVariant(QMetaType::fromType<QString>()), QVariant(QStringLiteral("ヤマダ")),
                                   QVariant(QByteArray(5000, 'b')), QVariant(QString())};
    RowValues reused;
    for (int round = 0; round < 3; ++round) {
        for (int start = 0; start < values.size(); ++start) {
            reused.clear();
            RowValues fresh;
            for (int i = start; i < values.size(); ++i) {
                reused.add(values.at(i));
                fresh.add(values.at(i));
                reused.addDate(QDate(2000 + i, 1 + i, 1 + i));
                fresh.addDate(QDate(2000 + i, 1 + i, 1 + i));
            }
            QCOMPARE(reused.size(), fresh.size());
            QVERIFY(reused == fresh);
        }
    }
    test::TestDatabase t;
    QSqlDatabase db = t.db().sql();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE w (a, b, c, d)")));
    auto native = t.db().backend().prepare(db, QStringLiteral("INSERT INTO temp.w VALUES (?, ?, ?, ?)"));
    QVERIFY(native);
    reused.clear();
    reused.addText(QString(4000, QChar(0x3042)));
    reused.addDate(QDate(2024, 4, 1));
    reused.addBlob(QByteArray(3000, 'x'));
    reused.addDateText(QDate());
    reused.clear();
    reused.addText(QStringLiteral("髙橋"));
    reused.addDate(QDate(1999, 12, 31));
    reused.addBlob(QByteArray("ab"));
    reused.addDateText(QDate());
    reused.bindTo(*native.value());
    QVERIFY(native.value()->exec());
    QVERIFY(q.exec(QStringLiteral("SELECT a, b, c, d, typeof(d) FROM temp.w")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("髙橋"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("1999-12-31"));
    QCOMPARE(q.value(2).toByteArray(), QByteArray("ab"));
    QCOMPARE(q.value(3).toString(), QString());
    QCOMPARE(q.value(4).toString(), QStringLiteral("text"));
}

QTEST_GUILESS_MAIN(TestBoundValue)
#include "tst_boundvalue.moc"
