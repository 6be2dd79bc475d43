// The value maps of an import: what an HR export writes in its vocabulary columns (退職区分, 雇用形態) and
// which of the roster's terms each value becomes. AlumniDesk recognises the usual wording by itself
// (自己都合, 依願退職, Voluntary, …); a company's own wording (e.g. 転籍, 嘱託) is mapped here by hand, kept
// in the column mapping and so in its mapping profiles, which the CLI shares.
#pragma once

#include "csv/CsvRecord.h"
#include "hris/ColumnMapping.h"
#include "hris/ImportIssue.h"
#include "roster/Vocabulary.h"

#include <QVector>

namespace alumnidesk::hris {

enum class ValueVocabulary { DepartureType, EmploymentType };

struct ValueChoice {
    QString value;     ///< as written in the file, trimmed
    int rows = 0;      ///< rows with this value among those looked at
    QString automatic; ///< the term AlumniDesk recognises by itself; empty when none
    QString chosen;    ///< the term the value becomes; empty: not mapped (such rows are rejected)
};

/// The column field that holds the vocabulary (DepartureType, EmploymentType).
ImportField vocabularyField(ValueVocabulary vocabulary);
/// The roster's terms for the vocabulary, labels in the user's language.
QVector<vocabulary::Term> vocabularyTerms(ValueVocabulary vocabulary);
/// The term AlumniDesk recognises for value by itself, without the mapping's value map (for a departure type
/// also in the form 転籍（関連会社）, as the import reads it).
QString recognisedTerm(ValueVocabulary vocabulary, const QString &value);

/// Every distinct value of the vocabulary's column in rows, with the values issues reported for that column
/// (a dry run over the whole file finds those the preview did not show) and those the value map already
/// names; unmapped values first, then by how many rows carry them. Empty when no column feeds the vocabulary.
QVector<ValueChoice> valueChoices(const ColumnMapping &mapping, ValueVocabulary vocabulary,
                                  const QVector<csv::CsvRecord> &rows, const QVector<ImportIssue> &issues = {});

/// Writes the choices into the mapping's value map: a value mapped to what AlumniDesk recognises by itself
/// needs no entry; every other choice is kept. Values not among choices keep their entries.
void applyValueChoices(ColumnMapping &mapping, ValueVocabulary vocabulary, const QVector<ValueChoice> &choices);

} // namespace alumnidesk::hris
