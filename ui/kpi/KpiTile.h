// One single-value KPI on the dashboard: name, value, change against the previous period, a sparkline,
// and its written definition as the tooltip. Clicking it asks for the people behind the value.
#pragma once

#include "kpi/KpiEngine.h"

#include <QFrame>

class QLabel;

namespace alumnidesk::ui {

class SparklineWidget;

class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const kpi::KpiDefinition &definition, QWidget *parent = nullptr);

    void setOutcome(const kpi::KpiOutcome &outcome);
    /// Greys the figures while newer ones are being computed.
    void setStale(bool stale);
    const QString &kpiId() const { return m_id; }
    QString valueText() const;

    /// The value as the dashboard shows it (locale digits, unit).
    static QString format(const std::optional<double> &value, kpi::Unit unit, bool signedChange = false);

signals:
    void clicked(const QString &kpiId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString m_id;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
    SparklineWidget *m_sparkline;
};

} // namespace alumnidesk::ui
