// Offer terms side by side with the terms at departure (待遇): salary, grade, title, department, location.
// The departure side comes from the person's last stint that has a departure date (the one before a
// rehire); its salary from stint_salaries, since HR exports rarely carry it (setDepartureSalary records it).
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineContext.h"
#include "pipeline/PipelineTypes.h"

namespace alumnidesk::pipeline {

class TermsComparer {
public:
    explicit TermsComparer(PipelineContext &ctx) : m_ctx(ctx) {}

    Result<TermsComparison> compare(qint64 candidacyId);
    /// Records the yearly salary of a stint (0 removes it); audited on the person.
    Status setStintSalary(qint64 stintId, qint64 annualSalary);

    /// The comparison of two sets of terms (no database): the lines and their differences.
    static TermsComparison compareTerms(const Terms &atDeparture, const Terms &offered);

private:
    PipelineContext &m_ctx;
};

} // namespace alumnidesk::pipeline
