#include "hris/RosterExport.h"

#include "csv/CsvStreamWriter.h"
#include "csv/FormulaGuard.h"
#include "csv/TextEncoding.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "hris/ExportColumns.h"
#include "hris/RosterExportQuery.h"
#include "roster/RosterQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

namespace alumnidesk::hris {

namespace {

// Excel's own limits (Microsoft's "Excel specifications and limits"): 1,048,576 rows of which the header
// takes one (ExportOptions::excelDataRows), 32,767 characters in a cell, 253 line feeds in a cell.
constexpr qsizetype kExcelCellCharacters = 32767;
constexpr int kExcelCellLineBreaks = 253;

// How one column gets its value from a row the query read.
struct CellSource {
    int value = -1;     ///< index in Row::values
    int given = -1;     ///< full_name / full_kana: the given part, joined to `value` with a full-width space
    int attribute = -1; ///< index in Row::attributes
    QHash<QByteArray, QByteArray> wording; ///< roster key → the profile's wording
};

QString characterText(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// One run of an export: the sources of the columns, the counts and the issues found.
class ExportRun {
public:
    ExportRun(const ExportOptions &options, const QVector<ExportColumn> &columns, const RosterExportQuery &query,
              csv::CsvStreamWriter &writer, ExportSummary &summary)
        : m_options(options)
        , m_columns(columns)
        , m_writer(writer)
        , m_summary(summary)
        , m_employeeId(query.valueIndex(ImportField::EmployeeId))
    {
        for (const ExportColumn &c : columns) {
            CellSource s;
            if (c.kind == ExportColumn::Attribute) {
                s.attribute = query.attributeIndex(c.attribute);
            } else if (c.field == ImportField::FullName) {
                s.value = query.valueIndex(ImportField::FamilyName);
                s.given = query.valueIndex(ImportField::GivenName);
            } else if (c.field == ImportField::FullKana) {
                s.value = query.valueIndex(ImportField::FamilyKana);
                s.given = query.valueIndex(ImportField::GivenKana);
            } else {
                s.value = query.valueIndex(c.field);
            }
            for (auto it = c.valueMap.constBegin(); it != c.valueMap.constEnd(); ++it)
                s.wording.insert(it.key().toUtf8(), it.value().toUtf8());
            m_sources.append(s);
        }
    }

    void writeHeader()
    {
        for (const ExportColumn &c : m_columns)
            writeCell(c.header.toUtf8(), c.header, QByteArray());
        m_writer.endRecord();
    }

    void writeRow(const RosterExportQuery::Row &row)
    {
        ++m_summary.rows;
        const QVector<QByteArray> &values = *row.values;
        for (int i = 0; i < m_sources.size(); ++i) {
            const CellSource &s = m_sources.at(i);
            QByteArray v;
            if (s.attribute >= 0) {
                v = row.attributes->value(s.attribute);
            } else if (s.given >= 0) {
                v = values.at(s.value);
                if (!values.at(s.given).isEmpty())
                    v = v + "\xE3\x80\x80" + values.at(s.given); // U+3000, as Japanese HR files write 氏名
            } else if (s.value >= 0) {
                v = values.at(s.value);
            }
            if (!s.wording.isEmpty()) {
                const auto w = s.wording.constFind(v);
                if (w != s.wording.constEnd())
                    v = w.value();
            }
            writeCell(v, m_columns.at(i).header, values.at(m_employeeId));
        }
        m_writer.endRecord();
    }

    void addIssue(ExportIssue::Severity severity, qint64 row, const QByteArray &employeeId, const QString &column,
                  const QString &value, const QString &reason)
    {
        (severity == ExportIssue::Error ? m_summary.errorCount : m_summary.warningCount) += 1;
        if (m_summary.issues.size() < m_options.maxListedIssues)
            m_summary.issues.append({severity, row, QString::fromUtf8(employeeId), column, value, reason});
    }

private:
    void writeCell(const QByteArray &v, const QString &header, const QByteArray &employeeId)
    {
        const qint64 row = m_summary.rows + 1; // the header is row 1
        const bool guard = csv::needsFormulaGuard(v);
        // Cheap tests first: a value cannot pass either limit with fewer bytes than the limit.
        if (v.size() + 1 > kExcelCellCharacters) {
            const qsizetype n = csv::utf16Length(v) + (guard ? 1 : 0);
            if (n > kExcelCellCharacters)
                addIssue(ExportIssue::Warning, row, employeeId, header, QString(),
                         QCoreApplication::translate("RosterExport", "The value has %1 characters; Excel shows at most "
                                                                     "32,767 in a cell and cuts the rest.")
                             .arg(n));
        }
        if (v.size() > kExcelCellLineBreaks) {
            const int n = csv::lineBreakCount(v);
            if (n > kExcelCellLineBreaks)
                addIssue(ExportIssue::Warning, row, employeeId, header, QString(),
                         QCoreApplication::translate("RosterExport", "The value has %1 line breaks; Excel keeps at most "
                                                                     "253 in a cell.")
                             .arg(n));
        }
        m_unencodable.clear();
        if (m_writer.addField(v, guard, &m_unencodable))
            return;
        for (const csv::UnencodableCharacter &u : std::as_const(m_unencodable))
            addIssue(ExportIssue::Error, row, employeeId, header, characterText(u.character),
                     QCoreApplication::translate("RosterExport", "CP932 (Shift_JIS) has no “%1” (%2). Export as UTF-8 "
                                                                 "instead, or change the value.")
                         .arg(characterText(u.character), codePoint(u.character)));
        // Nothing will be written: keep reading only to list every problem.
        m_writer.discardOutput();
    }

    const ExportOptions &m_options;
    const QVector<ExportColumn> &m_columns;
    csv::CsvStreamWriter &m_writer;
    ExportSummary &m_summary;
    QVector<CellSource> m_sources;
    const int m_employeeId;
    QVector<csv::UnencodableCharacter> m_unencodable;
};

Error cancelledError()
{
    return {QCoreApplication::translate("RosterExport", "Cancelled; no file was written."), {}};
}

QVector<qint64> withoutRepeats(const QVector<qint64> &ids)
{
    QVector<qint64> out;
    QSet<qint64> seen;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

RosterExporter::RosterExporter(QSqlDatabase db, const StoreBackend &backend)
    : m_db(std::move(db))
    , m_backend(backend)
{
}

QString RosterExporter::encodingLabel(csv::ExportEncoding encoding)
{
    switch (encoding) {
    case csv::ExportEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case csv::ExportEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case csv::ExportEncoding::Cp932:
        return QStringLiteral("CP932");
    }
    return {};
}

std::optional<csv::ExportEncoding> RosterExporter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("utf-8-bom") || n == QLatin1String("utf8-bom") || n == QLatin1String("utf-8-sig")
        || n == QLatin1String("utf8bom"))
        return csv::ExportEncoding::Utf8WithBom;
    const std::optional<csv::TextEncoding> e = csv::encodingFromName(n);
    if (e == csv::TextEncoding::Utf8)
        return csv::ExportEncoding::Utf8;
    if (e == csv::TextEncoding::Cp932)
        return csv::ExportEncoding::Cp932;
    return std::nullopt;
}

Result<ExportSummary> RosterExporter::exportTo(const QString &path, const ExportOptions &options, const ExportProgress &progress,
                                               const std::atomic_bool *cancel, ExportFailure *failure)
{
    ExportFailure ignored;
    ExportFailure &why = failure ? *failure : ignored;
    why = ExportFailure::Database;
    auto attributeNames = RosterExportQuery::attributeNames(m_db);
    if (!attributeNames)
        return attributeNames.error();
    auto plan = planExportColumns(options.columns, attributeNames.value(), options.profile, options.profileName);
    if (!plan) {
        why = ExportFailure::Columns;
        return plan.error();
    }

    ExportSummary summary;
    summary.path = path;
    summary.encoding = encodingLabel(options.encoding);
    summary.notes = plan->notes;
    for (const ExportColumn &c : plan->columns)
        summary.headers.append(c.header);

    // One snapshot for the whole export, even with the roster being edited meanwhile (WAL readers see the
    // database as it was when the transaction began). Ended below, after every statement is done.
    const bool snapshot = m_db.transaction();
    struct EndSnapshot {
        QSqlDatabase &db;
        bool active;
        ~EndSnapshot()
        {
            if (active)
                db.rollback();
        }
    } endSnapshot{m_db, snapshot};

    std::optional<QVector<qint64>> ids;
    qint64 total = 0;
    if (options.ids) {
        ids = withoutRepeats(*options.ids);
    } else if (!options.filter.isEmpty()) {
        RosterQuery query(m_db, m_backend);
        auto found = query.orderedIds(options.filter, RosterSort{}, [cancel] { return cancel && cancel->load(); });
        if (!found) {
            if (cancel && cancel->load()) {
                why = ExportFailure::Cancelled;
                return cancelledError();
            }
            return found.error();
        }
        ids = found.value();
    }
    if (ids) {
        total = ids->size();
    } else {
        QSqlQuery count(m_db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM alumni")) || !count.next())
            return sql::queryError(count, QCoreApplication::translate("RosterExport", "The roster could not be read."));
        total = count.value(0).toLongLong();
    }

    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        why = ExportFailure::File;
        return Error{QCoreApplication::translate("RosterExport", "“%1” could not be written.").arg(shown), file.errorString()};
    }
    csv::CsvStreamWriter writer(&file, options.encoding);
    RosterExportQuery query(m_db, m_backend, plan->columns);
    ExportRun run(options, plan->columns, query, writer, summary);
    run.writeHeader();

    bool cancelled = false;
    const auto handler = [&](const RosterExportQuery::Row &row) {
        if (row.firstOfPerson) {
            ++summary.people;
            if (progress && (summary.people & 0xFFF) == 0)
                progress(summary.people, total);
        }
        if ((summary.rows & 0x3FF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        run.writeRow(row);
        return writer.status().ok();
    };
    const Status read = ids ? query.people(*ids, handler) : query.everyone(handler);
    if (cancelled) {
        why = ExportFailure::Cancelled;
        return cancelledError(); // the QSaveFile is discarded, not committed
    }
    if (!read)
        return read.error();
    if (Status st = writer.flush(); !st) {
        why = ExportFailure::File;
        return Error{QCoreApplication::translate("RosterExport", "“%1” could not be written.").arg(shown), st.errorText()};
    }
    if (summary.rows > options.excelDataRows)
        run.addIssue(ExportIssue::Warning, 0, QByteArray(), QString(), QString(),
                     QCoreApplication::translate("RosterExport", "The file has %1 data rows; Excel opens at most %2 "
                                                                 "(and the header) and leaves out the rest.")
                         .arg(summary.rows)
                         .arg(options.excelDataRows));
    if (progress)
        progress(summary.people, total);

    why = ExportFailure::None;
    if (summary.errorCount > 0) {
        file.cancelWriting();
        return summary; // written stays false; the issues say why
    }
    if (!file.commit()) {
        why = ExportFailure::File;
        return Error{QCoreApplication::translate("RosterExport", "“%1” could not be written.").arg(shown), file.errorString()};
    }
    summary.written = true;
    summary.bytes = writer.bytesWritten();
    return summary;
}

Result<ExportSummary> exportRoster(Database &db, const QString &path, const ExportOptions &options,
                                   const ExportProgress &progress, const std::atomic_bool *cancel, ExportFailure *failure)
{
    RosterExporter exporter(db.sql(), db.backend());
    return exporter.exportTo(path, options, progress, cancel, failure);
}

QString describe(const ExportIssue &issue)
{
    if (issue.row <= 0)
        return issue.reason;
    if (issue.employeeId.isEmpty())
        return QCoreApplication::translate("RosterExport", "Row %1, column %2: %3").arg(issue.row).arg(issue.column, issue.reason);
    return QCoreApplication::translate("RosterExport", "Row %1 (employee ID %2), column %3: %4")
        .arg(issue.row)
        .arg(issue.employeeId, issue.column, issue.reason);
}

} // namespace alumnidesk::hris
