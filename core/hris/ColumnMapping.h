// Which roster field each column of an HR export feeds. Recognises the headers Japanese and English HR
// systems write (社員番号 / 従業員番号 / Employee ID / Worker ID, 氏名 or 姓+名, フリガナ, 入社日 / Hire Date, …),
// says why it chose each match, and can be adjusted by hand and saved as a named profile (JSON) that the
// window and the CLI share. Columns it does not know are kept as custom attributes, never dropped silently.
#pragma once

#include "hris/ImportField.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace alumnidesk::hris {

struct ColumnChoice {
    QString header;        ///< as written in the file
    ImportField field = ImportField::Custom;
    QString reason;        ///< translated: why this field ("header 従業員番号 means Employee ID", "from profile …")
};

class ColumnMapping {
public:
    /// Matches every header automatically.
    static ColumnMapping automatic(const QStringList &headers);
    /// Uses a saved profile's choices for the headers it knows and matches the rest automatically.
    static ColumnMapping fromProfile(const QStringList &headers, const QJsonObject &profile);

    const QVector<ColumnChoice> &columns() const { return m_columns; }
    void setField(int column, ImportField field);
    /// Column index (0-based) mapped to field, or -1.
    int columnOf(ImportField field) const;

    /// Value maps for vocabulary columns: what the file writes → roster key (e.g. 依願退職 → voluntary).
    QHash<QString, QString> departureTypeValues;
    QHash<QString, QString> employmentTypeValues;

    /// Problems that stop an import before any row is read (no employee ID column, a field mapped twice).
    QStringList problems() const;

    /// The profile form: {"columns": [{"header": …, "field": …}], "departure_types": {…}, "employment_types": {…}}.
    QJsonObject toProfile() const;

    /// Header in comparable form: NFKC, case-folded, no spaces, brackets or separators.
    static QString normalizeHeader(const QString &header);

private:
    QVector<ColumnChoice> m_columns;
};

} // namespace alumnidesk::hris
