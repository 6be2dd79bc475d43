#include "eligibility/RuleModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace alumnidesk::eligibility {

namespace {

struct FieldText {
    Field field;
    const char *label;
};

// English source text, translated in the "Eligibility" context.
constexpr FieldText kFieldLabels[] = {
    {Field::TenureLast, QT_TRANSLATE_NOOP("Eligibility", "Tenure")},
    {Field::TenureTotal, QT_TRANSLATE_NOOP("Eligibility", "Total tenure")},
    {Field::MonthsSinceDeparture, QT_TRANSLATE_NOOP("Eligibility", "Time since departure")},
    {Field::Age, QT_TRANSLATE_NOOP("Eligibility", "Age")},
    {Field::DepartureType, QT_TRANSLATE_NOOP("Eligibility", "Departure type")},
    {Field::EmploymentType, QT_TRANSLATE_NOOP("Eligibility", "Employment type")},
    {Field::Grade, QT_TRANSLATE_NOOP("Eligibility", "Grade")},
    {Field::Department, QT_TRANSLATE_NOOP("Eligibility", "Department")},
    {Field::GroupCompany, QT_TRANSLATE_NOOP("Eligibility", "Group company")},
    {Field::MembershipStatus, QT_TRANSLATE_NOOP("Eligibility", "Membership status")},
    {Field::Misconduct, QT_TRANSLATE_NOOP("Eligibility", "Misconduct flag")},
    {Field::DoNotRehire, QT_TRANSLATE_NOOP("Eligibility", "Do-not-rehire flag")},
    {Field::ConsentNewsletter, QT_TRANSLATE_NOOP("Eligibility", "Newsletter consent")},
    {Field::ConsentEvents, QT_TRANSLATE_NOOP("Eligibility", "Event consent")},
    {Field::ConsentJobOffers, QT_TRANSLATE_NOOP("Eligibility", "Job offer consent")},
};

struct OpText {
    Op op;
    const char *key;
    const char *symbol;
    Op negation;
};

constexpr OpText kOps[] = {
    {Op::Ge, ">=", "≥", Op::Lt},
    {Op::Gt, ">", ">", Op::Le},
    {Op::Le, "<=", "≤", Op::Gt},
    {Op::Lt, "<", "<", Op::Ge},
    {Op::Eq, "=", "=", Op::Ne},
    {Op::Ne, "!=", "≠", Op::Eq},
    {Op::In, "in", "∈", Op::NotIn},
    {Op::NotIn, "not_in", "∉", Op::In},
    {Op::IsSet, "is_set", "", Op::IsNotSet},
    {Op::IsNotSet, "is_not_set", "", Op::IsSet},
};

const OpText &opText(Op op)
{
    for (const OpText &o : kOps) {
        if (o.op == op)
            return o;
    }
    return kOps[0];
}

} // namespace

const QVector<FieldInfo> &fields()
{
    static const QVector<FieldInfo> list{
        {Field::TenureLast, "tenure_last", FieldKind::Months},
        {Field::TenureTotal, "tenure_total", FieldKind::Months},
        {Field::MonthsSinceDeparture, "months_since_departure", FieldKind::Months},
        {Field::Age, "age", FieldKind::Years},
        {Field::DepartureType, "departure_type", FieldKind::Choice},
        {Field::EmploymentType, "employment_type", FieldKind::Choice},
        {Field::Grade, "grade", FieldKind::Choice},
        {Field::Department, "department", FieldKind::Choice},
        {Field::GroupCompany, "group_company", FieldKind::Choice},
        {Field::MembershipStatus, "membership_status", FieldKind::Choice},
        {Field::Misconduct, "misconduct", FieldKind::Flag},
        {Field::DoNotRehire, "do_not_rehire", FieldKind::Flag},
        {Field::ConsentNewsletter, "consent_newsletter", FieldKind::Flag},
        {Field::ConsentEvents, "consent_events", FieldKind::Flag},
        {Field::ConsentJobOffers, "consent_job_offers", FieldKind::Flag},
    };
    return list;
}

const FieldInfo &fieldInfo(Field f)
{
    for (const FieldInfo &i : fields()) {
        if (i.field == f)
            return i;
    }
    return fields().constFirst();
}

bool fieldFromKey(const QString &key, Field *out)
{
    for (const FieldInfo &i : fields()) {
        if (key == QLatin1String(i.key)) {
            *out = i.field;
            return true;
        }
    }
    return false;
}

QString fieldLabel(Field f)
{
    for (const FieldText &t : kFieldLabels) {
        if (t.field == f)
            return QCoreApplication::translate("Eligibility", t.label);
    }
    return QString();
}

bool opAllowed(FieldKind kind, Op op)
{
    switch (kind) {
    case FieldKind::Months:
    case FieldKind::Years:
        return op == Op::Ge || op == Op::Gt || op == Op::Le || op == Op::Lt || op == Op::Eq || op == Op::Ne;
    case FieldKind::Choice:
        return op == Op::In || op == Op::NotIn;
    case FieldKind::Flag:
        return op == Op::IsSet || op == Op::IsNotSet;
    }
    return false;
}

QVector<Op> opsFor(FieldKind kind)
{
    QVector<Op> out;
    for (const OpText &o : kOps) {
        if (opAllowed(kind, o.op))
            out.append(o.op);
    }
    return out;
}

QString opKey(Op op)
{
    return QString::fromLatin1(opText(op).key);
}

bool opFromKey(const QString &key, Op *out)
{
    for (const OpText &o : kOps) {
        if (key == QLatin1String(o.key)) {
            *out = o.op;
            return true;
        }
    }
    return false;
}

QString opSymbol(Op op)
{
    return QString::fromUtf8(opText(op).symbol);
}

Op negated(Op op)
{
    return opText(op).negation;
}

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NeedsReview:
        return QStringLiteral("needs_review");
    case Verdict::NotEligible:
        return QStringLiteral("not_eligible");
    }
    return QString();
}

bool verdictFromKey(const QString &key, Verdict *out)
{
    for (Verdict v : {Verdict::Eligible, Verdict::NeedsReview, Verdict::NotEligible}) {
        if (key == verdictKey(v)) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QCoreApplication::translate("Eligibility", "Eligible");
    case Verdict::NeedsReview:
        return QCoreApplication::translate("Eligibility", "Needs review");
    case Verdict::NotEligible:
        return QCoreApplication::translate("Eligibility", "Not eligible");
    }
    return QString();
}

QString outcomeKey(Outcome o)
{
    return o == Outcome::Blocks ? QStringLiteral("blocks") : QStringLiteral("needs_review");
}

bool outcomeFromKey(const QString &key, Outcome *out)
{
    if (key == QLatin1String("blocks")) {
        *out = Outcome::Blocks;
        return true;
    }
    if (key == QLatin1String("needs_review")) {
        *out = Outcome::NeedsReview;
        return true;
    }
    return false;
}

QString outcomeLabel(Outcome o)
{
    return o == Outcome::Blocks ? QCoreApplication::translate("Eligibility", "Blocks (not eligible)")
                                : QCoreApplication::translate("Eligibility", "Needs review");
}

QString LocalizedText::text() const
{
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const QString &first = japanese ? ja : en;
    const QString &second = japanese ? en : ja;
    return first.trimmed().isEmpty() ? second : first;
}

} // namespace alumnidesk::eligibility
