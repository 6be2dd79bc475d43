#include "hris/ValueMapping.h"

#include "hris/RecordInterpreter.h"

#include <QHash>

#include <algorithm>

namespace alumnidesk::hris {

namespace {

QHash<QString, QString> &valueMap(ColumnMapping &mapping, ValueVocabulary vocabulary)
{
    return vocabulary == ValueVocabulary::DepartureType ? mapping.departureTypeValues : mapping.employmentTypeValues;
}

const QHash<QString, QString> &valueMap(const ColumnMapping &mapping, ValueVocabulary vocabulary)
{
    return vocabulary == ValueVocabulary::DepartureType ? mapping.departureTypeValues : mapping.employmentTypeValues;
}

} // namespace

ImportField vocabularyField(ValueVocabulary vocabulary)
{
    return vocabulary == ValueVocabulary::DepartureType ? ImportField::DepartureType : ImportField::EmploymentType;
}

QVector<vocabulary::Term> vocabularyTerms(ValueVocabulary vocabulary)
{
    return vocabulary == ValueVocabulary::DepartureType ? vocabulary::departureTypes() : vocabulary::employmentTypes();
}

QString recognisedTerm(ValueVocabulary vocabulary, const QString &value)
{
    return vocabulary == ValueVocabulary::DepartureType ? RecordInterpreter::departureTypeAndReason(value).first
                                                        : vocabulary::employmentTypeFromText(value);
}

QVector<ValueChoice> valueChoices(const ColumnMapping &mapping, ValueVocabulary vocabulary,
                                  const QVector<csv::CsvRecord> &rows, const QVector<ImportIssue> &issues)
{
    const int column = mapping.columnOf(vocabularyField(vocabulary)); // 0-based
    if (column < 0)
        return {};
    const QHash<QString, QString> &map = valueMap(mapping, vocabulary);

    QVector<ValueChoice> choices;
    QHash<QString, int> index;
    auto note = [&](const QString &raw, int rowsWithIt) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            return;
        auto it = index.constFind(value);
        if (it == index.constEnd()) {
            ValueChoice c;
            c.value = value;
            c.automatic = recognisedTerm(vocabulary, value);
            c.chosen = map.value(value, c.automatic);
            it = index.insert(value, int(choices.size()));
            choices.append(c);
        }
        choices[it.value()].rows += rowsWithIt;
    };
    for (const csv::CsvRecord &r : rows)
        note(r.value(column + 1), 1);
    for (const ImportIssue &issue : issues) {
        // The preview's rows may include the issue's line: count each row once.
        const bool seen = std::any_of(rows.begin(), rows.end(), [&](const csv::CsvRecord &r) { return r.line == issue.line; });
        if (issue.column == column + 1)
            note(issue.value, seen ? 0 : 1);
    }
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        note(it.key(), 0);

    std::stable_sort(choices.begin(), choices.end(), [](const ValueChoice &a, const ValueChoice &b) {
        if (a.chosen.isEmpty() != b.chosen.isEmpty())
            return a.chosen.isEmpty();
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.value < b.value;
    });
    return choices;
}

void applyValueChoices(ColumnMapping &mapping, ValueVocabulary vocabulary, const QVector<ValueChoice> &choices)
{
    QHash<QString, QString> &map = valueMap(mapping, vocabulary);
    for (const ValueChoice &c : choices) {
        if (c.chosen.isEmpty() || c.chosen == recognisedTerm(vocabulary, c.value))
            map.remove(c.value);
        else
            map.insert(c.value, c.chosen);
    }
}

} // namespace alumnidesk::hris
