#include "db/Statement.h"

#include "db/SqlUtil.h"

namespace alumnidesk {

namespace {

class QtStatement final : public Statement {
public:
    explicit QtStatement(QSqlDatabase &db)
        : m_query(db)
    {
    }
    QSqlQuery &query() { return m_query; }

    void bindValue(int index, const QVariant &value) override { m_query.bindValue(index, value); }
    Status exec() override { return sql::exec(m_query); }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const override { return m_query.numRowsAffected(); }
    void finish() override { m_query.finish(); }

private:
    QSqlQuery m_query;
};

} // namespace

Result<std::unique_ptr<Statement>> Statement::prepareWithQt(QSqlDatabase &db, const QString &sqlText)
{
    auto s = std::make_unique<QtStatement>(db);
    if (Status st = sql::prepare(s->query(), sqlText); !st)
        return st.error();
    return std::unique_ptr<Statement>(std::move(s));
}

} // namespace alumnidesk
