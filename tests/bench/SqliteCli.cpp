#include "SqliteCli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace alumnidesk::bench {

bool sqliteCliAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

double sqliteCliMs(const QString &dbPath, const QString &sql, int repeat)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < repeat; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), dbPath});
    if (!p.waitForStarted())
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000))
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    static const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> times;
    for (auto it = re.globalMatch(out); it.hasNext();)
        times.push_back(it.next().captured(1).toDouble() * 1000.0);
    if (times.empty())
        return -1;
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace alumnidesk::bench
