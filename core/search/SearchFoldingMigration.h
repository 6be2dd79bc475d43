// Schema 7: search that folds spellings (variant kanji 髙 → 高, romaji long vowels kousuke → kosuke). The
// tokenizer now folds variant kanji, and each person's name_romaji carries the folded form beside the
// spelled-out one, so every stored name_romaji is recomputed and the index is rebuilt from the rows.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace alumnidesk {
class StoreBackend;
}

namespace alumnidesk::search {

/// The migration: recomputes name_romaji where it changes and rebuilds the search index, in the caller's
/// transaction. The roster revision does not move (nothing eligibility reads has changed).
Status migrateToFoldedSearch(QSqlDatabase &db, const StoreBackend &backend);

} // namespace alumnidesk::search
