// The font family a report is set in: one that holds Japanese (IPA, Noto CJK, Yu Gothic, Meiryo, …) so
// that Japanese names and definitions print as text, embedded in the PDF, never as empty boxes.
#pragma once

#include <QFont>
#include <QString>

namespace alumnidesk::report {

/// The first installed family of a list of Japanese UI fonts; any family with Japanese glyphs otherwise;
/// the system's general font as the last resort.
QString reportFontFamily();

/// The report's font at a size in points.
QFont reportFont(double pointSize, bool bold = false);

} // namespace alumnidesk::report
