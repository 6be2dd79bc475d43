// The alumnus (アルムナイ) as the roster keeps it: identity and names, contacts, every employment stint, what
// happened after departure, and the HR-only flags. Plain values; the repository loads and stores them.
#pragma once

#include <QDate>
#include <QPair>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk {

/// One period of employment. A boomerang who left twice has two stints. A stint without a departure date
/// is the current one of a person who was rehired and still works here.
struct Stint {
    qint64 id = 0;
    QString groupCompany;    ///< which group company (グループ会社) the stint was at; empty = the company itself
    QDate hireDate;          ///< 入社日
    QDate departureDate;     ///< 退職日
    QString department;      ///< 所属 at departure
    QString position;        ///< 役職
    QString grade;           ///< 等級
    QString employmentType;  ///< vocabulary key, see Vocabulary::employmentTypes()
    QString departureType;   ///< vocabulary key, see Vocabulary::departureTypes()
    QString departureReason; ///< 退職理由 as HR wrote it

    bool sameContent(const Stint &o) const
    {
        return groupCompany == o.groupCompany && hireDate == o.hireDate && departureDate == o.departureDate
            && department == o.department && position == o.position && grade == o.grade
            && employmentType == o.employmentType && departureType == o.departureType
            && departureReason == o.departureReason;
    }
};

struct Alumnus {
    qint64 id = 0; ///< row id; 0 until stored

    // Identity (owned by the HR system)
    QString employeeId; ///< 社員番号, NFKC-normalised and trimmed; unique
    QString familyName; ///< 姓
    QString givenName;  ///< 名
    QString familyKana; ///< セイ (full-width katakana)
    QString givenKana;  ///< メイ
    QDate birthDate;

    // Contacts
    QString email;
    QString secondaryEmail;
    QString phone;
    QString prefecture;

    QVector<Stint> stints; ///< ordered by hire date, oldest first

    // After departure (owned by AlumniDesk)
    QString currentEmployer;
    QString currentTitle;
    QString currentIndustry;
    QStringList skills;
    QStringList tags;
    QString membershipStatus = QStringLiteral("invited"); ///< vocabulary key
    bool consentNewsletter = false;
    bool consentEvents = false;
    bool consentJobOffers = false;
    QString relationshipOwner; ///< アルムナイ窓口
    QDate lastContactDate;
    QString notes;

    // HR-only
    bool hrMisconduct = false;
    bool hrDoNotRehire = false;
    QString hrNote;

    /// Custom attributes an HR export carried (性別, 評価, …), name → value ordered by name. Loaded and
    /// restored by AlumnusRepository so that deleting and undoing keeps them; saves leave them as stored.
    QVector<QPair<QString, QString>> attributes;

    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const
    {
        return givenName.isEmpty() ? familyName : familyName + QLatin1Char(' ') + givenName;
    }
    QString displayKana() const
    {
        return givenKana.isEmpty() ? familyKana : familyKana + QLatin1Char(' ') + givenKana;
    }
    /// The most recent stint (by hire date), or nullptr when there is none.
    const Stint *latestStint() const { return stints.isEmpty() ? nullptr : &stints.constLast(); }
    bool isBoomerang() const { return stints.size() > 1; }
};

} // namespace alumnidesk
