// Names and numbers that identify AlumniDesk and its files.
#pragma once

#include <cstdint>

namespace alumnidesk::appinfo {

inline constexpr const char *kName = "AlumniDesk";
inline constexpr const char *kOrganization = "AlumniDesk";
#ifndef ALUMNIDESK_VERSION
#define ALUMNIDESK_VERSION "0.0.0"
#endif
inline constexpr const char *kVersion = ALUMNIDESK_VERSION;
/// Written to SQLite's application_id header field ('ALMD'), so that a file can be recognised as ours
/// without reading any table.
inline constexpr std::int32_t kSqliteApplicationId = 0x414C4D44;

} // namespace alumnidesk::appinfo
