// Eligibility as stored and shown: the default rule sets, versions (edits add versions, history is kept,
// a verdict records its version), staleness, overrides and their expiry, the roster's verdict filter, the
// editor's live count and what-if list, golden explanations in English and Japanese, and the CLI.
#include "EligibilityTestSupport.h"
#include "TestDatabase.h"

#include "cli/CliContext.h"
#include "db/AuditLog.h"
#include "eligibility/EligibilityService.h"
#include "eligibility/ExplanationText.h"
#include "eligibility/RosterFacts.h"
#include "eligibility/RuleJson.h"
#include "roster/RosterQuery.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace alumnidesk;
using namespace alumnidesk::eligibility;

namespace {

const QDate kAsOf(2025, 4, 1);

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

struct Roster {
    qint64 longVoluntary = 0; // eligible everywhere
    qint64 shortTenure = 0;   // 0y10m: not eligible
    qint64 company = 0;       // needs review
    qint64 disciplinary = 0;  // not eligible
    qint64 doNotRehire = 0;   // network yes, rehire no
};

Roster fill(Database &db)
{
    Roster r;
    Alumnus a = test::person(QStringLiteral("E001"), QDate(2015, 4, 1), QDate(2024, 3, 31), QStringLiteral("voluntary"));
    r.longVoluntary = test::store(db, a);
    a = test::person(QStringLiteral("E002"), QDate(2023, 6, 1), QDate(2024, 3, 31), QStringLiteral("voluntary"));
    a.familyName = QStringLiteral("佐藤");
    a.givenName = QStringLiteral("花子");
    r.shortTenure = test::store(db, a);
    a = test::person(QStringLiteral("E003"), QDate(2010, 4, 1), QDate(2023, 9, 30), QStringLiteral("company"));
    a.familyName = QStringLiteral("鈴木");
    a.givenName = QStringLiteral("一郎");
    r.company = test::store(db, a);
    a = test::person(QStringLiteral("E004"), QDate(2012, 4, 1), QDate(2022, 12, 15), QStringLiteral("disciplinary"));
    a.familyName = QStringLiteral("高橋");
    a.givenName = QStringLiteral("次郎");
    a.hrMisconduct = true;
    r.disciplinary = test::store(db, a);
    a = test::person(QStringLiteral("E005"), QDate(2016, 10, 1), QDate(2024, 6, 30), QStringLiteral("voluntary"));
    a.familyName = QStringLiteral("田中");
    a.givenName = QStringLiteral("美咲");
    a.hrDoNotRehire = true;
    r.doNotRehire = test::store(db, a);
    return r;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{QStringLiteral("alumnidesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString goldenDir()
{
    return qEnvironmentVariable("ALUMNIDESK_TEST_DATA") + QStringLiteral("/eligibility/golden");
}

} // namespace

class TestEligibilityStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsAreSeededInBothLanguages();
    void editsAddVersionsAndVerdictsRecordTheirs();
    void staleAfterRosterChangeOrNewDay();
    void overridesTakePrecedenceExpireAndStayInHistory();
    void addedRuleSetIsDeletedKeepingItsHistory();
    void rosterFiltersByVerdict();
    void draftPreviewCountsAndWhatIf();
    void goldenExplanations_data();
    void goldenExplanations();
    void cliCountsExplainsExportsAndImports();
    void cliRejectsAnInvalidRulesFileAndChangesNothing();

private:
    QTranslator m_english;
};

void TestEligibilityStore::initTestCase()
{
    // As the applications do: English is the source language, its catalogue carries the plural forms.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/alumnidesk_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEligibilityStore::defaultsAreSeededInBothLanguages()
{
    test::TestDatabase db;
    RuleSetStore store(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto all = store.current();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).definition.key, QStringLiteral("network"));
    QCOMPARE(all->at(1).definition.key, QStringLiteral("rehire"));
    QCOMPARE(all->at(1).version, 1);
    QCOMPARE(all->at(1).definition.name.ja, QStringLiteral("再雇用"));
    QCOMPARE(all->at(1).definition.name.en, QStringLiteral("Rehire"));
    auto missing = store.current(QStringLiteral("mentor_pool"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("network, rehire")));
}

void TestEligibilityStore::editsAddVersionsAndVerdictsRecordTheirs()
{
    test::TestDatabase db;
    const Roster r = fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto v1 = service.ruleSets().current(QStringLiteral("network"));
    QVERIFY(v1.ok());
    auto counts = service.counts(QStringLiteral("network"), kAsOf);
    QVERIFY2(counts.ok(), qPrintable(counts.errorText()));
    QCOMPARE(counts->eligible, 2);
    QCOMPARE(counts->needsReview, 1);
    QCOMPARE(counts->notEligible, 2);

    RuleSet edited = v1->definition;
    edited.rules[0].condition.leaf.number = 6; // six months are enough now
    auto v2 = service.ruleSets().save(edited, QStringLiteral("six months"));
    QVERIFY2(v2.ok(), qPrintable(v2.errorText()));
    QCOMPARE(v2->version, 2);
    auto same = service.ruleSets().save(edited, QStringLiteral("again"));
    QVERIFY(same.ok());
    QCOMPARE(same->version, 2); // nothing changed, no version
    auto history = service.ruleSets().history(v2->ruleSetId);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).note, QStringLiteral("six months"));
    QCOMPARE(history->at(1).definition.rules.at(0).condition.leaf.number, 12);

    bool refreshed = false;
    counts = service.counts(QStringLiteral("network"), kAsOf, &refreshed);
    QVERIFY(refreshed);
    QCOMPARE(counts->eligible, 3);
    auto stored = service.verdicts().stored(r.shortTenure, v2->ruleSetId);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->version, 2);
    QCOMPARE(stored.value()->verdict, Verdict::Eligible);
    QCOMPARE(stored.value()->evaluatedOn, kAsOf);

    auto audit = AuditLog::history(db.db().sql(), QStringLiteral("rule_set"), QStringLiteral("network"));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QVERIFY(audit->at(0).newValue.contains(QLatin1String("\"months\":6")));

    RuleSet invalid = edited;
    invalid.rules[0].condition = Condition::all({});
    auto rejected = service.ruleSets().save(invalid, QString());
    QVERIFY(!rejected.ok());
    QVERIFY(rejected.error().detail.contains(QLatin1String("rules[0].when.all")));
    QCOMPARE(service.ruleSets().current(QStringLiteral("network"))->version, 2);
}

void TestEligibilityStore::staleAfterRosterChangeOrNewDay()
{
    test::TestDatabase db;
    fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto set = service.ruleSets().current(QStringLiteral("rehire"));
    QVERIFY(service.verdicts().isStale(set.value(), kAsOf).value());
    QVERIFY(service.verdicts().refresh(set.value(), kAsOf).ok());
    QVERIFY(!service.verdicts().isStale(set.value(), kAsOf).value());
    QVERIFY(service.verdicts().isStale(set.value(), kAsOf.addDays(1)).value());
    test::store(db.db(), test::person(QStringLiteral("E100"), QDate(2001, 4, 1), QDate(2020, 3, 31), QStringLiteral("retirement")));
    QVERIFY(service.verdicts().isStale(set.value(), kAsOf).value());
    bool refreshed = false;
    auto counts = service.counts(QStringLiteral("rehire"), kAsOf, &refreshed);
    QVERIFY(refreshed);
    QCOMPARE(counts->total(), 6);
    counts = service.counts(QStringLiteral("rehire"), kAsOf, &refreshed);
    QVERIFY(!refreshed);
}

void TestEligibilityStore::overridesTakePrecedenceExpireAndStayInHistory()
{
    test::TestDatabase db;
    const Roster r = fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto set = service.ruleSets().current(QStringLiteral("network"));
    QVERIFY(!service.overrides().set(r.company, set->ruleSetId, Verdict::Eligible, QStringLiteral("  ")).ok());
    auto o = service.overrides().set(r.company, set->ruleSetId, Verdict::Eligible,
                                     QStringLiteral("部長面談で確認済み"), kAsOf.addDays(30));
    QVERIFY2(o.ok(), qPrintable(o.errorText()));

    auto e = service.explain(r.company, QStringLiteral("network"), kAsOf);
    QVERIFY(e.ok());
    QCOMPARE(e->computed.verdict, Verdict::NeedsReview);
    QVERIFY(e->override.has_value());
    QCOMPARE(e->effective(), Verdict::Eligible);
    auto counts = service.counts(QStringLiteral("network"), kAsOf);
    QCOMPARE(counts->eligible, 3);
    QCOMPARE(counts->needsReview, 0);
    QCOMPARE(counts->overridden, 1);

    // The day after it expires, the computed verdict is back.
    e = service.explain(r.company, QStringLiteral("network"), kAsOf.addDays(31));
    QVERIFY(!e->override.has_value());
    QCOMPARE(e->effective(), Verdict::NeedsReview);

    // A rule change keeps the override.
    RuleSet edited = set->definition;
    edited.rules.removeLast();
    QVERIFY(service.ruleSets().save(edited, QStringLiteral("drop withdrawal rule")).ok());
    e = service.explain(r.company, QStringLiteral("network"), kAsOf);
    QVERIFY(e->override.has_value());
    QCOMPARE(e->ruleSet.version, 2);

    // Replacing and revoking keep every row.
    auto o2 = service.overrides().set(r.company, set->ruleSetId, Verdict::NotEligible, QStringLiteral("再調査"));
    QVERIFY(o2.ok());
    QVERIFY(service.overrides().revoke(o2->id, QStringLiteral("誤り")).ok());
    QVERIFY(!service.overrides().revoke(o2->id, QStringLiteral("again")).ok());
    auto history = service.overrides().history(r.company);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->at(0).revokedAt.isValid());
    QCOMPARE(history->at(0).revokeReason, QStringLiteral("誤り"));
    QCOMPARE(history->at(1).revokeReason, QStringLiteral("replaced by a new override"));
    QVERIFY(!service.overrides().active(r.company, set->ruleSetId, kAsOf)->has_value());
    auto audit = AuditLog::history(db.db().sql(), QStringLiteral("eligibility_override"), QStringLiteral("E003"));
    QCOMPARE(audit->size(), 3);
}

void TestEligibilityStore::addedRuleSetIsDeletedKeepingItsHistory()
{
    test::TestDatabase db;
    const Roster r = fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    RuleSetStore &store = service.ruleSets();

    // The built-in rule sets cannot be deleted.
    auto network = store.current(QStringLiteral("network"));
    QVERIFY(network);
    const Status refused = store.remove(network->ruleSetId, QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorText().contains(QStringLiteral("network")), qPrintable(refused.errorText()));
    QVERIFY(store.current(QStringLiteral("network")));

    // A rule set HR added, with two versions, stored verdicts and an override in force.
    RuleSet mentors = network->definition;
    mentors.key = QStringLiteral("mentor_pool");
    mentors.name = {QStringLiteral("メンター候補"), QStringLiteral("Mentor pool")};
    auto v1 = store.save(mentors, QStringLiteral("first"));
    QVERIFY2(v1, qPrintable(v1.errorText()));
    mentors.rules.removeLast();
    QVERIFY(store.save(mentors, QStringLiteral("second")));
    QVERIFY(service.counts(QStringLiteral("mentor_pool"), kAsOf));
    auto o = service.overrides().set(r.company, v1->ruleSetId, Verdict::Eligible, QStringLiteral("推薦あり"));
    QVERIFY(o);
    auto impact = store.deletionImpact(v1->ruleSetId);
    QVERIFY(impact);
    QCOMPARE(impact->versions, 2);
    QCOMPARE(impact->activeOverrides, 1);
    QVERIFY(impact->storedVerdicts > 0);

    QVERIFY(store.remove(v1->ruleSetId, QString()));
    // No longer listed, counted or found by key; its versions stay as history.
    auto sets = store.current();
    QVERIFY(sets);
    QCOMPARE(sets->size(), 2);
    QVERIFY(!store.current(QStringLiteral("mentor_pool")));
    QVERIFY(!service.counts(QStringLiteral("mentor_pool"), kAsOf));
    auto history = store.history(v1->ruleSetId);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(scalar(db.db().sql(), QStringLiteral("SELECT count(*) FROM eligibility_verdicts WHERE rule_set_id = %1").arg(v1->ruleSetId)).toInt(), 0);
    QCOMPARE(scalar(db.db().sql(), QStringLiteral("SELECT count(*) FROM eligibility_runs WHERE rule_set_id = %1").arg(v1->ruleSetId)).toInt(), 0);
    // The override ended with a reason and is still in the person's history.
    QVERIFY(!service.overrides().active(r.company, v1->ruleSetId, kAsOf)->has_value());
    auto overrides = service.overrides().history(r.company);
    QVERIFY(overrides);
    QCOMPARE(overrides->size(), 1);
    QVERIFY(overrides->at(0).revokedAt.isValid());
    QVERIFY2(overrides->at(0).revokeReason.contains(QStringLiteral("mentor_pool")), qPrintable(overrides->at(0).revokeReason));
    // The audit trail has the deletion and the revocation.
    auto audit = AuditLog::history(db.db().sql(), QStringLiteral("rule_set"), QStringLiteral("mentor_pool"));
    QVERIFY(audit);
    QCOMPARE(audit->at(0).action, QStringLiteral("delete"));
    auto revoked = AuditLog::history(db.db().sql(), QStringLiteral("eligibility_override"), QStringLiteral("E003"));
    QVERIFY(revoked);
    QCOMPARE(revoked->at(0).action, QStringLiteral("revoke_override"));
    // Deleting twice is refused; the key stays taken; saving it again (a rules file) brings it back as version 3.
    QVERIFY(!store.remove(v1->ruleSetId, QString()).ok());
    QVERIFY(store.keyTaken(QStringLiteral("mentor_pool")).value());
    auto back = store.save(mentors, QStringLiteral("restored from a rules file"));
    QVERIFY2(back, qPrintable(back.errorText()));
    QCOMPARE(back->version, 3);
    QCOMPARE(store.current()->size(), 3);
}

void TestEligibilityStore::rosterFiltersByVerdict()
{
    test::TestDatabase db;
    const Roster r = fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto set = service.ruleSets().current(QStringLiteral("network"));
    QVERIFY(service.counts(QStringLiteral("network"), kAsOf).ok());
    QVERIFY(service.overrides().set(r.disciplinary, set->ruleSetId, Verdict::NeedsReview, QStringLiteral("異議申立て中")).ok());

    RosterQuery query(db.db().sql(), db.db().backend());
    RosterFilter f;
    f.verdictRuleSet = set->ruleSetId;
    f.verdicts = {int(Verdict::NeedsReview)};
    f.verdictDate = kAsOf;
    auto ids = query.orderedIds(f, RosterSort());
    QVERIFY(ids.ok());
    QVector<qint64> sorted = ids.value();
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, (QVector<qint64>{r.company, r.disciplinary}));
    QCOMPARE(query.count(f).value(), 2);
    auto first = query.firstRows(f, RosterSort(), 10);
    QCOMPARE(first->size(), 2);
    f.verdicts = {int(Verdict::NotEligible)};
    QCOMPARE(query.orderedIds(f, RosterSort()).value(), QVector<qint64>{r.shortTenure});
    QCOMPARE(query.count(f).value(), 1);
    f.verdicts = {int(Verdict::Eligible)};
    f.departureTypes = {QStringLiteral("voluntary")};
    QCOMPARE(query.orderedIds(f, RosterSort()).value().size(), 2);
    // Eligible people have no stored row: the filter is everyone minus the stored others, both in the
    // bitmap path and row by row; an override to Eligible joins them.
    f.departureTypes.clear();
    const qint64 eligible = query.orderedIds(f, RosterSort()).value().size();
    QCOMPARE(query.count(f).value(), eligible);
    QVERIFY(!query.orderedIds(f, RosterSort()).value().contains(r.shortTenure));
    QVERIFY(service.overrides().set(r.shortTenure, set->ruleSetId, Verdict::Eligible, QStringLiteral("特例")).ok());
    QCOMPARE(query.orderedIds(f, RosterSort()).value().size(), eligible + 1);
    QVERIFY(query.orderedIds(f, RosterSort()).value().contains(r.shortTenure));
    QCOMPARE(query.count(f).value(), eligible + 1);
    QCOMPARE(service.verdicts().counts(set->ruleSetId, kAsOf)->eligible, eligible + 1);
}

void TestEligibilityStore::draftPreviewCountsAndWhatIf()
{
    test::TestDatabase db;
    const Roster r = fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto saved = service.ruleSets().current(QStringLiteral("rehire"));
    auto facts = RosterFacts::load(db.db().sql(), db.db().backend());
    QVERIFY(facts.ok());
    DraftPreview preview(facts.value(), kAsOf);
    const VerdictCounts before = preview.counts(saved->definition);
    QCOMPARE(before.eligible, 1);
    RuleSet draft = saved->definition;
    draft.rules.removeLast(); // forget do-not-rehire
    draft.rules[0].condition.leaf.number = 9;
    const VerdictCounts after = preview.counts(draft);
    QCOMPARE(after.eligible, 3);
    const QVector<VerdictChange> changes = preview.compare(saved->definition, draft);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).alumnusId, r.shortTenure);
    QCOMPARE(changes.at(0).before, Verdict::NotEligible);
    QCOMPARE(changes.at(0).after, Verdict::Eligible);
    QCOMPARE(changes.at(1).alumnusId, r.doNotRehire);
    QVERIFY(service.counts(QStringLiteral("rehire"), kAsOf).value().eligible == before.eligible);
}

void TestEligibilityStore::goldenExplanations_data()
{
    QTest::addColumn<QString>("employeeId");
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QString>("language");
    for (const char *lang : {"en", "ja"}) {
        for (const char *id : {"E001", "E002", "E003", "E004"})
            QTest::addRow("%s network %s", id, lang) << QString::fromLatin1(id) << QStringLiteral("network") << QString::fromLatin1(lang);
        QTest::addRow("E005 rehire %s", lang) << QStringLiteral("E005") << QStringLiteral("rehire") << QString::fromLatin1(lang);
    }
}

void TestEligibilityStore::goldenExplanations()
{
    QFETCH(QString, employeeId);
    QFETCH(QString, ruleSet);
    QFETCH(QString, language);
    QTranslator translator;
    const QLocale saved;
    if (language == QLatin1String("ja")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/alumnidesk_ja.qm")));
        QCoreApplication::removeTranslator(&m_english);
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    test::TestDatabase db;
    fill(db.db());
    EligibilityService service(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    auto e = service.explainEmployee(employeeId, ruleSet, kAsOf);
    const QString actual = e ? explanationText(e.value()) : QString(); // in the language under test
    if (language == QLatin1String("ja")) {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::installTranslator(&m_english);
    }
    QLocale::setDefault(saved);
    QVERIFY2(e.ok(), qPrintable(e.errorText()));
    const QString path = goldenDir() + QStringLiteral("/%1_%2.%3.txt").arg(employeeId, ruleSet, language);
    QFile file(path);
    if (!file.exists() && qEnvironmentVariableIsSet("ALUMNIDESK_UPDATE_GOLDEN")) {
        QDir().mkpath(goldenDir());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        file.close();
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(file.readAll()));
}

void TestEligibilityStore::cliCountsExplainsExportsAndImports()
{
    test::TestDatabase db;
    fill(db.db());
    const QString path = db.path();
    Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("eligibility"), QStringLiteral("--as-of"), QStringLiteral("2025-04-01"),
                    QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray sets = o.value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).toObject().value(QStringLiteral("eligible")).toInt(), 2);
    QCOMPARE(sets.at(0).toObject().value(QStringLiteral("re_evaluated")).toBool(), true);
    QCOMPARE(sets.at(1).toObject().value(QStringLiteral("not_eligible")).toInt(), 3);

    r = runCli({QStringLiteral("--db"), path, QStringLiteral("eligibility"), QStringLiteral("--explain"), QStringLiteral("E002"),
                QStringLiteral("--ruleset"), QStringLiteral("rehire"), QStringLiteral("--as-of"), QStringLiteral("2025-04-01"), QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("not_eligible"));
    const QJsonObject tenure = o.value(QStringLiteral("rules")).toArray().at(0).toObject();
    QCOMPARE(tenure.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(tenure.value(QStringLiteral("facts")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Tenure 0 years 10 months < 1 year"));

    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("eligibility"), QStringLiteral("--explain"), QStringLiteral("X9")}).code,
             int(cli::ExitRejected));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("eligibility"), QStringLiteral("--ruleset"), QStringLiteral("nope")}).code,
             int(cli::ExitRejected));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("eligibility"), QStringLiteral("--as-of"), QStringLiteral("soon")}).code,
             int(cli::ExitUsage));
    QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("rules"), QStringLiteral("print")}).code, int(cli::ExitUsage));

    const QString file = db.dir() + QStringLiteral("/rules.json");
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("rules"), QStringLiteral("export"), file});
    QCOMPARE(r.code, int(cli::ExitOk));
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("rules"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rule_sets")).toArray().at(0).toObject()
                 .value(QStringLiteral("changed")).toBool(),
             false);

    // An edited file adds a version and a new rule set.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray list = doc.value(QStringLiteral("rule_sets")).toArray();
    QJsonObject mentor = list.at(0).toObject();
    mentor.insert(QStringLiteral("key"), QStringLiteral("mentor_pool"));
    list.append(mentor);
    doc.insert(QStringLiteral("rule_sets"), list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    r = runCli({QStringLiteral("--db"), path, QStringLiteral("rules"), QStringLiteral("import"), file});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY2(r.out.contains(QLatin1String("mentor_pool: new rule set (version 1).")), qPrintable(r.out));
    db.reopen();
    RuleSetStore store(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    QCOMPARE(store.current()->size(), 3);
}

void TestEligibilityStore::cliRejectsAnInvalidRulesFileAndChangesNothing()
{
    test::TestDatabase db;
    const QString file = db.dir() + QStringLiteral("/bad.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "alumnidesk-rules", "format_version": 1, "rule_sets": [
        {"key": "network", "name": {"en": "N"}, "rules": [
          {"id": "tenure", "name": {"en": "T"}, "on_fail": "blocks", "when": {"field": "tenure_last", "op": "in", "values": ["1"]}}]},
        {"key": "new_set", "name": {"en": "X"}, "rules": []}]})");
    f.close();
    const Run r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("rules"), QStringLiteral("import"), file});
    QCOMPARE(r.code, int(cli::ExitRejected));
    QVERIFY2(r.err.contains(QStringLiteral("rule_sets[0].rules[0].when.op: “in” cannot be used with the field “tenure_last”")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Nothing was changed.")));
    db.reopen();
    RuleSetStore store(db.db().sql(), db.db().backend(), QStringLiteral("test"));
    QCOMPARE(store.current()->size(), 2);
    QCOMPARE(store.current(QStringLiteral("network"))->version, 1);
    QCOMPARE(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("rules"), QStringLiteral("import"), db.dir() + QStringLiteral("/none.json")}).code,
             int(cli::ExitFailure));
}

QTEST_GUILESS_MAIN(TestEligibilityStore)
#include "tst_eligibilitystore.moc"
