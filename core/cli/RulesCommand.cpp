#include "cli/CliArgs.h"
#include "cli/CliCommands.h"

#include "db/Database.h"
#include "eligibility/RuleJson.h"
#include "eligibility/RuleSetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace alumnidesk::cli {

using namespace alumnidesk::eligibility;

namespace {

int exportRules(Context &ctx, const QString &path, bool json)
{
    Database *db = ctx.database();
    if (!db)
        return int(ExitFailure);
    RuleSetStore store(db->sql(), db->backend(), QStringLiteral("cli"));
    auto all = store.current();
    if (!all) {
        *ctx.err << all.errorText() << '\n';
        return int(ExitFailure);
    }
    QVector<RuleSet> sets;
    for (const RuleSetVersion &v : all.value())
        sets.append(v.definition);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rulesFileToJson(sets)) < 0 || !file.commit()) {
        *ctx.err << QCoreApplication::translate("Cli", "The rules could not be written to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString())
                 << '\n';
        return int(ExitFailure);
    }
    if (json) {
        *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                              {QStringLiteral("rule_sets"), int(sets.size())}})
                        .toJson(QJsonDocument::Indented);
    } else {
        const int count = int(sets.size());
        *ctx.out << QCoreApplication::translate("Cli", "Wrote %n rule set(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)) << '\n';
    }
    return int(ExitOk);
}

int importRules(Context &ctx, const QString &path, const QString &note, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ctx.err << QCoreApplication::translate("Cli", "The rules file %1 could not be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString())
                 << '\n';
        return int(ExitFailure);
    }
    auto sets = rulesFileFromJson(file.readAll());
    if (!sets) {
        *ctx.err << QDir::toNativeSeparators(path) << ": " << sets.error().message << '\n' << sets.error().detail << '\n'
                 << QCoreApplication::translate("Cli", "Nothing was changed.") << '\n';
        return int(ExitRejected);
    }
    Database *db = ctx.database();
    if (!db)
        return int(ExitFailure);
    RuleSetStore store(db->sql(), db->backend(), QStringLiteral("cli"));
    auto before = store.current();
    if (!before) {
        *ctx.err << before.errorText() << '\n';
        return int(ExitFailure);
    }
    QHash<QString, int> oldVersions;
    for (const RuleSetVersion &v : before.value())
        oldVersions.insert(v.definition.key, v.version);
    const QString why = note.isEmpty() ? QCoreApplication::translate("Cli", "imported from %1").arg(QFileInfo(path).fileName()) : note;
    auto saved = store.saveAll(sets.value(), why);
    if (!saved) {
        *ctx.err << saved.errorText() << '\n' << QCoreApplication::translate("Cli", "Nothing was changed.") << '\n';
        return int(ExitFailure);
    }
    QJsonArray out;
    for (const RuleSetVersion &v : saved.value()) {
        const int old = oldVersions.value(v.definition.key, 0);
        const bool changed = v.version != old;
        out.append(QJsonObject{{QStringLiteral("rule_set"), v.definition.key},
                               {QStringLiteral("version"), v.version},
                               {QStringLiteral("changed"), changed}});
        if (!json) {
            if (!changed)
                *ctx.out << QCoreApplication::translate("Cli", "%1: unchanged (version %2).").arg(v.definition.key).arg(v.version) << '\n';
            else if (old == 0)
                *ctx.out << QCoreApplication::translate("Cli", "%1: new rule set (version 1).").arg(v.definition.key) << '\n';
            else
                *ctx.out << QCoreApplication::translate("Cli", "%1: version %2 → %3.").arg(v.definition.key).arg(old).arg(v.version) << '\n';
        }
    }
    if (json)
        *ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("rule_sets"), out}}).toJson(QJsonDocument::Indented);
    return int(ExitOk);
}

} // namespace

Command rulesCommand()
{
    Command c;
    c.name = QStringLiteral("rules");
    c.synopsis = QStringLiteral("rules export|import FILE.json [--note TEXT] [--json]");
    c.description = QCoreApplication::translate("Cli", "write the eligibility rules to a file, or read them (a new version each)");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {QStringLiteral("note")});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        const QStringList &p = args.positional();
        if (p.size() != 2 || (p.at(0) != QLatin1String("export") && p.at(0) != QLatin1String("import")))
            return usageError(ctx, c, QCoreApplication::translate("Cli", "rules needs “export FILE.json” or “import FILE.json”."));
        const bool json = args.has(QStringLiteral("json"));
        if (p.at(0) == QLatin1String("export"))
            return exportRules(ctx, p.at(1), json);
        return importRules(ctx, p.at(1), args.value(QStringLiteral("note")), json);
    };
    return c;
}

} // namespace alumnidesk::cli
