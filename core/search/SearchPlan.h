// What a search reads, index by index. Most queries are one MATCH on the bigram index (with the
// one-character words on the unigram index), as matchExpressions() gives. But an e-mail domain is shared by
// hundreds of thousands of people: checking the positions of ten bigrams of "example.co" in each of their
// addresses is what made such fragments slow. So the bigram index holds only each address's mailbox (the
// part up to and including the '@'), and a third index holds each address's domain as one token; the few
// distinct domains (the index's vocabulary) are matched against the word in memory. A word then matches
//   - anywhere in the other fields or in a mailbox (bigram index), or
//   - inside a domain (the domains that contain it, read as whole tokens), or
//   - across the '@' ("yamada@exa"): a mailbox ending in "yamada@" whose own address's domain starts with
//     "exa"; for "@exa" every address whose domain starts with "exa".
// Only addresses of printable ASCII without spaces are split (their search normal form is only lower-cased,
// so the mailbox ends at its one '@' and the domain is one word); any other address stays whole in the
// bigram index and has no domain token, which keeps every rule above exact.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk::search {

enum class SearchIndex {
    Bigram,      ///< alumni_search: names, kana, romaji, mailboxes, employee ID, employer, skills
    Unigram,     ///< alumni_search1: single characters of the same fields, with the whole addresses
    Domains,     ///< alumni_search_domains: each address's domain as one token
    AcrossTheAt, ///< the bigram index narrows to mailboxes with `head`; each is checked against its own domain
};

struct IndexMatch {
    SearchIndex index;
    QString expression; ///< an FTS5 MATCH expression
    QStringList domains; ///< Domains: the domains the expression lists (read one by one and merged)
    QString head;        ///< AcrossTheAt: what the mailbox ends with (…'@')
    QString tail;        ///< AcrossTheAt: what the same address's domain starts with
};

/// The people of every match in the list (an intersection).
using MatchConjunction = QVector<IndexMatch>;

/// The people a query finds: the intersection of the groups, each group the union of its conjunctions.
struct SearchPlan {
    QVector<QVector<MatchConjunction>> groups;
    bool isEmpty() const { return groups.isEmpty(); }
};

/// The plan for what the user typed, given the distinct e-mail domains in search normal form.
SearchPlan searchPlan(const QString &userQuery, const QStringList &domains);

/// Column names of the three indexes; the address columns come in pairs (e-mail, secondary e-mail).
inline constexpr const char *kMailboxColumns[2] = {"mailbox", "mailbox2"};
inline constexpr const char *kDomainColumns[2] = {"domain", "domain2"};

} // namespace alumnidesk::search
