#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/TextTable.h"

#include "db/Database.h"
#include "roster/AlumnusJson.h"
#include "roster/AlumnusRepository.h"
#include "roster/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace alumnidesk::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Cli", s);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? tr("yes") : tr("no");
}

void printAlumnus(QTextStream &out, const Alumnus &a)
{
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    line(tr("Employee ID"), a.employeeId);
    line(tr("Name"), a.displayName());
    line(tr("Reading"), a.displayKana());
    line(tr("Birth date"), dateText(a.birthDate));
    line(tr("E-mail"), a.email);
    line(tr("Second e-mail"), a.secondaryEmail);
    line(tr("Phone"), a.phone);
    line(tr("Prefecture"), a.prefecture);
    line(tr("Membership"), vocabulary::membershipStatusLabel(a.membershipStatus));
    line(tr("Consents"), tr("newsletter %1, events %2, job offers %3")
                             .arg(yesNo(a.consentNewsletter), yesNo(a.consentEvents), yesNo(a.consentJobOffers)));
    line(tr("Current employer"), a.currentEmployer);
    line(tr("Current title"), a.currentTitle);
    line(tr("Industry"), a.currentIndustry);
    line(tr("Skills"), a.skills.join(QStringLiteral(", ")));
    line(tr("Tags"), a.tags.join(QStringLiteral(", ")));
    line(tr("Relationship owner"), a.relationshipOwner);
    line(tr("Last contact"), dateText(a.lastContactDate));
    line(tr("Notes"), a.notes);
    if (a.hrMisconduct || a.hrDoNotRehire || !a.hrNote.isEmpty()) {
        line(tr("HR only"), tr("misconduct %1, do not rehire %2").arg(yesNo(a.hrMisconduct), yesNo(a.hrDoNotRehire)));
        line(tr("HR note"), a.hrNote);
    }
    out << '\n' << tr("Employment history:") << '\n';
    TextTable t({tr("Hired"), tr("Departed"), tr("Company"), tr("Department"), tr("Position"), tr("Grade"),
                 tr("Employment type"), tr("Departure type"), tr("Reason")});
    for (const Stint &s : a.stints) {
        t.addRow({dateText(s.hireDate), dateText(s.departureDate), s.groupCompany, s.department, s.position, s.grade,
                  s.employmentType.isEmpty() ? QString() : vocabulary::employmentTypeLabel(s.employmentType),
                  s.departureType.isEmpty() ? QString() : vocabulary::departureTypeLabel(s.departureType),
                  s.departureReason});
    }
    t.print(out);
}

} // namespace

Command showCommand()
{
    Command c;
    c.name = QStringLiteral("show");
    c.synopsis = QStringLiteral("show EMPLOYEE_ID [--json]");
    c.description = tr("print one alumnus with every stint");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional().size() != 1)
            return usageError(ctx, c, tr("show needs exactly one EMPLOYEE_ID."));
        Database *db = ctx.database();
        if (!db)
            return int(ExitFailure);
        AlumnusRepository repo(*db, QStringLiteral("cli"));
        auto a = repo.loadByEmployeeId(args.positional().first());
        if (!a) {
            *ctx.err << a.errorText() << '\n';
            return int(ExitRejected);
        }
        if (args.has(QStringLiteral("json")))
            *ctx.out << QJsonDocument(toJson(a.value())).toJson(QJsonDocument::Indented);
        else
            printAlumnus(*ctx.out, a.value());
        return int(ExitOk);
    };
    return c;
}

} // namespace alumnidesk::cli
