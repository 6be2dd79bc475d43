// The edit dialog round-trips every field, and refuses what core validation refuses, naming the problem.
#include "TestDatabase.h"

#include "editor/AlumnusDialog.h"
#include "editor/StintTableModel.h"
#include "roster/Validation.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

class TestAlumnusDialog : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryField();
    void refusesInvalidRecordAndNamesTheProblem();
    void unreadableStintDateIsReportedNotDropped_data();
    void unreadableStintDateIsReportedNotDropped();
    void stintNumbersInMessagesMatchTheRows();
};

void TestAlumnusDialog::roundTripsEveryField()
{
    Alumnus a = test::makeAlumnus(QStringLiteral("100318"), QStringLiteral("齋藤 健太"), QStringLiteral("サイトウ ケンタ"));
    a.id = 7;
    a.birthDate = QDate(1990, 1, 20);
    a.email = QStringLiteral("kenta.saito@example.co.jp");
    a.phone = QStringLiteral("090-0000-1111");
    a.prefecture = QStringLiteral("神奈川県");
    Stint second = a.stints.constFirst();
    second.hireDate = QDate(2021, 10, 1);
    second.departureDate = QDate(2024, 3, 31);
    second.position = QStringLiteral("主任");
    a.stints.append(second);
    a.currentEmployer = QStringLiteral("株式会社ミライテック");
    a.skills = {QStringLiteral("法人営業"), QStringLiteral("Python")};
    a.tags = {QStringLiteral("ブーメラン候補")};
    a.membershipStatus = QStringLiteral("active");
    a.consentJobOffers = true;
    a.hrDoNotRehire = true;
    a.hrNote = QStringLiteral("詳細は人事部長まで");
    a.notes = QStringLiteral("OB会の幹事");
    AlumnusDialog d(a, [](const Alumnus &) { return QVector<ValidationIssue>(); });
    const Alumnus out = d.alumnus();
    QCOMPARE(out.id, a.id);
    QCOMPARE(out.employeeId, a.employeeId);
    QCOMPARE(out.displayName(), a.displayName());
    QCOMPARE(out.displayKana(), a.displayKana());
    QCOMPARE(out.birthDate, a.birthDate);
    QCOMPARE(out.email, a.email);
    QCOMPARE(out.phone, a.phone);
    QCOMPARE(out.prefecture, a.prefecture);
    QCOMPARE(out.stints.size(), 2);
    QVERIFY(out.stints.at(1).sameContent(second));
    QCOMPARE(out.currentEmployer, a.currentEmployer);
    QCOMPARE(out.skills, a.skills);
    QCOMPARE(out.tags, a.tags);
    QCOMPARE(out.membershipStatus, a.membershipStatus);
    QCOMPARE(out.consentJobOffers, true);
    QCOMPARE(out.consentNewsletter, false);
    QCOMPARE(out.hrDoNotRehire, true);
    QCOMPARE(out.hrNote, a.hrNote);
    QCOMPARE(out.notes, a.notes);
}

void TestAlumnusDialog::refusesInvalidRecordAndNamesTheProblem()
{
    Alumnus a = test::makeAlumnus(QStringLiteral("1"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"));
    AlumnusDialog d(a, [](const Alumnus &x) { return validate(normalized(x)); });
    d.show();
    d.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("hanako@@example"));
    d.accept();
    QVERIFY(d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(d.lastIssues().size(), 1);
    QCOMPARE(d.lastIssues().constFirst().field, QStringLiteral("email"));
    auto *problems = d.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("hanako@@example")));
    QCOMPARE(d.focusWidget(), d.findChild<QLineEdit *>(QStringLiteral("email")));
}

void TestAlumnusDialog::unreadableStintDateIsReportedNotDropped_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::newRow("hire") << int(StintTableModel::HireDate) << QStringLiteral("stints[1].hire_date");
    QTest::newRow("departure") << int(StintTableModel::DepartureDate) << QStringLiteral("stints[1].departure_date");
}

void TestAlumnusDialog::unreadableStintDateIsReportedNotDropped()
{
    QFETCH(int, column);
    QFETCH(QString, field);
    Alumnus a = test::makeAlumnus(QStringLiteral("1"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"));
    AlumnusDialog d(a, [](const Alumnus &x) { return validate(normalized(x)); });
    d.show();
    auto *stints = d.findChild<QTableView *>(QStringLiteral("stints"))->model();
    QVERIFY(stints->setData(stints->index(0, column), QStringLiteral("2023/2/29")));
    QCOMPARE(stints->index(0, column).data().toString(), QStringLiteral("2023/2/29"));
    d.accept();
    QVERIFY(d.isVisible());
    QCOMPARE(d.lastIssues().size(), 1);
    QCOMPARE(d.lastIssues().constFirst().field, field);
    QVERIFY2(d.lastIssues().constFirst().message.contains(QStringLiteral("2023/2/29")), qPrintable(d.lastIssues().constFirst().message));
    // Corrected, it goes through.
    QVERIFY(stints->setData(stints->index(0, column), column == StintTableModel::HireDate ? QStringLiteral("2012/4/1") : QStringLiteral("2020/3/31")));
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestAlumnusDialog::stintNumbersInMessagesMatchTheRows()
{
    // The second row on screen was hired earlier than the first: after confirming, the rows are in hire
    // order, so "Employment 2" in a message is the second row the user sees.
    Alumnus a = test::makeAlumnus(QStringLiteral("1"), QStringLiteral("林 花子"), QStringLiteral("ハヤシ ハナコ"));
    Stint earlier = a.stints.constFirst();
    earlier.hireDate = QDate(2005, 4, 1);
    earlier.departureDate = QDate(2008, 3, 31);
    earlier.departureType = QStringLiteral("fired"); // unknown type: an issue on the earlier employment
    a.stints.append(earlier);
    AlumnusDialog d(a, [](const Alumnus &x) { return validate(normalized(x)); });
    d.show();
    d.accept();
    QCOMPARE(d.lastIssues().size(), 1);
    QCOMPARE(d.lastIssues().constFirst().field, QStringLiteral("stints[1].departure_type"));
    auto *stints = d.findChild<QTableView *>(QStringLiteral("stints"))->model();
    QCOMPARE(stints->index(0, StintTableModel::HireDate).data(StintTableModel::ValueRole).toDate(), QDate(2005, 4, 1));
}

QTEST_MAIN(TestAlumnusDialog)
#include "tst_alumnusdialog.moc"
