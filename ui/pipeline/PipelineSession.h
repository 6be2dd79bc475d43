// The window's door to the rehire pipeline: one PipelineService for the open roster, and a signal whenever
// something in the pipeline changed, so the board, the list, the candidacy detail and the roster's detail
// pane stay in step. Undo commands write through it too.
#pragma once

#include <QObject>
#include <QVector>

#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::pipeline {
class PipelineService;
}

namespace alumnidesk::ui {

class PipelineSession : public QObject {
    Q_OBJECT
public:
    explicit PipelineSession(QObject *parent = nullptr);
    ~PipelineSession() override;

    void setDatabase(Database *db);
    /// nullptr while no roster is open.
    pipeline::PipelineService *service() const { return m_service.get(); }

    /// Says that candidacies of these people changed (added, moved, edited); `rosterToo`: the people's own
    /// records changed as well (a rehire added a stint and set their status).
    void announce(const QVector<qint64> &alumnusIds, bool rosterToo = false);

signals:
    void changed(const QVector<qint64> &alumnusIds, bool rosterToo);

private:
    std::unique_ptr<pipeline::PipelineService> m_service;
};

} // namespace alumnidesk::ui
