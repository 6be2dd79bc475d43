// The rehire pipeline as a funnel: the stages from Interested to Rehired top to bottom, each a bar as wide
// as the candidacies that reached it in the period (pipeline_funnel), and between two bars the conversion
// from one to the next (pipeline_conversion). Clicking a stage asks for the people behind it.
#pragma once

#include "kpi/KpiEngine.h"

#include <QWidget>

namespace alumnidesk::ui {

class FunnelChart : public QWidget {
    Q_OBJECT
public:
    static inline const QString kFunnelKpi = QStringLiteral("pipeline_funnel");
    static inline const QString kConversionKpi = QStringLiteral("pipeline_conversion");

    explicit FunnelChart(QWidget *parent = nullptr);

    /// Takes the funnel and conversion KPIs from a dashboard refresh (others are ignored).
    void setOutcomes(const QVector<kpi::KpiOutcome> &outcomes);
    int stageCount() const { return int(m_stages.size()); }
    /// Where stage `index` is drawn (tests click it).
    QRect stageRect(int index) const;
    QSize sizeHint() const override;

signals:
    /// A stage was clicked: the people behind `key` of `kpiId`, `label` naming the stage.
    void drillRequested(const QString &kpiId, const QString &key, const QString &label);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct StageBar {
        QString label;
        double count = 0;
        QString drillKey;
        std::optional<double> conversionToNext; ///< percent, to the stage below
    };
    QRect plotArea() const;

    QString m_title;
    QString m_error;
    QVector<StageBar> m_stages;
};

} // namespace alumnidesk::ui
