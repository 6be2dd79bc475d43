// Reads what a roster export writes, row by row, as the database's own UTF-8 bytes: one row per employment
// stint with the person's fields beside it (tags joined into one value), custom attributes alongside. The
// whole roster is one statement walked in 50音 order (kana_key, then hire date) plus, when attributes are
// exported, a second cursor over the attributes in the same order, merged as both advance — a million
// people are read without a query per person and without holding more than one row. A chosen set of people
// (a filter's result, the window's selection) is read in chunks of a few hundred ids, in the order given.
#pragma once

#include "common/Result.h"
#include "hris/ExportColumns.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::hris {

class RosterExportQuery {
public:
    RosterExportQuery(QSqlDatabase db, const StoreBackend &backend, const QVector<ExportColumn> &columns);

    struct Row {
        qint64 personId = 0;
        bool firstOfPerson = false;
        const QVector<QByteArray> *values = nullptr;     ///< by valueIndex(); valid during the call only
        const QVector<QByteArray> *attributes = nullptr; ///< by attributeIndex(); empty when the person has none
    };
    /// Called for every row; returning false stops the reading.
    using RowHandler = std::function<bool(const Row &)>;

    /// Where a field's value is in Row::values, -1 when it is not read. The employee ID is always read.
    int valueIndex(ImportField field) const;
    /// Where a custom attribute's value is in Row::attributes, -1 when it is not exported.
    int attributeIndex(const QString &name) const;

    /// Everyone, in 50音 order; a person without stints gives one row.
    Status everyone(const RowHandler &handler);
    /// These people, in the order given; ids that do not exist are skipped.
    Status people(const QVector<qint64> &ids, const RowHandler &handler);

    /// The statement that reads everyone. With `tagNames` the tags are named in SQL too, so that the result
    /// is the export's text: what the benchmark has the sqlite3 tool run.
    QString everyoneSql(bool tagNames = false) const;

    /// The names of every custom attribute in the roster, sorted.
    static Result<QStringList> attributeNames(QSqlDatabase &db);

private:
    QString selectList(bool tagNames = false) const;
    QString fromClause() const;
    Status loadTagNames();
    /// "3,7" → "メンター, 起業家"
    QByteArray tagNames(const QByteArray &ids) const;
    Status peopleChunk(const QVector<qint64> &ids, const RowHandler &handler, bool *stopped);

    QSqlDatabase m_db;
    const StoreBackend &m_backend;
    QVector<ImportField> m_fields;  ///< what each value index after the id holds
    QStringList m_attributes;
    bool m_stints = false;          ///< some stint field is exported: one row per stint
    int m_tagsValue = -1;
    bool m_tagNamesLoaded = false;
    QHash<qint64, QByteArray> m_tagNames;
};

} // namespace alumnidesk::hris
