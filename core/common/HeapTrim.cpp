#include "common/HeapTrim.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace alumnidesk {

void trimHeap()
{
#if defined(__GLIBC__)
    (void)malloc_trim(0);
#endif
}

} // namespace alumnidesk
