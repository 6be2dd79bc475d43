// Decides what an import does with each person, reading the roster but writing nothing. The rules of
// ownership: the HR system owns employment facts (ID, names, readings, birth date, the stints), AlumniDesk
// owns life after departure (membership, consents, current employer, notes, tags — never touched by a file).
// Contacts (e-mail, phone, prefecture) are filled from the file only where the roster has none, because
// after departure the alumnus keeps them current, not the HR system. A row whose hire date is new for a
// known person adds a stint (a boomerang); the same hire date updates that stint.
#pragma once

#include "hris/ImportPlan.h"
#include "hris/RecordInterpreter.h"

#include <functional>
#include <memory>

namespace alumnidesk {
class Database;
}

namespace alumnidesk::hris {

class PersonPlanner;

class ImportPlanner {
public:
    explicit ImportPlanner(Database &db);
    ~ImportPlanner();

    /// `rows` in file order. `cancelled` is polled between people.
    Result<ImportPlan> plan(const QVector<ImportRow> &rows, const std::function<bool()> &cancelled = {});

private:
    std::unique_ptr<PersonPlanner> m_person;
};

} // namespace alumnidesk::hris
