// Asks why a card moves when the move needs it: a closing stage (入社, 辞退, 不採用, 保留) or an override of
// a Not eligible rehire verdict; for a rehire, also the start date.
#pragma once

#include "pipeline/StageMover.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

namespace alumnidesk::ui {

class DateLineEdit;

class MoveReasonDialog : public QDialog {
    Q_OBJECT
public:
    /// `person` names who moves; `check` says what the move needs (its message is shown).
    MoveReasonDialog(const QString &person, const pipeline::MoveCheck &check, QWidget *parent = nullptr);

    QString reason() const;
    QDate startDate() const;
    void setReason(const QString &text);

private:
    void updateOk();

    QPlainTextEdit *m_reason;
    DateLineEdit *m_start = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace alumnidesk::ui
