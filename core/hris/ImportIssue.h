// One problem with one row of an import: where (line in the file, column), which field, the value as
// written, and why — in the user's language. Errors reject the row; warnings let it in and say what to check.
#pragma once

#include <QString>

namespace alumnidesk::hris {

struct ImportIssue {
    enum Severity { Warning, Error };
    Severity severity = Error;
    int line = 0;   ///< 1-based line of the file where the record starts
    int column = 0; ///< 1-based; 0 when the problem is the whole row
    QString field;  ///< the column's header
    QString value;  ///< as written in the file
    QString reason; ///< translated
};

} // namespace alumnidesk::hris
