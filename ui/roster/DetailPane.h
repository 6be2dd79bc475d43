// The right-hand pane: everything about the selected alumnus (their open candidacies first), read-only,
// with an Edit button.
#pragma once

#include <QDate>
#include <QWidget>

class QTextBrowser;
class QPushButton;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class PipelineSession;
class RosterService;

class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(RosterService *service, QWidget *parent = nullptr);

    /// Shows the alumnus with this row id (0: nothing selected).
    void showAlumnus(qint64 id);
    qint64 currentId() const { return m_id; }
    /// Re-reads the shown alumnus if it is among ids (or ids is empty: a bulk change).
    void refreshIfShown(const QVector<qint64> &ids);
    QString plainText() const;
    /// Where the person's candidacies come from (none: the pane shows no pipeline section).
    void setPipeline(PipelineSession *session) { m_pipeline = session; }

    /// The date verdicts are computed for (tests; default today).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

signals:
    void editRequested(qint64 id);
    void overrideRequested(qint64 id);

private:
    QString eligibilityHtml(Database &db, qint64 id) const;

    RosterService *m_service;
    PipelineSession *m_pipeline = nullptr;
    QTextBrowser *m_browser;
    QPushButton *m_edit;
    QPushButton *m_override;
    QDate m_asOf;
    qint64 m_id = 0;
};

} // namespace alumnidesk::ui
