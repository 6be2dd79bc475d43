// A fresh AlumniDesk database in a temporary folder, removed with the object, plus builders for alumni.
#pragma once

#include "db/Database.h"
#include "roster/Alumnus.h"

#include <QTemporaryDir>

#include <memory>

namespace alumnidesk::test {

class TestDatabase {
public:
    TestDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the file (to check what was really written).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// A valid alumnus with one stint; names as given ("山田 太郎", "ヤマダ タロウ").
Alumnus makeAlumnus(const QString &employeeId, const QString &name, const QString &kana);

} // namespace alumnidesk::test
