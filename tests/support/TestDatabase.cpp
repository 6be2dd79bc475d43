#include "TestDatabase.h"

#include "text/JapaneseText.h"

#include <QTest>

namespace alumnidesk::test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("roster.sqlite")))
{
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::OpenError error;
    m_db = Database::open(m_path, &error);
    if (!m_db)
        qFatal("test database could not be opened: %s", qPrintable(error.error.fullText()));
}

Alumnus makeAlumnus(const QString &employeeId, const QString &name, const QString &kana)
{
    Alumnus a;
    a.employeeId = employeeId;
    const auto n = text::splitFullName(name);
    a.familyName = n.family;
    a.givenName = n.given;
    const auto k = text::splitFullName(kana);
    a.familyKana = k.family;
    a.givenKana = k.given;
    Stint s;
    s.hireDate = QDate(2012, 4, 1);
    s.departureDate = QDate(2020, 3, 31);
    s.department = QStringLiteral("営業部");
    s.employmentType = QStringLiteral("regular");
    s.departureType = QStringLiteral("voluntary");
    a.stints.append(s);
    return a;
}

} // namespace alumnidesk::test
