// A compact binary form of an interpreted row (what the file says about one person and one stint), so the
// streaming import can park a million rows in a staging table on disk and read each back when its person's
// turn comes, instead of keeping them in memory. The raw fields and issues are not part of it.
#pragma once

#include "hris/RecordInterpreter.h"

#include <QByteArray>
#include <QByteArrayView>

namespace alumnidesk::hris {

/// Writes the row's form into `out`, replacing what it held; a buffer reused row after row allocates nothing.
void encodeImportRow(const ImportRow &row, QByteArray &out);
QByteArray encodeImportRow(const ImportRow &row);
/// `line` and what encodeImportRow() wrote; nothing else. Texts come back null or empty as they were.
ImportRow decodeImportRow(int line, QByteArrayView bytes);

} // namespace alumnidesk::hris
