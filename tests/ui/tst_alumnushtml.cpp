// The detail pane's recent changes read as sentences: field names as the window labels them, values as the
// window shows them (dates with four-digit years, consents as yes/no), long values shortened, HR-only values
// and whole employment histories left out of the line, and where a change came from.
#include "roster/AlumnusHtml.h"

#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

AuditEntry entry(const QString &action, const QString &field, const QString &oldValue, const QString &newValue,
                 const QString &source = QStringLiteral("ui"))
{
    AuditEntry e;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.source = source;
    return e;
}

} // namespace

class TestAlumnusHtml : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void entryText_data();
    void entryText();
    void historyShowsFourDigitYears();
};

void TestAlumnusHtml::entryText_data()
{
    QTest::addColumn<AuditEntry>("entry");
    QTest::addColumn<QString>("text");
    QTest::newRow("field with values") << entry(QStringLiteral("update"), QStringLiteral("family_name"), QStringLiteral("齋藤"), QStringLiteral("斎藤"))
                                       << QStringLiteral("Family name: 齋藤 → 斎藤");
    QTest::newRow("empty old value") << entry(QStringLiteral("update"), QStringLiteral("current_employer"), QString(), QStringLiteral("株式会社ミライテック"))
                                     << QStringLiteral("Current employer: (empty) → 株式会社ミライテック");
    QTest::newRow("consent") << entry(QStringLiteral("update"), QStringLiteral("consent_job_offers"), QStringLiteral("0"), QStringLiteral("1"))
                             << QStringLiteral("Consent: job offers: no → yes");
    QTest::newRow("date") << entry(QStringLiteral("update"), QStringLiteral("last_contact_date"), QStringLiteral("2025-06-01"), QString())
                          << QStringLiteral("Last contact: 6/1/2025 → (empty)");
    QTest::newRow("HR-only value stays out") << entry(QStringLiteral("update"), QStringLiteral("hr_note"), QStringLiteral("a"), QStringLiteral("b"))
                                             << QStringLiteral("HR only: note changed");
    QTest::newRow("employment history") << entry(QStringLiteral("update"), QStringLiteral("stints"), QStringLiteral("[]"), QStringLiteral("[{}]"))
                                        << QStringLiteral("Employment history changed");
    QTest::newRow("long value shortened") << entry(QStringLiteral("update"), QStringLiteral("notes"), QString(), QString(60, QLatin1Char('x')))
                                          << QStringLiteral("Notes: (empty) → ") + QString(39, QLatin1Char('x')) + QStringLiteral("…");
    QTest::newRow("added by an import") << entry(QStringLiteral("insert"), QString(), QString(), QString(), QStringLiteral("import"))
                                        << QStringLiteral("Added to the roster (by an import)");
    QTest::newRow("deleted") << entry(QStringLiteral("delete"), QString(), QStringLiteral("{}"), QString()) << QStringLiteral("Deleted");
}

void TestAlumnusHtml::entryText()
{
    QFETCH(AuditEntry, entry);
    QFETCH(QString, text);
    QCOMPARE(auditEntryText(entry), text);
}

void TestAlumnusHtml::historyShowsFourDigitYears()
{
    Alumnus a;
    a.employeeId = QStringLiteral("E1");
    a.familyName = QStringLiteral("林");
    AuditEntry e = entry(QStringLiteral("insert"), QString(), QString(), QString());
    e.at = QDateTime(QDate(2012, 3, 31), QTime(9, 5));
    const QString html = alumnusToHtml(a, {e});
    QVERIFY2(html.contains(QStringLiteral("2012")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("insert")));
}

QTEST_MAIN(TestAlumnusHtml)
#include "tst_alumnushtml.moc"
