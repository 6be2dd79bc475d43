#include "search/SearchPlan.h"

#include "search/SearchQuery.h"

namespace alumnidesk::search {

namespace {

QString anyOf(const QStringList &domains)
{
    QStringList phrases;
    for (const QString &d : domains)
        phrases.append(phrase(d));
    return phrases.join(QStringLiteral(" OR "));
}

// The ways a word of two or more characters can meet an e-mail domain; empty when it cannot (then the
// bigram index alone answers it, together with the other plain words).
QVector<MatchConjunction> domainAlternatives(const QString &word, const QStringList &domains)
{
    QStringList containing;
    for (const QString &d : domains) {
        if (d.contains(word))
            containing.append(d);
    }
    // Across the '@': the word's first '@' is the address's (a mailbox holds one '@', at its end).
    QStringList starting;
    const qsizetype at = word.indexOf(QLatin1Char('@'));
    const QString head = at >= 0 ? word.left(at + 1) : QString();
    const QString tail = at >= 0 ? word.mid(at + 1) : QString();
    if (!tail.isEmpty()) {
        for (const QString &d : domains) {
            if (d.startsWith(tail))
                starting.append(d);
        }
    }
    if (containing.isEmpty() && starting.isEmpty())
        return {};

    QVector<MatchConjunction> alternatives{{{SearchIndex::Bigram, bigramExpression(word), {}, {}, {}}}};
    if (!containing.isEmpty())
        alternatives.append({{SearchIndex::Domains, anyOf(containing), containing, {}, {}}});
    if (!starting.isEmpty()) {
        if (head == QLatin1String("@")) {
            // Every split mailbox ends in '@': the domain alone decides, in either address.
            alternatives.append({{SearchIndex::Domains, anyOf(starting), starting, {}, {}}});
        } else {
            // The mailbox and the domain of the same address (e-mail or secondary e-mail). Mailboxes ending
            // in "a@" are too many to intersect with a domain's hundreds of thousands of people by id
            // lists; each candidate's own address is checked instead.
            const QString mailboxes = QStringLiteral("{%1 %2} : %3")
                                          .arg(QLatin1String(kMailboxColumns[0]), QLatin1String(kMailboxColumns[1]), phrase(head));
            alternatives.append({{SearchIndex::AcrossTheAt, mailboxes, {}, head, tail}});
        }
    }
    return alternatives;
}

} // namespace

SearchPlan searchPlan(const QString &userQuery, const QStringList &domains)
{
    QStringList plain;
    QStringList single;
    SearchPlan plan;
    for (const QString &word : queryWords(userQuery)) {
        if (isSingleCharacter(word)) {
            single.append(phrase(word));
            continue;
        }
        QVector<MatchConjunction> alternatives = domainAlternatives(word, domains);
        if (alternatives.isEmpty())
            plain.append(bigramExpression(word));
        else
            plan.groups.append(alternatives);
    }
    plain.removeDuplicates();
    single.removeDuplicates();
    MatchConjunction rest;
    if (!plain.isEmpty())
        rest.append({SearchIndex::Bigram, plain.join(QStringLiteral(" AND ")), {}, {}, {}});
    if (!single.isEmpty())
        rest.append({SearchIndex::Unigram, single.join(QLatin1Char(' ')), {}, {}, {}});
    // The plain words first: they are usually the most selective, and an empty result ends the search.
    if (!rest.isEmpty())
        plan.groups.prepend({rest});
    return plan;
}

} // namespace alumnidesk::search
