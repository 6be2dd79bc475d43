// The KPI dashboard in a window of its own, beside the people behind the last figure clicked: a list
// (employee ID, name, department, departure) whose rows open the alumnus, as the roster does. Its File menu
// exports the report as PDF, prints it, and exports any chart as PNG or CSV.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace alumnidesk {
class Database;
}

namespace alumnidesk::ui {

class KpiDashboard;
class KpiReportActions;

class KpiWindow : public QWidget {
    Q_OBJECT
public:
    explicit KpiWindow(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    KpiDashboard *dashboard() const { return m_dashboard; }
    QTableWidget *peopleList() const { return m_people; }
    KpiReportActions *reportActions() const { return m_reportActions; }

    /// At most this many people are listed (the title says how many there are).
    static constexpr int kListLimit = 1000;

signals:
    /// A listed person was double-clicked.
    void openAlumnus(qint64 id);

private:
    void showPeople(const QString &title, const QVector<qint64> &ids);
    void buildMenu();

    Database *m_db = nullptr;
    KpiDashboard *m_dashboard;
    KpiReportActions *m_reportActions;
    QLabel *m_title;
    QTableWidget *m_people;
};

} // namespace alumnidesk::ui
