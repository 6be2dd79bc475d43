// The roster's controlled vocabularies (departure types, employment types, membership statuses) with their
// stable keys, as stored in the database, and their labels in the user's language.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk::vocabulary {

struct Term {
    QString key;
    QString label; ///< translated
};

QVector<Term> departureTypes();   ///< voluntary (自己都合), company (会社都合), retirement (定年), …
QVector<Term> employmentTypes();  ///< regular (正社員), contract (契約社員), …
QVector<Term> membershipStatuses(); ///< invited → registered → active → dormant → withdrawn

QString departureTypeLabel(const QString &key);
QString employmentTypeLabel(const QString &key);
QString membershipStatusLabel(const QString &key);

bool isDepartureType(const QString &key);
bool isEmploymentType(const QString &key);
bool isMembershipStatus(const QString &key);

/// Maps what people write (a key, or the label in Japanese or English, e.g. "自己都合", "定年退職",
/// "Voluntary") to a key; empty when nothing matches.
QString departureTypeFromText(const QString &text);
QString employmentTypeFromText(const QString &text);
QString membershipStatusFromText(const QString &text);

/// The three look-ups above with the translated labels taken once, when it is made: gives what they gave at
/// that moment. An import makes one and reads every row with it, in the language it started in (asking the
/// translator for the labels again for every cell was a twentieth of its reading).
class TextLookup {
public:
    TextLookup();
    QString departureType(const QString &text) const;
    QString employmentType(const QString &text) const;
    QString membershipStatus(const QString &text) const;

private:
    QVector<QString> m_departureTypes; ///< each entry's translated label, folded; empty when untranslated
    QVector<QString> m_employmentTypes;
    QVector<QString> m_membershipStatuses;
};

} // namespace alumnidesk::vocabulary
