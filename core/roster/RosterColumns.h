// The columns of the roster list: their stable keys (settings, CLI), translated titles, and how core sorts
// by them. The UI never names a column by a magic index; it uses RosterColumn.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alumnidesk {

enum class RosterColumn {
    Kana,
    Name,
    EmployeeId,
    Department,
    Position,
    DepartureDate,
    DepartureType,
    Stints,
    Status,
    Employer,
    Title,
    Industry,
    Email,
    Phone,
    Prefecture,
    Skills,
    Tags,
    UpdatedAt,
    Verdict,  ///< eligibility under the rule set the window chose (RosterRow::verdict)
    Pipeline, ///< open candidacies in the rehire pipeline (RosterRow::pipeline), 選考中
};
inline constexpr int kRosterColumnCount = int(RosterColumn::Pipeline) + 1;

/// One row of the roster list: what the table shows, not the whole record.
struct RosterRow {
    qint64 id = 0;
    QString employeeId;
    QString name;
    QString kana;
    QString department;
    QString position;
    QDate departureDate;
    QString departureType; ///< vocabulary key
    int stintCount = 0;
    QString status;        ///< vocabulary key
    QString employer;
    QString title;
    QString industry;
    QString email;
    QString phone;
    QString prefecture;
    QString skills;
    QString tags;
    QDateTime updatedAt;
    bool hrFlagged = false; ///< misconduct or do-not-rehire (shown only as a marker)
    int verdict = -1;       ///< eligibility::Verdict under the chosen rule set; -1 = not evaluated (filled by VerdictLookup)
    bool verdictOverridden = false;
    /// The open candidacies, each as "stage · opening" in the user's language (filled by OpenCandidacyLookup).
    QStringList pipeline;
};

QString rosterColumnKey(RosterColumn c);
QString rosterColumnTitle(RosterColumn c);
/// Parses a key (or its title) back; returns false when unknown.
bool rosterColumnFromKey(const QString &key, RosterColumn *out);
/// Columns shown when the user has not chosen.
QVector<RosterColumn> defaultVisibleColumns();

} // namespace alumnidesk
