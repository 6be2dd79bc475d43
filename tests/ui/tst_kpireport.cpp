// The KPI report and the chart exports on a six-person fixture (figures worked out by hand below): the
// PDF's text as pdftotext reads it (cover with the filters and dates, every KPI's name and definition), in
// English and Japanese, its fonts embedded as pdffonts lists them; the exact bytes of the CSV exports; a
// PNG export; `alumnidesk-cli report` in process and as the real program without a display; the KPI
// window's File menu and printing. Needs poppler-utils (pdftotext, pdffonts, pdfinfo): the test fails saying so
// when one is missing.
//
// The fixture, period 2024, as of 2025-01-15:
//   P1 営業部 2015-04-01 – 2024-03-31 voluntary 転職
//   P2 営業部 2016-04-01 – 2024-06-30 voluntary 育児
//   P3 開発部 2017-04-01 – 2024-09-30 company   業績不振
//   P4 開発部 2010-04-01 – 2020-03-31 voluntary 転職, rehired 2024-04-01 (still employed)
//   P5 営業部 2018-04-01 – 2024-11-30 voluntary 転職
//   P6 営業部 2019-04-01 – 2024-02-29 voluntary +αの挑戦 (a reason Excel would take for a formula)
// Leavers 2024 by month: Feb 1, Mar 1, Jun 1, Sep 1, Nov 1. By reason: 転職 2, then the ties of one in
// SQL's (binary) order: +αの挑戦, 業績不振, 育児. Rehire cohorts 2015–2024: 2020 one leaver, rehired
// (100 %); 2024 five leavers, none rehired (0 %); other years nobody (share empty).
#include "TestDatabase.h"

#include "cli/CliContext.h"
#include "common/AppSetup.h"
#include "kpi/ChartExport.h"
#include "kpi/KpiDashboard.h"
#include "kpi/KpiReportActions.h"
#include "kpi/KpiWindow.h"
#include "report/ChartPainter.h"
#include "report/ReportCommand.h"
#include "report/ReportFonts.h"
#include "report/ReportRenderer.h"
#include "roster/AlumnusRepository.h"
#include "roster/Vocabulary.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alumnidesk;

namespace {

const QDate kAsOf(2025, 1, 15);
const kpi::Period k2024{QDate(2024, 1, 1), QDate(2024, 12, 31)};

Stint stint(const QDate &hire, const QDate &departure, const char *department, const char *type, const char *reason)
{
    Stint s;
    s.hireDate = hire;
    s.departureDate = departure;
    s.department = QString::fromUtf8(department);
    s.employmentType = QStringLiteral("regular");
    s.departureType = QString::fromLatin1(type);
    s.departureReason = QString::fromUtf8(reason);
    return s;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The output of a poppler tool, or an empty string and a failed test saying what is missing.
QString runTool(const char *name, const QStringList &args)
{
    const QString path = tool(name);
    if (path.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("%1 is not installed: install poppler-utils (scripts/lib/deps.sh lists it)")
                                    .arg(QString::fromLatin1(name))),
                     __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(name), QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text without any white space or hyphen: pdftotext breaks lines where the layout wrapped them and joins
// a word wrapped after a hyphen (mid-career, alumnidesk-cli) without it, so compare the rest only.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("[\\s-]+"));
    return text.remove(space);
}

// Whether the squeezed text holds the needle, squeezed the same way.
bool has(const QString &squeezedText, const QString &needle)
{
    return squeezedText.contains(squeezed(needle));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
    r.code = cli::run(QStringList{QStringLiteral("alumnidesk-cli")} + args, out, err, {report::reportCommand()});
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestKpiReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void csvExportHasExactContent_data();
    void csvExportHasExactContent();
    void pngExportDrawsTheChart();
    void cliWritesTheReport();
    void cliErrors_data();
    void cliErrors();
    void cliProgramRunsWithoutDisplay();
    void windowExportsTheReport();
    void reportWaitsForARefreshOrIsCancelled();
    void pdfHoldsCoverDefinitionsAndEmbeddedFonts_data();
    void pdfHoldsCoverDefinitionsAndEmbeddedFonts();
    void cliErrorsInJapanese();

private:
    kpi::KpiContext context(const QString &department = {}, const QString &type = {}) const
    {
        kpi::KpiContext c;
        c.db = m_db.db().sql();
        c.asOf = kAsOf;
        c.filters.period = k2024;
        c.filters.department = department;
        c.filters.departureType = type;
        return c;
    }
    kpi::KpiOutcome outcome(const QString &id) const
    {
        const kpi::KpiDefinition *d = kpi::KpiRegistry::standard().find(id);
        return {d, d->compute(context()), 0};
    }

    mutable test::TestDatabase m_db;
    QTemporaryDir m_dir;
};

void TestKpiReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AlumnusRepository repo(m_db.db(), QStringLiteral("test"));
    const QVector<QVector<Stint>> careers = {
        {stint({2015, 4, 1}, {2024, 3, 31}, "営業部", "voluntary", "転職")},
        {stint({2016, 4, 1}, {2024, 6, 30}, "営業部", "voluntary", "育児")},
        {stint({2017, 4, 1}, {2024, 9, 30}, "開発部", "company", "業績不振")},
        {stint({2010, 4, 1}, {2020, 3, 31}, "開発部", "voluntary", "転職"), stint({2024, 4, 1}, {}, "開発部", "", "")},
        {stint({2018, 4, 1}, {2024, 11, 30}, "営業部", "voluntary", "転職")},
        {stint({2019, 4, 1}, {2024, 2, 29}, "営業部", "voluntary", "+αの挑戦")},
    };
    int n = 0;
    for (const QVector<Stint> &c : careers) {
        Alumnus a = test::makeAlumnus(QStringLiteral("P%1").arg(++n), QStringLiteral("佐藤 花子"), QStringLiteral("サトウ ハナコ"));
        a.stints = c;
        a.membershipStatus = QStringLiteral("registered");
        QVERIFY(repo.add(a));
    }
}

void TestKpiReport::csvExportHasExactContent_data()
{
    QTest::addColumn<QString>("kpiId");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray bom("\xEF\xBB\xBF");

    QByteArray series = bom + "Period,From,To,Value\r\n";
    const int leavers[12] = {0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0};
    for (int m = 1; m <= 12; ++m) {
        const QDate first(2024, m, 1);
        series += first.toString(QStringLiteral("yyyy-MM")).toLatin1() + ',' + first.toString(Qt::ISODate).toLatin1() + ','
            + QDate(2024, m, first.daysInMonth()).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(leavers[m - 1]) + "\r\n";
    }
    QTest::newRow("single: the series") << QStringLiteral("leavers") << series;
    QTest::newRow("breakdown: the categories, a formula guarded")
        << QStringLiteral("leavers_by_reason")
        << bom + QStringLiteral("Category,Value\r\n転職,2\r\n'+αの挑戦,1\r\n業績不振,1\r\n育児,1\r\n").toUtf8();
    QByteArray grid = bom + "Cohort,Leavers,Rehired,Share (%)\r\n";
    for (int year = 2015; year <= 2024; ++year) {
        const QByteArray y = QByteArray::number(year);
        const char *cells = year == 2020 ? ",1,1,100\r\n" : year == 2024 ? ",5,0,0\r\n" : ",0,0,\r\n";
        grid += y + cells;
    }
    QTest::newRow("cohort: the grid") << QStringLiteral("rehire_rate_by_cohort") << grid;
}

void TestKpiReport::csvExportHasExactContent()
{
    QFETCH(QString, kpiId);
    QFETCH(QByteArray, expected);
    const QString path = m_dir.filePath(kpiId + QStringLiteral(".csv"));
    const kpi::KpiOutcome o = outcome(kpiId);
    QVERIFY2(o.result, qPrintable(o.result.errorText()));
    const Status st = ui::ChartExport::saveCsv(o, path);
    QVERIFY2(st, qPrintable(st.errorText()));
    QCOMPARE(QString::fromUtf8(readFile(path)), QString::fromUtf8(expected));
    QCOMPARE(readFile(path), expected);
}

void TestKpiReport::pngExportDrawsTheChart()
{
    const QString path = m_dir.filePath(QStringLiteral("reasons.png"));
    const kpi::KpiOutcome o = outcome(QStringLiteral("leavers_by_reason"));
    QVERIFY(ui::ChartExport::savePng(o, path));
    QVERIFY(readFile(path).startsWith("\x89PNG"));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), qRound(170 / 25.4 * 200)); // 170 mm at 200 dpi
    // The longest bar (転職, 2 people) is drawn in the accent colour somewhere in the picture.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            coloured += image.pixelColor(x, y) == QColor(0x2b, 0x6c, 0xb0);
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
    QVERIFY(!ui::ChartExport::savePng(o, QStringLiteral("/nonexistent-dir/x.png")));
}

void TestKpiReport::cliWritesTheReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const Run r = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("report"), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024/12/31"),
                          QStringLiteral("--department"), QStringLiteral("営業部"), QStringLiteral("--type"), QStringLiteral("自己都合"),
                          QStringLiteral("--as-of"), QStringLiteral("2025-01-15")});
    QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("KPI")), qPrintable(r.out));
    const QString text = squeezed(runTool("pdftotext", {pdf, QStringLiteral("-")}));
    QVERIFY(has(text, QStringLiteral("2024-01-01 – 2024-12-31")));
    QVERIFY(has(text, QStringLiteral("営業部")));
    QVERIFY(has(text, vocabulary::departureTypeLabel(QStringLiteral("voluntary"))));
    QVERIFY(has(text, QStringLiteral("2025-01-15")));
}

void TestKpiReport::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    QTest::newRow("no --pdf") << QStringList{QStringLiteral("report")} << int(cli::ExitUsage) << QStringLiteral("--pdf");
    QTest::newRow("bad date") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), out, QStringLiteral("--from"), QStringLiteral("2024-13-45")}
                              << int(cli::ExitUsage) << QStringLiteral("--from");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), out, QStringLiteral("--type"), QStringLiteral("夜逃げ")}
                                  << int(cli::ExitUsage) << QStringLiteral("夜逃げ");
    QTest::newRow("unknown rule set")
        << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), out, QStringLiteral("--ruleset"), QStringLiteral("nosuchset")}
        << int(cli::ExitUsage) << QStringLiteral("nosuchset");
    QTest::newRow("unwritable path")
        << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("/nonexistent-dir/report.pdf")} << int(cli::ExitFailure)
        << QStringLiteral("/nonexistent-dir/report.pdf");
}

void TestKpiReport::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = runCli(QStringList{QStringLiteral("--db"), m_db.path()} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestKpiReport::cliProgramRunsWithoutDisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("program.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("ALUMNIDESK_LANG"), QStringLiteral("ja"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALUMNIDESK_CLI), {QStringLiteral("--db"), m_db.path(), QStringLiteral("report"), QStringLiteral("--pdf"), pdf,
                                             QStringLiteral("--as-of"), QStringLiteral("2025-01-15")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString text = squeezed(runTool("pdftotext", {pdf, QStringLiteral("-")}));
    QVERIFY2(has(text, QStringLiteral("KPIレポート")), qPrintable(text.left(400)));
    QVERIFY(has(text, QStringLiteral("2025-01-15")));
}

void TestKpiReport::windowExportsTheReport()
{
    ui::KpiWindow window;
    window.dashboard()->setAsOf(kAsOf);
    QSignalSpy refreshed(window.dashboard(), &ui::KpiDashboard::refreshed);
    window.setDatabase(&m_db.db());
    QVERIFY(refreshed.wait(20000));
    const QList<QAction *> menus = window.findChild<QMenuBar *>()->actions();
    QVERIFY(!menus.isEmpty());
    const QList<QAction *> file = menus.first()->menu()->actions();
    QVERIFY(file.contains(window.reportActions()->exportPdfAction()));
    QVERIFY(file.contains(window.reportActions()->printAction()));

    const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
    const Status st = window.reportActions()->savePdf(pdf);
    QVERIFY2(st, qPrintable(st.errorText()));
    const QString text = squeezed(runTool("pdftotext", {pdf, QStringLiteral("-")}));
    QVERIFY(has(text, QStringLiteral("2025-01-15")));
    QVERIFY(has(text, kpi::KpiRegistry::standard().definitions().last().definition()));
    QVERIFY(has(text, QFileInfo(m_db.path()).fileName()));

    // Printing draws the same pages through a QPrinter (here one that prints to a PDF file).
    QPrinter printer(QPrinter::HighResolution);
    ui::KpiReportActions::preparePrinter(printer);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    const Result<int> pages = window.reportActions()->printTo(printer);
    QVERIFY2(pages, qPrintable(pages.errorText()));
    const QString printedText = squeezed(runTool("pdftotext", {printed, QStringLiteral("-")}));
    QVERIFY(has(printedText, kpi::KpiRegistry::standard().definitions().first().definition()));
    const QString info = runTool("pdfinfo", {printed});
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages.value()))), qPrintable(info));
}

void TestKpiReport::reportWaitsForARefreshOrIsCancelled()
{
    ui::KpiWindow window;
    window.dashboard()->setAsOf(kAsOf);
    QSignalSpy refreshed(window.dashboard(), &ui::KpiDashboard::refreshed);
    window.setDatabase(&m_db.db());
    QVERIFY(refreshed.wait(20000));
    kpi::KpiFilters filters = window.dashboard()->filters();

    // While the figures are being recomputed the report waits for them behind a progress dialog.
    filters.department = QStringLiteral("営業部");
    window.dashboard()->setFilters(filters);
    QVERIFY(window.dashboard()->isStale());
    QString reportedDepartment;
    window.reportActions()->whenFresh([&] { reportedDepartment = window.reportActions()->currentReport().filters.department; });
    QVERIFY(reportedDepartment.isEmpty());
    QVERIFY(window.findChild<QProgressDialog *>());
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(reportedDepartment, QStringLiteral("営業部"));

    // Cancelled, it never runs, even when the figures arrive.
    filters.department = QStringLiteral("開発部");
    window.dashboard()->setFilters(filters);
    bool ran = false;
    window.reportActions()->whenFresh([&] { ran = true; });
    QProgressDialog *waiting = nullptr;
    for (QProgressDialog *d : window.findChildren<QProgressDialog *>()) {
        if (d->isVisible())
            waiting = d; // the first one may still await its deferred deletion
    }
    QVERIFY(waiting);
    QPushButton *cancel = waiting->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!ran);
}

void TestKpiReport::pdfHoldsCoverDefinitionsAndEmbeddedFonts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    // English first: installing the Japanese catalogue cannot be undone within the process.
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("KPI report");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("KPIレポート");
}

void TestKpiReport::pdfHoldsCoverDefinitionsAndEmbeddedFonts()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    if (language == QLatin1String("ja"))
        QVERIFY(installTranslations(language));
    QCOMPARE(report::ReportRenderer::title(), title);

    const kpi::KpiContext ctx = context(QStringLiteral("営業部"), QStringLiteral("voluntary"));
    report::KpiReport r = report::KpiReport::from(ctx, kpi::computeAll(kpi::KpiRegistry::standard(), ctx));
    r.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30));
    r.source = QStringLiteral("人事ロスター.sqlite");
    const QString pdf = m_dir.filePath(language + QStringLiteral(".pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Result<int> pages = report::writePdf(r, &file);
        QVERIFY2(pages, qPrintable(pages.errorText()));
        QVERIFY(pages.value() >= 3);
    }
    const QString raw = runTool("pdftotext", {pdf, QStringLiteral("-")});
    const QString text = squeezed(raw);
    QVERIFY(!text.isEmpty());
    // The cover: the title, the filters, the date of the data and when the report was made.
    QVERIFY2(has(text, title), qPrintable(raw.left(600)));
    QVERIFY(has(text, QStringLiteral("2024-01-01 – 2024-12-31")));
    QVERIFY(has(text, QStringLiteral("2023-01-01 – 2023-12-31")));
    QVERIFY(has(text, QStringLiteral("営業部")));
    QVERIFY(has(text, vocabulary::departureTypeLabel(QStringLiteral("voluntary"))));
    QVERIFY(has(text, QStringLiteral("2025-01-15")));
    QVERIFY(has(text, QStringLiteral("2026-11-26 09:30")));
    QVERIFY(has(text, QStringLiteral("人事ロスター.sqlite")));
    // Every KPI's name and its whole written definition, in the report's language.
    for (const kpi::KpiDefinition &d : kpi::KpiRegistry::standard().definitions()) {
        QVERIFY2(has(text, d.name()), qPrintable(d.id + QStringLiteral(": ") + d.name()));
        QVERIFY2(has(text, d.definition()), qPrintable(d.id + QStringLiteral(": ") + d.definition()));
    }
    if (language == QLatin1String("ja")) {
        // The checks above were of Japanese text, not of English left untranslated.
        for (const kpi::KpiDefinition &d : kpi::KpiRegistry::standard().definitions())
            QVERIFY2(d.definition() != QString::fromUtf8(d.definitionSource), qPrintable(d.id));
    }

    // Fonts: every one embedded, among them the Japanese family the report is set in.
    const QStringList lines = runTool("pdffonts", {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
    const QString family = squeezed(report::reportFontFamily());
    bool japanese = false;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 7, qPrintable(line));
        // name type… encoding emb sub uni object generation: emb is the fifth column from the end.
        QVERIFY2(cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
        japanese = japanese || cols.first().contains(family, Qt::CaseInsensitive);
    }
    QVERIFY2(japanese, qPrintable(family + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
}

void TestKpiReport::cliErrorsInJapanese()
{
    // Runs after the Japanese catalogue was installed above.
    const Run r = runCli({QStringLiteral("--db"), m_db.path(), QStringLiteral("report"), QStringLiteral("--pdf"),
                          QStringLiteral("/nonexistent-dir/report.pdf")});
    QCOMPARE(r.code, int(cli::ExitFailure));
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    QVERIFY2(r.err.contains(japanese), qPrintable(r.err));
}

QTEST_MAIN(TestKpiReport)
#include "tst_kpireport.moc"
