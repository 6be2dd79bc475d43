#include "pipeline/RehireVerdict.h"

#include "db/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alumnidesk::pipeline {

RehireVerdict FlagVerdictSource::verdict(const RehireFacts &facts) const
{
    if (facts.hrDoNotRehire)
        return {RehireVerdict::NotEligible, QCoreApplication::translate("Pipeline", "HR has marked this person as not to be rehired.")};
    if (facts.lastDepartureType == QLatin1String("disciplinary"))
        return {RehireVerdict::NotEligible, QCoreApplication::translate("Pipeline", "The last departure was disciplinary.")};
    if (facts.hrMisconduct)
        return {RehireVerdict::NeedsReview, QCoreApplication::translate("Pipeline", "HR has recorded a matter that needs review before a rehire.")};
    return {RehireVerdict::Unknown, QCoreApplication::translate("Pipeline", "No eligibility rule has been applied; no HR flag stands against a rehire.")};
}

bool loadRehireFacts(QSqlDatabase &db, qint64 alumnusId, RehireFacts *facts)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hr_do_not_rehire, hr_misconduct, last_departure_type, last_hire_date, "
                             "last_departure_date FROM alumni WHERE id = ?"));
    q.addBindValue(alumnusId);
    if (!q.exec() || !q.next())
        return false;
    facts->alumnusId = alumnusId;
    facts->hrDoNotRehire = q.value(0).toBool();
    facts->hrMisconduct = q.value(1).toBool();
    facts->lastDepartureType = q.value(2).toString();
    facts->lastHireDate = sql::dateFrom(q.value(3));
    facts->lastDepartureDate = sql::dateFrom(q.value(4));
    return true;
}

QString verdictLabel(RehireVerdict::Kind kind)
{
    switch (kind) {
    case RehireVerdict::Eligible:
        return QCoreApplication::translate("Pipeline", "Eligible");
    case RehireVerdict::NeedsReview:
        return QCoreApplication::translate("Pipeline", "Needs review");
    case RehireVerdict::NotEligible:
        return QCoreApplication::translate("Pipeline", "Not eligible");
    case RehireVerdict::Unknown:
        break;
    }
    return QCoreApplication::translate("Pipeline", "Not yet assessed");
}

} // namespace alumnidesk::pipeline
