// Generates a realistic, entirely invented alumni roster for demos, screenshots and benchmarks. The roster is
// a pure function of (rows, seed, today): each row draws from its own random stream derived from the seed
// and its index, so the same options give the same roster on every platform and any row can be made alone.
#pragma once

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "roster/Alumnus.h"

#include <QDate>

namespace alumnidesk::demo {

struct DemoOptions {
    int rows = 0;
    quint64 seed = 1;
    QDate today; ///< the roster's "now": no date after it; invalid means QDate::currentDate()
};

class DemoGenerator {
public:
    explicit DemoGenerator(const DemoOptions &options);

    /// The alumnus at position `index` (0 ≤ index < rows). Not yet normalized(); valid once it is.
    Alumnus alumnus(int index) const;

    /// The unique employee ID of the row at `index`: six digits (zero-padded, as many HR systems print
    /// them) while the roster fits in them (up to 1,000,000 rows), seven for larger rosters.
    QString employeeId(int index) const;

    const DemoOptions &options() const { return m_options; }

private:
    quint64 permutedIndex(quint64 index) const;

    DemoOptions m_options;
    quint64 m_rowKey = 0;   ///< derived from the seed; mixed with the row index into each row's stream
    quint64 m_idSpace = 0;  ///< how many IDs there are: 10^digits
    int m_idDigits = 6;
    int m_permutationBits = 0;
    quint64 m_permutationKeys[4] = {};
};

} // namespace alumnidesk::demo
