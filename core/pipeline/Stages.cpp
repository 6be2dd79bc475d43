#include "pipeline/Stages.h"

#include "db/SqlUtil.h"
#include "db/WriteTransaction.h"
#include "pipeline/PipelineVocabulary.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace alumnidesk::pipeline {

namespace {

const QString kColumns = QStringLiteral("id, key, name_ja, name_en, position, kind, closing, requires_eligibility, retired");

Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.key = q.value(1).toString();
    s.nameJa = q.value(2).toString();
    s.nameEn = q.value(3).toString();
    s.position = q.value(4).toInt();
    s.kind = kindFromKey(q.value(5).toString()).value_or(StageKind::Active);
    s.closing = q.value(6).toBool();
    s.requiresEligibility = q.value(7).toBool();
    s.retired = q.value(8).toBool();
    return s;
}

Error invalid(const QString &why)
{
    return {QCoreApplication::translate("Pipeline", "The stage was not saved:"), why};
}

} // namespace

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

Result<QVector<Stage>> StageCatalog::stages()
{
    QSqlQuery q(m_ctx.db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM pipeline_stages ORDER BY position, id").arg(kColumns)))
        return sql::queryError(q, QCoreApplication::translate("Pipeline", "The pipeline stages could not be read."));
    QVector<Stage> out;
    while (q.next())
        out.append(stageFrom(q));
    return out;
}

Result<Stage> StageCatalog::stage(qint64 id)
{
    auto all = stages();
    if (!all)
        return all.error();
    for (const Stage &s : all.value()) {
        if (s.id == id)
            return s;
    }
    return Error{QCoreApplication::translate("Pipeline", "There is no pipeline stage %1.").arg(id), {}};
}

Result<Stage> StageCatalog::find(const QString &text)
{
    auto all = stages();
    if (!all)
        return all.error();
    const QString t = text.trimmed();
    for (const Stage &s : all.value()) {
        if (t.compare(s.key, Qt::CaseInsensitive) == 0 || t == s.nameJa || t.compare(s.nameEn, Qt::CaseInsensitive) == 0)
            return s;
    }
    QStringList known;
    for (const Stage &s : all.value()) {
        if (!s.retired)
            known.append(QStringLiteral("%1 (%2, %3)").arg(s.key, s.nameJa, s.nameEn));
    }
    return Error{QCoreApplication::translate("Pipeline", "There is no pipeline stage “%1”.").arg(t),
                 QCoreApplication::translate("Pipeline", "Stages: %1").arg(known.join(QStringLiteral(", ")))};
}

Status StageCatalog::validateFields(const Stage &s)
{
    if (s.key.trimmed().isEmpty() || s.nameJa.trimmed().isEmpty() || s.nameEn.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Pipeline", "A stage needs a key and a name in Japanese and in English."));
    if (s.kind != StageKind::Active && !s.closing)
        return invalid(QCoreApplication::translate("Pipeline", "Only an in-progress stage can leave a candidacy open."));
    if (s.kind == StageKind::Active && s.closing)
        return invalid(QCoreApplication::translate("Pipeline", "A closing stage must say how the candidacy ended."));
    return {};
}

Status StageCatalog::validate(const Stage &s, qint64 selfId)
{
    if (Status st = validateFields(s); !st)
        return st;
    auto all = stages();
    if (!all)
        return all.error();
    for (const Stage &o : all.value()) {
        if (o.id != selfId && (o.key == s.key.trimmed() || o.nameJa == s.nameJa.trimmed() || o.nameEn == s.nameEn.trimmed()))
            return invalid(QCoreApplication::translate("Pipeline", "Another stage already has the key or name “%1”.").arg(o.key));
    }
    return {};
}

Result<qint64> StageCatalog::add(const Stage &s)
{
    if (Status st = validate(s, 0); !st)
        return st.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status().error();
    auto id = insertRow(s);
    if (!id)
        return id.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id.value();
}

Result<qint64> StageCatalog::insertRow(const Stage &s)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("INSERT INTO pipeline_stages(key, name_ja, name_en, position, kind, closing, requires_eligibility) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.key.trimmed());
    q.addBindValue(s.nameJa.trimmed());
    q.addBindValue(s.nameEn.trimmed());
    q.addBindValue(s.position);
    q.addBindValue(kindKey(s.kind));
    q.addBindValue(int(s.closing));
    q.addBindValue(int(s.requiresEligibility));
    if (Status st = sql::exec(q); !st)
        return st.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status st = m_ctx.audit->record(m_ctx.source, QStringLiteral("insert"), QStringLiteral("pipeline_stage"), s.key.trimmed(),
                                        {}, {}, s.nameJa + QLatin1Char('/') + s.nameEn);
        !st)
        return st.error();
    return id;
}

Status StageCatalog::save(const Stage &s)
{
    if (Status st = validate(s, s.id); !st)
        return st;
    auto before = stage(s.id);
    if (!before)
        return before.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    if (Status st = updateRow(before.value(), s); !st)
        return st;
    return tx.commit();
}

Status StageCatalog::updateRow(const Stage &before, const Stage &s)
{
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE pipeline_stages SET key = ?, name_ja = ?, name_en = ?, position = ?, kind = ?, closing = ?, "
                             "requires_eligibility = ? WHERE id = ?"));
    q.addBindValue(s.key.trimmed());
    q.addBindValue(s.nameJa.trimmed());
    q.addBindValue(s.nameEn.trimmed());
    q.addBindValue(s.position);
    q.addBindValue(kindKey(s.kind));
    q.addBindValue(int(s.closing));
    q.addBindValue(int(s.requiresEligibility));
    q.addBindValue(s.id);
    if (Status st = sql::exec(q); !st)
        return st;
    const QString was = QStringLiteral("%1 %2/%3 @%4").arg(before.key, before.nameJa, before.nameEn).arg(before.position);
    const QString now = QStringLiteral("%1 %2/%3 @%4").arg(s.key, s.nameJa, s.nameEn).arg(s.position);
    return m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("pipeline_stage"), before.key, {}, was, now);
}

Status StageCatalog::setRetired(qint64 id, bool retired)
{
    auto s = stage(id);
    if (!s)
        return s.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    if (Status st = retireRow(s.value(), retired); !st)
        return st;
    return tx.commit();
}

Status StageCatalog::retireRow(const Stage &s, bool retired)
{
    if (retired) {
        QSqlQuery busy(m_ctx.db);
        busy.prepare(QStringLiteral("SELECT count(*) FROM candidacies WHERE stage_id = ? AND closed_at IS NULL"));
        busy.addBindValue(s.id);
        if (Status st = sql::exec(busy); !st)
            return st;
        const int open = busy.next() ? busy.value(0).toInt() : 0;
        if (open > 0) {
            return invalid(QCoreApplication::translate("Pipeline", "%n open candidacies are in the stage “%1”; move them first.", nullptr, open)
                               .arg(s.name()));
        }
    }
    QSqlQuery q(m_ctx.db);
    q.prepare(QStringLiteral("UPDATE pipeline_stages SET retired = ? WHERE id = ?"));
    q.addBindValue(int(retired));
    q.addBindValue(s.id);
    if (Status st = sql::exec(q); !st)
        return st;
    return m_ctx.audit->record(m_ctx.source, QStringLiteral("update"), QStringLiteral("pipeline_stage"), s.key,
                               QStringLiteral("retired"), QString::number(int(s.retired)), QString::number(int(retired)));
}

Status StageCatalog::saveAll(const QVector<Stage> &list)
{
    // The list as it will be: every stage valid, no key or name twice.
    QSet<QString> seen;
    for (const Stage &s : list) {
        if (Status st = validateFields(s); !st)
            return Error{QCoreApplication::translate("Pipeline", "Stage “%1”: %2").arg(s.nameJa.isEmpty() ? s.key : s.nameJa, st.error().fullText()), {}};
        const QStringList names{QString(QStringLiteral("k:") + s.key.trimmed()), QString(QStringLiteral("j:") + s.nameJa.trimmed()),
                                QString(QStringLiteral("e:") + s.nameEn.trimmed())};
        for (const QString &name : names) {
            if (seen.contains(name))
                return invalid(QCoreApplication::translate("Pipeline", "Another stage already has the key or name “%1”.").arg(name.mid(2)));
            seen.insert(name);
        }
    }
    auto stored = stages();
    if (!stored)
        return stored.error();
    WriteTransaction tx(m_ctx.db, *m_ctx.backend);
    if (!tx.started())
        return tx.status();
    for (const Stage &s : list) {
        if (s.id == 0) {
            auto id = insertRow(s);
            if (!id)
                return id.error();
            if (s.retired) {
                Stage added = s;
                added.id = id.value();
                if (Status st = retireRow(added, true); !st)
                    return st;
            }
            continue;
        }
        const auto before = std::find_if(stored->begin(), stored->end(), [&](const Stage &o) { return o.id == s.id; });
        if (before == stored->end())
            return invalid(QCoreApplication::translate("Pipeline", "The stage “%1” no longer exists.").arg(s.key));
        if (before->key != s.key.trimmed() || before->nameJa != s.nameJa.trimmed() || before->nameEn != s.nameEn.trimmed()
            || before->position != s.position || before->kind != s.kind || before->closing != s.closing
            || before->requiresEligibility != s.requiresEligibility) {
            if (Status st = updateRow(*before, s); !st)
                return st;
        }
        if (before->retired != s.retired) {
            if (Status st = retireRow(*before, s.retired); !st)
                return Error{QCoreApplication::translate("Pipeline", "Nothing was saved: %1").arg(st.error().fullText()), {}};
        }
    }
    return tx.commit();
}

} // namespace alumnidesk::pipeline
