// Plain-text tables for terminal output that line up with Japanese text: East Asian wide characters take
// two columns.
#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace alumnidesk::cli {

/// Terminal columns a string occupies (wide and full-width characters count 2).
int displayWidth(const QString &s);

class TextTable {
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QVector<QStringList> m_rows;
};

} // namespace alumnidesk::cli
