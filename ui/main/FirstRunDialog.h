// Shown on the very first start, when no roster exists yet: explore a demo roster of invented alumni,
// start an empty one, or open a file that already exists.
#pragma once

#include <QDialog>

class QRadioButton;

namespace alumnidesk::ui {

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { DemoRoster, EmptyRoster, OpenExisting };
    static constexpr int kDemoRows = 2000;

    explicit FirstRunDialog(const QString &defaultPath, QWidget *parent = nullptr);
    Choice choice() const;

private:
    QRadioButton *m_demo;
    QRadioButton *m_empty;
    QRadioButton *m_open;
};

} // namespace alumnidesk::ui
