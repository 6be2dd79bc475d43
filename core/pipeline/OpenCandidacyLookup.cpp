#include "pipeline/OpenCandidacyLookup.h"

#include "db/SqlUtil.h"
#include "pipeline/PipelineTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariant>

namespace alumnidesk::pipeline {

OpenCandidacyLookup::OpenCandidacyLookup(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString OpenCandidacyLookup::describe(const QString &stageName, const QString &openingTitle)
{
    const QString where = openingTitle.isEmpty() ? QCoreApplication::translate("Pipeline", "talent pool") : openingTitle;
    return QCoreApplication::translate("Pipeline", "%1 · %2", "stage · opening").arg(stageName, where);
}

Status OpenCandidacyLookup::fill(QVector<RosterRow> &rows)
{
    if (!m_query) {
        QStringList marks;
        for (int i = 0; i < kPage; ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status st = sql::prepare(q, QStringLiteral("SELECT c.alumnus_id, s.name_ja, s.name_en, coalesce(o.title, '') "
                                                       "FROM candidacies c JOIN pipeline_stages s ON s.id = c.stage_id "
                                                       "LEFT JOIN openings o ON o.id = c.opening_id "
                                                       "WHERE c.closed_at IS NULL AND c.alumnus_id IN (%1) "
                                                       "ORDER BY c.alumnus_id, s.position, c.id")
                                            .arg(marks.join(QLatin1Char(','))));
            !st)
            return st;
        m_query = std::move(q);
    }
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].pipeline.clear();
        index.insert(rows.at(i).id, i);
    }
    QSqlQuery &q = *m_query;
    for (int start = 0; start < rows.size(); start += kPage) {
        for (int i = 0; i < kPage; ++i) {
            const int r = start + i;
            q.bindValue(i, r < rows.size() ? rows.at(r).id : qint64(-1)); // padding matches nobody
        }
        if (Status st = sql::exec(q); !st)
            return st;
        while (q.next()) {
            const int r = index.value(q.value(0).toLongLong(), -1);
            if (r < 0)
                continue;
            Stage stage;
            stage.nameJa = q.value(1).toString();
            stage.nameEn = q.value(2).toString();
            rows[r].pipeline.append(describe(stage.name(), q.value(3).toString()));
        }
        q.finish();
    }
    return {};
}

} // namespace alumnidesk::pipeline
