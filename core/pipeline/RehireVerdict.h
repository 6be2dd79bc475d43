// The seam between the pipeline and the rehire eligibility rules (issue 4). The pipeline asks a
// RehireVerdictSource for a person's verdict in two places: the guard "moving someone Not eligible into an
// interview, offer or rehire needs an override reason", and the "rehire verdict" factor of matching.
//
// Until the rule evaluator is plugged in (PipelineService::setVerdictSource), FlagVerdictSource derives a
// conservative verdict from what the roster already stores: HR's do-not-rehire flag and a disciplinary
// departure make a person Not eligible, the misconduct flag makes them Needs review, and everyone else is
// Unknown (no rule has been applied) — never Eligible, since only the rules may say that. The real evaluator
// should implement this interface (it gets the facts the matcher has already read, plus the id, and may
// ignore the facts and use its own data).
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace alumnidesk::pipeline {

struct RehireVerdict {
    enum Kind { Eligible, NeedsReview, NotEligible, Unknown };
    Kind kind = Unknown;
    QString reason; ///< why, in the user's language; never an HR-only note's text
};

/// What the roster knows that bears on rehiring; read by the matcher in the same pass as the rest.
struct RehireFacts {
    qint64 alumnusId = 0;
    bool hrDoNotRehire = false;
    bool hrMisconduct = false;
    QString lastDepartureType; ///< vocabulary key
    QDate lastHireDate;
    QDate lastDepartureDate;
};

class RehireVerdictSource {
public:
    virtual ~RehireVerdictSource() = default;
    virtual RehireVerdict verdict(const RehireFacts &facts) const = 0;
    /// Said before asking for the verdicts of about `people` people (a match), so that a source can prepare
    /// what is cheaper in bulk than person by person.
    virtual void expect(qsizetype people) const { Q_UNUSED(people); }
};

/// The default: a conservative verdict from the HR-only flags and the departure type (see above).
class FlagVerdictSource final : public RehireVerdictSource {
public:
    RehireVerdict verdict(const RehireFacts &facts) const override;
};

/// Reads a person's RehireFacts from the roster (for the move guard, which has only the id).
bool loadRehireFacts(QSqlDatabase &db, qint64 alumnusId, RehireFacts *facts);

/// "Eligible", "Needs review", … in the user's language.
QString verdictLabel(RehireVerdict::Kind kind);

} // namespace alumnidesk::pipeline
