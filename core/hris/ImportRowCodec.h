// A compact binary form of an interpreted row (what the file says about one person and one stint), so the
// streaming import can park a million rows in a staging table on disk and read each back when its person's
// turn comes, instead of keeping them in memory. The raw fields and issues are not part of it.
#pragma once

#include "hris/RecordInterpreter.h"

#include <QByteArray>

namespace alumnidesk::hris {

QByteArray encodeImportRow(const ImportRow &row);
/// `line` and what encodeImportRow() wrote; nothing else.
ImportRow decodeImportRow(int line, const QByteArray &bytes);

} // namespace alumnidesk::hris
