#include "db/SqliteSkillsIndex.h"

namespace alumnidesk::sqliteskills {

namespace {

// alumni.skills holds "Python, 法人営業, SQL" (AlumnusRows joins with ", "). SQLite triggers cannot use a
// CTE, so the list is turned into a JSON array for json_each; text that would not make valid JSON (a
// control character) indexes nothing rather than failing the roster write. Keys are trimmed and ASCII
// lower-cased: skills are stored NFKC-normalised already, and matching normalises required skills the same
// way (skillKey() in OpeningMatcher.cpp).
QString jsonArray(const QString &row)
{
    return QStringLiteral(R"('["' || replace(replace(replace(%1.skills, '\', '\\'), '"', '\"'), ', ', '","') || '"]')")
        .arg(row);
}

QString validArray(const QString &row)
{
    const QString array = jsonArray(row);
    return QStringLiteral("CASE WHEN json_valid(%1) THEN %1 ELSE '[]' END").arg(array);
}

QString skillRowsFor(const QString &row)
{
    return QStringLiteral("INSERT OR IGNORE INTO alumnus_skills(skill, alumnus_id) "
                          "SELECT lower(trim(value)), %1.id FROM json_each(%2) WHERE trim(value) <> ''")
        .arg(row, validArray(row));
}

} // namespace

QStringList triggers()
{
    const QString insertNew = skillRowsFor(QStringLiteral("new"));
    return {QStringLiteral("CREATE TRIGGER alumni_skills_ai AFTER INSERT ON alumni WHEN new.skills <> '' BEGIN ") + insertNew
                + QStringLiteral("; END"),
            QStringLiteral("CREATE TRIGGER alumni_skills_au AFTER UPDATE OF skills ON alumni WHEN old.skills IS NOT new.skills "
                           "BEGIN DELETE FROM alumnus_skills WHERE alumnus_id = old.id; ")
                + insertNew + QStringLiteral("; END")};
}

QStringList dropTriggers()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS alumni_skills_ai"), QStringLiteral("DROP TRIGGER IF EXISTS alumni_skills_au")};
}

QString fillStatement()
{
    return QStringLiteral("INSERT OR IGNORE INTO alumnus_skills(skill, alumnus_id) SELECT lower(trim(value)), alumni.id "
                          "FROM alumni, json_each(%1) WHERE alumni.skills <> '' AND trim(value) <> ''")
        .arg(validArray(QStringLiteral("alumni")));
}

} // namespace alumnidesk::sqliteskills
