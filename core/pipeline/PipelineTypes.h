// The rehire pipeline's values: openings (求人), the ordered stages HR edits, candidacies with their moves,
// follow-ups after a rehire (定着フォロー), and what the board and the candidacy detail show. Plain values;
// the pipeline classes load and store them (see PipelineService.h for the entry point).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk::pipeline {

/// What reaching a stage means. Stored as a key (see kindKey()).
enum class StageKind { Active, Hired, Declined, Rejected, OnHold };

struct Stage {
    qint64 id = 0;
    QString key;      ///< stable key ("interview"); what scripts and the CLI use
    QString nameJa;   ///< 面接
    QString nameEn;   ///< Interview
    int position = 0; ///< board order, ascending
    StageKind kind = StageKind::Active;
    bool closing = false;           ///< reaching it closes the candidacy and needs a reason
    bool requiresEligibility = false; ///< entering it with a Not eligible verdict needs an override reason
    bool retired = false;           ///< no longer offered for new moves; kept because history refers to it

    /// The name in the user's language (Japanese when the UI is Japanese, else English).
    QString name() const;
};

enum class OpeningStatus { Open, OnHold, Filled, Closed };

struct Opening {
    qint64 id = 0;
    QString title;          ///< 職種・役職名; becomes the position of the stint of whoever is hired
    QString department;
    QString grade;
    QString location;
    QStringList requiredSkills;
    bool alumniOnly = false; ///< アルムナイ限定求人
    QString hiringManager;
    OpeningStatus status = OpeningStatus::Open;
    QDate openedOn;
    QDate closedOn;
};

enum class CandidacySource { Applied, Outreach, Referral, Event };

/// Offer terms, or the terms at departure (待遇). Salary is yearly, in yen; 0 = not known.
struct Terms {
    qint64 annualSalary = 0;
    QString grade;
    QString title;
    QString location;
    QString department;
};

struct Candidacy {
    qint64 id = 0;
    qint64 alumnusId = 0;
    qint64 openingId = 0; ///< 0: the talent pool, before any opening
    CandidacySource source = CandidacySource::Applied;
    qint64 referrerId = 0; ///< the alumnus who referred them (source Referral)
    QString eventName;     ///< the event where they were met (source Event)
    QString owner;         ///< the recruiter (OS user name) who owns it
    qint64 stageId = 0;
    QDateTime stageSince;  ///< when it entered its current stage (UTC)
    QString nextAction;
    QDate nextActionDue;
    QString notes;
    Terms offer;
    QDate startDate;       ///< rehire start date, set when hired
    qint64 hiredStintId = 0;
    QDateTime createdAt;
    QDateTime closedAt;    ///< null while open

    bool isOpen() const { return closedAt.isNull(); }
};

/// One stage change. Never deleted: undoing a move records a reversal (reversesMoveId) instead.
struct Move {
    qint64 id = 0;
    qint64 candidacyId = 0;
    qint64 fromStageId = 0; ///< 0 for the move that created the candidacy
    qint64 toStageId = 0;
    QDateTime at;
    QString user;
    QString reason;
    bool overrideEligibility = false; ///< the reason overrides a Not eligible verdict
    qint64 reversesMoveId = 0;        ///< non-zero: this move undid that one
    qint64 reversedByMoveId = 0;      ///< filled when reading history: a later move undid this one
    QString fromStageName;            ///< in the user's language, for display
    QString toStageName;
};

struct FollowUp {
    qint64 id = 0;
    qint64 candidacyId = 0;
    int months = 0; ///< 1, 3 or 6 months after the start date
    QDate dueOn;
    QDate doneOn;   ///< null until recorded
    QString note;
    QString doneBy;
    // Filled by followUpsDue() for display
    qint64 alumnusId = 0;
    QString employeeId;
    QString name;
    QString openingTitle;
};

/// A card on the board: enough to draw it without another query.
struct BoardCard {
    qint64 candidacyId = 0;
    qint64 alumnusId = 0;
    QString employeeId;
    QString name;
    QString kana;
    QString lastPosition;
    QString lastDepartment;
    qint64 openingId = 0;
    QString openingTitle; ///< empty for the talent pool
    QString owner;
    CandidacySource source = CandidacySource::Applied;
    int daysInStage = 0;
    QString nextAction;
    QDate nextActionDue;
    bool overdue = false; ///< the next action's due date has passed
};

struct BoardColumn {
    Stage stage;
    int total = 0;              ///< cards in the stage that match the filter
    QVector<BoardCard> cards;   ///< the first `cardsPerColumn`, longest in stage first
};

struct BoardFilter {
    qint64 openingId = -1;        ///< -1: every opening and the pool; 0: the talent pool only
    QString owner;                ///< empty: anyone
    qint64 stageId = 0;           ///< 0: every stage
    int source = -1;              ///< -1: any, else a CandidacySource
    bool overdueOnly = false;
    bool includeRetiredStages = false;
    int cardsPerColumn = 200;
    QDate today;                  ///< for days in stage and overdue; invalid = the current date
};

struct Board {
    QVector<BoardColumn> columns; ///< every stage in board order, empty ones included
};

/// One line of the terms comparison (offer beside the terms at departure).
struct TermsLine {
    QString field;       ///< "annual_salary", "grade", "title", "location", "department"
    QString label;       ///< translated
    QString atDeparture; ///< display text
    QString offered;
    bool changed = false;
    QString difference;  ///< e.g. "+600,000 (+10.0%)"; empty when not comparable
};

struct TermsComparison {
    qint64 departureStintId = 0; ///< the stint the departure side comes from
    Terms atDeparture;
    Terms offered;
    QVector<TermsLine> lines;
};

} // namespace alumnidesk::pipeline
