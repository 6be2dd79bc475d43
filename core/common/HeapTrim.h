// Gives the heap memory the process freed back to the system. glibc keeps freed memory in its arenas, so a
// large cache freed in the middle of a long operation (the import's staging pages) still counts in the
// process's resident memory, and what a later phase allocates on another thread (SQLite's sorter helper
// during an index rebuild) comes on top of it instead of in its place. Elsewhere it does nothing.
#pragma once

namespace alumnidesk {

void trimHeap();

} // namespace alumnidesk
