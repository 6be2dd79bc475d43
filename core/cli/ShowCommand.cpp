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

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

void printAlumnus(QTextStream &out, const Alumnus &a)
{
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    line(QCoreApplication::translate("Cli", "Employee ID"), a.employeeId);
    line(QCoreApplication::translate("Cli", "Name"), a.displayName());
    line(QCoreApplication::translate("Cli", "Reading"), a.displayKana());
    line(QCoreApplication::translate("Cli", "Birth date"), dateText(a.birthDate));
    line(QCoreApplication::translate("Cli", "E-mail"), a.email);
    line(QCoreApplication::translate("Cli", "Second e-mail"), a.secondaryEmail);
    line(QCoreApplication::translate("Cli", "Phone"), a.phone);
    line(QCoreApplication::translate("Cli", "Prefecture"), a.prefecture);
    line(QCoreApplication::translate("Cli", "Membership"), vocabulary::membershipStatusLabel(a.membershipStatus));
    line(QCoreApplication::translate("Cli", "Consents"), QCoreApplication::translate("Cli", "newsletter %1, events %2, job offers %3")
                             .arg(yesNo(a.consentNewsletter), yesNo(a.consentEvents), yesNo(a.consentJobOffers)));
    line(QCoreApplication::translate("Cli", "Current employer"), a.currentEmployer);
    line(QCoreApplication::translate("Cli", "Current title"), a.currentTitle);
    line(QCoreApplication::translate("Cli", "Industry"), a.currentIndustry);
    line(QCoreApplication::translate("Cli", "Skills"), a.skills.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("Cli", "Tags"), a.tags.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("Cli", "Relationship owner"), a.relationshipOwner);
    line(QCoreApplication::translate("Cli", "Last contact"), dateText(a.lastContactDate));
    line(QCoreApplication::translate("Cli", "Notes"), a.notes);
    if (a.hrMisconduct || a.hrDoNotRehire || !a.hrNote.isEmpty()) {
        line(QCoreApplication::translate("Cli", "HR only"), QCoreApplication::translate("Cli", "misconduct %1, do not rehire %2").arg(yesNo(a.hrMisconduct), yesNo(a.hrDoNotRehire)));
        line(QCoreApplication::translate("Cli", "HR note"), a.hrNote);
    }
    out << '\n' << QCoreApplication::translate("Cli", "Employment history:") << '\n';
    TextTable t({QCoreApplication::translate("Cli", "Hired"), QCoreApplication::translate("Cli", "Departed"), QCoreApplication::translate("Cli", "Company"), QCoreApplication::translate("Cli", "Department"), QCoreApplication::translate("Cli", "Position"), QCoreApplication::translate("Cli", "Grade"),
                 QCoreApplication::translate("Cli", "Employment type"), QCoreApplication::translate("Cli", "Departure type"), QCoreApplication::translate("Cli", "Reason")});
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
    c.readsOnly = true;
    c.synopsis = QStringLiteral("show EMPLOYEE_ID [--json]");
    c.description = QCoreApplication::translate("Cli", "print one alumnus with every stint");
    c.run = [c](Context &ctx) {
        CliArgs args(ctx.args, {QStringLiteral("json")}, {});
        if (!args.ok())
            return usageError(ctx, c, args.error());
        if (args.positional().size() != 1)
            return usageError(ctx, c, QCoreApplication::translate("Cli", "show needs exactly one EMPLOYEE_ID."));
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
