// Adds or edits an opening (求人): title, department, grade, location, required skills, alumni-only,
// hiring manager and status. OK saves through the function it was given; when the core refuses, the
// message is shown and the dialog stays open with what was typed.
#pragma once

#include "common/Result.h"
#include "pipeline/PipelineTypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace alumnidesk::ui {

class OpeningDialog : public QDialog {
    Q_OBJECT
public:
    /// `save` stores the opening (and may fill in its id); an error keeps the dialog open.
    using Saver = std::function<Status(pipeline::Opening &)>;
    OpeningDialog(const pipeline::Opening &opening, Saver save, QWidget *parent = nullptr);

    /// What the fields say (with the id once saved).
    pipeline::Opening opening() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *skillsEdit() const { return m_skills; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    pipeline::Opening m_opening;
    Saver m_save;
    QLineEdit *m_title;
    QLineEdit *m_department;
    QLineEdit *m_grade;
    QLineEdit *m_location;
    QLineEdit *m_skills;
    QCheckBox *m_alumniOnly;
    QLineEdit *m_manager;
    QComboBox *m_status;
    QLabel *m_error;
};

} // namespace alumnidesk::ui
