// The filter bar and the list it drives must agree: when refreshed choices drop the value a combo shows,
// the bar falls back to "All" and says so, instead of leaving the list filtered by an invisible value.
#include "roster/FilterBar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

QComboBox *comboWith(FilterBar &bar, const QString &item)
{
    for (QComboBox *c : bar.findChildren<QComboBox *>()) {
        if (c->findText(item) >= 0)
            return c;
    }
    return nullptr;
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT
private slots:
    void vanishedChoiceResetsTheFilter_data();
    void vanishedChoiceResetsTheFilter();
    void unchangedChoicesEmitNothing();
};

void TestFilterBar::vanishedChoiceResetsTheFilter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("department") << QStringLiteral("department");
    QTest::newRow("tag") << QStringLiteral("tag");
}

void TestFilterBar::vanishedChoiceResetsTheFilter()
{
    QFETCH(QString, kind);
    FilterBar bar;
    const QString gone = kind == QLatin1String("department") ? QStringLiteral("営業部") : QStringLiteral("出戻り候補");
    const QString kept = kind == QLatin1String("department") ? QStringLiteral("人事部") : QStringLiteral("VIP");
    const bool dept = kind == QLatin1String("department");
    bar.setChoices(dept ? QStringList{gone, kept} : QStringList{}, dept ? QStringList{} : QStringList{gone, kept}, 2010, 2020);
    QComboBox *combo = comboWith(bar, gone);
    QVERIFY(combo);
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    combo->setCurrentIndex(combo->findText(gone));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dept ? bar.filter().departments : bar.filter().tags, QStringList{gone});

    bar.setChoices(dept ? QStringList{kept} : QStringList{}, dept ? QStringList{} : QStringList{kept}, 2010, 2020);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(spy.count(), 2);
    const RosterFilter now = spy.constLast().constFirst().value<RosterFilter>();
    QVERIFY(now.departments.isEmpty());
    QVERIFY(now.tags.isEmpty());
    QVERIFY(now == bar.filter());
}

void TestFilterBar::unchangedChoicesEmitNothing()
{
    FilterBar bar;
    bar.setChoices({QStringLiteral("営業部")}, {}, 2010, 2020);
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    // New years at both ends: an unset year range stays unset.
    bar.setChoices({QStringLiteral("営業部"), QStringLiteral("人事部")}, {}, 2005, 2024);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(bar.filter().departureYearFrom, 0);
    QCOMPARE(bar.filter().departureYearTo, 0);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
