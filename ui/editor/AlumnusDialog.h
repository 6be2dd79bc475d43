// Add or edit one alumnus: every field of the record and its stints, on tabs. OK checks the record with
// core's validation (and the duplicate-ID check) and keeps the dialog open, pointing at the first field to
// fix, until it is valid.
#pragma once

#include "roster/Alumnus.h"
#include "roster/Validation.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace alumnidesk::ui {

class DateLineEdit;
class StintTableModel;

class AlumnusDialog : public QDialog {
    Q_OBJECT
public:
    using Checker = std::function<QVector<ValidationIssue>(const Alumnus &)>;

    AlumnusDialog(const Alumnus &alumnus, Checker checker, QWidget *parent = nullptr);

    /// The record as edited (valid once the dialog was accepted).
    Alumnus alumnus() const;
    /// Lets tests and callers inspect which problems the last OK found.
    const QVector<ValidationIssue> &lastIssues() const { return m_issues; }

    void accept() override;

private:
    QWidget *buildBasicsTab();
    QWidget *buildEmploymentTab();
    QWidget *buildNowTab();
    QWidget *buildMembershipTab();
    QWidget *buildHrTab();
    void load(const Alumnus &a);
    void showIssues();
    void focusField(const QString &field);

    Alumnus m_original;
    Checker m_checker;
    QVector<ValidationIssue> m_issues;
    QHash<QString, QWidget *> m_fieldWidgets;

    QLabel *m_problems;
    QTabWidget *m_tabs;
    QLineEdit *m_employeeId;
    QLineEdit *m_familyName;
    QLineEdit *m_givenName;
    QLineEdit *m_familyKana;
    QLineEdit *m_givenKana;
    DateLineEdit *m_birthDate;
    QLineEdit *m_email;
    QLineEdit *m_secondaryEmail;
    QLineEdit *m_phone;
    QComboBox *m_prefecture;
    StintTableModel *m_stints;
    QTableView *m_stintView;
    QLineEdit *m_employer;
    QLineEdit *m_title;
    QLineEdit *m_industry;
    QLineEdit *m_skills;
    QLineEdit *m_owner;
    DateLineEdit *m_lastContact;
    QComboBox *m_status;
    QCheckBox *m_newsletter;
    QCheckBox *m_events;
    QCheckBox *m_jobOffers;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QCheckBox *m_misconduct;
    QCheckBox *m_doNotRehire;
    QPlainTextEdit *m_hrNote;
};

} // namespace alumnidesk::ui
