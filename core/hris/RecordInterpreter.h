// Turns one record of an HR export, as text, into the facts the HR system owns about one alumnus and one
// stint, normalised the way the roster stores them (NFKC IDs, full-width katakana readings, ISO dates from
// every Japanese form including the eras, vocabulary keys from Japanese and English wording), with every
// problem found listed by line, column and reason. Nothing is written; ImportPlanner decides what to do.
#pragma once

#include "hris/ColumnMapping.h"
#include "hris/ImportIssue.h"
#include "roster/Alumnus.h"
#include "roster/Vocabulary.h"

#include <QPair>
#include <QStringList>
#include <QVector>

#include <array>

namespace alumnidesk::hris {

struct ImportRow {
    int line = 0;
    QString employeeId;
    Alumnus person;   ///< identity and contact fields the file gave (others left empty)
    Stint stint;      ///< the employment the row describes
    bool hasStint = false;
    QVector<QPair<QString, QString>> customAttributes; ///< header → value, for columns that are not roster fields
    QVector<ImportIssue> issues;
    QStringList raw; ///< the fields as read (set by readImportFile), to give rejected rows back to the user

    bool rejected() const;
};

class RecordInterpreter {
public:
    explicit RecordInterpreter(const ColumnMapping &mapping);

    /// `fields` as the reader returned them (more or fewer than the header is reported, not fatal). A value
    /// an export protected from Excel with a leading apostrophe ('=SUM(A1)) is read without it.
    ImportRow interpret(int line, const QStringList &fields) const;

    /// Splits 自己都合（キャリアアップ） into the departure type (voluntary) and the reason (キャリアアップ);
    /// a bare 定年退職 gives the type and no reason; text that names no type stays the reason.
    static QPair<QString, QString> departureTypeAndReason(const QString &text);
    /// The same with the wordings of `lookup`.
    static QPair<QString, QString> departureTypeAndReason(const QString &text, const vocabulary::TextLookup &lookup);
    /// A skills or tags cell as its items: split at , 、 ， ; ； and line breaks, each trimmed, empty ones left
    /// out (what splitting at the regular expression [,、，;；\n] gave, without running one per row).
    static QStringList splitList(const QString &cell);

private:
    QString cell(const QStringList &fields, ImportField field) const;
    void interpretOwnedFields(const QStringList &fields, ImportRow &row) const;
    int columnNumber(ImportField field) const;

    /// m_mapping.columnOf(field), asked for every cell of every row: looked up once, here (a field added
    /// after HrNote is looked up in the mapping).
    int columnOf(ImportField field) const
    {
        return size_t(field) < m_columnOf.size() ? m_columnOf[size_t(field)] : m_mapping.columnOf(field);
    }

    ColumnMapping m_mapping;
    std::array<int, size_t(ImportField::HrNote) + 1> m_columnOf{};
    vocabulary::TextLookup m_vocabulary; ///< the wordings of the language in effect when the reading started
};

} // namespace alumnidesk::hris
