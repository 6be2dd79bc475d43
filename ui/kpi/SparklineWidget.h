// A small line of a KPI's series for a tile: no axes, the last point marked.
#pragma once

#include <QVector>
#include <QWidget>

#include <optional>

namespace alumnidesk::ui {

class SparklineWidget : public QWidget {
    Q_OBJECT
public:
    explicit SparklineWidget(QWidget *parent = nullptr);
    void setValues(const QVector<std::optional<double>> &values);
    QSize sizeHint() const override { return {120, 28}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<std::optional<double>> m_values;
};

} // namespace alumnidesk::ui
