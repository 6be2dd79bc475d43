// The pipeline's filters above the board and the list: which opening (every opening, the talent pool or
// one), stage, owner, source, overdue only, and "my candidates" (owned by the signed-in OS user).
#pragma once

#include "pipeline/Openings.h"
#include "pipeline/PipelineTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace alumnidesk::ui {

class PipelineFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit PipelineFilterBar(QWidget *parent = nullptr);

    /// Refills the pickers, keeping what was chosen where it still exists.
    void setChoices(const QVector<pipeline::OpeningSummary> &openings, const QVector<pipeline::Stage> &stages,
                    const QStringList &owners);
    pipeline::BoardFilter filter() const;
    /// -1 every opening, 0 the talent pool, else an opening's id.
    qint64 openingId() const;
    void setOpeningId(qint64 id);
    /// The OS user "my candidates" stands for.
    void setCurrentUser(const QString &user) { m_user = user; }

    QComboBox *openingBox() const { return m_opening; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *sourceBox() const { return m_source; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QCheckBox *mineBox() const { return m_mine; }

signals:
    void filterChanged();

private:
    QComboBox *m_opening;
    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_source;
    QCheckBox *m_overdue;
    QCheckBox *m_mine;
    QString m_user;
};

} // namespace alumnidesk::ui
