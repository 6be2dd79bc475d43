// The double-byte tables of CP932 and EUC-JP, read once from Qt's ICU converters so that AlumniDesk maps
// every character exactly as QStringDecoder("CP932") / ("EUC-JP") would, while deciding itself which bytes
// are not characters (ICU would put U+FFFD or U+001A there without saying where).
#pragma once

#include <QtGlobal>

namespace alumnidesk::csv::tables {

/// False when this Qt has no ICU converter for CP932 or EUC-JP; then no Japanese byte decodes.
bool japaneseConvertersAvailable();

bool isCp932Lead(uchar b);
/// The character of a CP932 double-byte code (NEC row 13 and both IBM extension blocks included);
/// 0 when the pair is not one.
char16_t cp932Pair(uchar lead, uchar trail);
/// The CP932 code for `c` (two bytes, lead << 8 | trail, or one byte), 0 when CP932 cannot hold it.
/// Where CP932 has two codes for one character (NEC and IBM duplicates) this is the one Windows writes.
quint16 cp932Code(char16_t c);

/// JIS X 0208 in EUC-JP (lead and trail A1–FE), with the NEC row 13 symbols ICU knows (①, ㈱).
char16_t eucJpPair(uchar lead, uchar trail);
/// JIS X 0212 after the single shift 0x8F.
char16_t eucJpSupplementaryPair(uchar first, uchar second);

} // namespace alumnidesk::csv::tables
