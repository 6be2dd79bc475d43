// Computes the dashboard's KPIs and drill-downs on worker threads with connections of their own, so the
// window never waits for the database; a newer request cancels an older one (its results are dropped).
#pragma once

#include "kpi/KpiEngine.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class BackgroundJob;

class KpiRefresher : public QObject {
    Q_OBJECT
public:
    explicit KpiRefresher(QObject *parent = nullptr);
    ~KpiRefresher() override;

    /// Computes every KPI of the standard registry for these filters (and the department choices).
    void refresh(const Database *db, const kpi::KpiFilters &filters, const QDate &asOf);
    /// The alumni behind one figure of one KPI, for the same filters.
    void drillDown(const Database *db, const kpi::KpiFilters &filters, const QDate &asOf, const QString &kpiId,
                   const QString &key);
    bool isRefreshing() const;

signals:
    void refreshed(const QVector<kpi::KpiOutcome> &outcomes, const QStringList &departments);
    /// The rule sets the file holds (keys and names in the user's language), read with each refresh.
    void ruleSetsRead(const QStringList &keys, const QStringList &names);
    void drilled(const QString &kpiId, const QString &key, const QVector<qint64> &ids);
    void failed(const QString &message);

private:
    struct Computed;
    struct Drilled;
    BackgroundJob *m_refreshJob;
    BackgroundJob *m_drillJob;
    std::shared_ptr<Computed> m_computed;
    std::shared_ptr<Drilled> m_drilled;
};

} // namespace alumnidesk::ui
