// The right-hand pane: everything about the selected alumnus (their open candidacies first), read-only,
// with an Edit button.
#pragma once

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

signals:
    void editRequested(qint64 id);

private:
    RosterService *m_service;
    PipelineSession *m_pipeline = nullptr;
    QTextBrowser *m_browser;
    QPushButton *m_edit;
    qint64 m_id = 0;
};

} // namespace alumnidesk::ui
