// alumnidesk-bench-ruleeditor: the rule editor's live count at a million alumni, as the officer sees it.
// Opens Tools > Eligibility Rules… offscreen on a roster, waits for everyone's facts, then changes the
// tenure of the first rule again and again and times each change until the new counts and what-if list are
// on screen (the 150 ms pause for typing included), beside the worker's own evaluation time. Asserts nothing.
//
//   alumnidesk-bench-ruleeditor [--db PATH] [--rows N] [--repeat R]
//
// --db is copied to a temporary folder first (opening may upgrade its schema). Without --db a roster of N
// (default 1,000,000) alumni is generated there.
#include "db/Database.h"
#include "demo/DemoRoster.h"
#include "eligibility/ConditionEditor.h"
#include "eligibility/DraftCountJob.h"
#include "eligibility/LeafEditor.h"
#include "eligibility/RuleForm.h"
#include "eligibility/RuleSetEditor.h"
#include "eligibility/WhatIfModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace alumnidesk;
using namespace alumnidesk::ui;

namespace {

QTextStream out(stdout);

/// Runs the event loop until the editor's count job has shown the numbers of the latest draft.
bool waitShown(RuleSetEditor &editor, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (editor.countJob()->isBusy() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return !editor.countJob()->isBusy();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Roster file to copy and measure."), QStringLiteral("path"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate without --db (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Changes to time; the median is shown (default 5)."),
                                       QStringLiteral("r"), QStringLiteral("5"));
    parser.addOptions({dbOpt, rowsOpt, repeatOpt});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOpt)) {
        if (!QFile::copy(parser.value(dbOpt), path)) {
            out << "cannot copy " << parser.value(dbOpt) << '\n';
            return 1;
        }
    } else {
        auto db = Database::open(path);
        demo::DemoOptions options;
        options.rows = parser.value(rowsOpt).toInt();
        options.today = QDate(2025, 4, 1);
        if (auto summary = demo::generateDemoRoster(*db, options); !summary) {
            out << "demo generation failed: " << summary.errorText() << '\n';
            return 1;
        }
    }
    auto db = Database::open(path);
    if (!db) {
        out << "cannot open the roster\n";
        return 1;
    }

    QElapsedTimer open;
    open.start();
    RuleSetEditor editor(db.get());
    editor.show();
    if (!waitShown(editor, 600000)) {
        out << "the first count did not arrive\n";
        return 1;
    }
    const double firstMs = double(open.elapsed());

    qint64 workerMs = 0;
    qint64 changes = 0;
    QObject::connect(editor.countJob(), &DraftCountJob::finished, &editor, [&](const DraftResult &r) {
        workerMs = r.elapsedMs;
        changes = r.changes.size();
    });
    editor.ruleList()->setCurrentRow(0);
    QSpinBox *months = editor.ruleForm()->conditionEditor()->leafEditor()->monthsSpin();
    std::vector<double> screen;
    std::vector<double> worker;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        months->setValue(months->value() == 6 ? 3 : 6);
        if (!waitShown(editor, 60000)) {
            out << "a count did not arrive\n";
            return 1;
        }
        screen.push_back(double(t.elapsed()));
        worker.push_back(double(workerMs));
    }
    out << "AlumniDesk rule editor benchmark: " << editor.countsText() << "\n"
        << "| measure | time | goal |\n|---|---:|---|\n"
        << "| editor opens → first counts (facts loaded, saved verdicts computed) | " << firstMs << " ms | |\n"
        << "| draft changed → counts and what-if on screen (150 ms typing pause included) | " << median(screen)
        << " ms | < 300 ms |\n"
        << "| of which the worker's evaluation of the draft for everyone | " << median(worker) << " ms | |\n"
        << "people whose verdict the last draft changes: " << changes << '\n';
    return 0;
}
