#include "eligibility/DefaultRuleSets.h"

namespace alumnidesk::eligibility {

namespace {

LocalizedText text(const char *ja, const char *en)
{
    return {QString::fromUtf8(ja), QString::fromUtf8(en)};
}

Rule tenureRule()
{
    return {QStringLiteral("tenure"), text("在籍期間1年以上", "At least one year of tenure"),
            Condition::when(Field::TenureLast, Op::Ge, 12), Outcome::Blocks};
}

Rule departureTypeRule()
{
    return {QStringLiteral("departure_type"), text("自己都合退職または定年退職", "Left voluntarily or retired"),
            Condition::when(Field::DepartureType, Op::In, {QStringLiteral("voluntary"), QStringLiteral("retirement")}),
            Outcome::NeedsReview};
}

Rule conductRule()
{
    return {QStringLiteral("conduct"), text("懲戒処分・不正行為なし", "No disciplinary departure or misconduct"),
            Condition::negate(Condition::any({Condition::when(Field::DepartureType, Op::In, {QStringLiteral("disciplinary")}),
                                              Condition::when(Field::Misconduct, Op::IsSet)})),
            Outcome::Blocks};
}

} // namespace

QVector<RuleSet> defaultRuleSets()
{
    RuleSet network;
    network.key = QStringLiteral("network");
    network.name = text("アルムナイネットワーク参加", "Alumni network membership");
    network.description = text("アルムナイネットワークに参加できる人の条件です。",
                               "Who may join the alumni network.");
    network.rules = {tenureRule(), departureTypeRule(), conductRule(),
                     {QStringLiteral("not_withdrawn"), text("退会していない", "Has not withdrawn from the network"),
                      Condition::when(Field::MembershipStatus, Op::NotIn, {QStringLiteral("withdrawn")}), Outcome::Blocks}};

    RuleSet rehire;
    rehire.key = QStringLiteral("rehire");
    rehire.name = text("再雇用", "Rehire");
    rehire.description = text("再雇用（出戻り採用）の対象となる人の条件です。採用を約束するものではありません。",
                              "Who may be considered for rehire. Eligibility is not a promise of a job.");
    rehire.rules = {tenureRule(), departureTypeRule(), conductRule(),
                    {QStringLiteral("do_not_rehire"), text("再雇用不可の指定なし", "Not marked do-not-rehire"),
                     Condition::when(Field::DoNotRehire, Op::IsNotSet), Outcome::Blocks}};
    return {network, rehire};
}

} // namespace alumnidesk::eligibility
