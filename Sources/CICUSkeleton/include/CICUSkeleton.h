#ifndef MPCHECK_CICUSKELETON_H
#define MPCHECK_CICUSKELETON_H

#include <stdint.h>

/// Writes the UTS #39 confusable skeleton of `text` (UTF-16, `length` code units) to `out`,
/// which holds `capacity` code units, using the system ICU spoof checker.
/// Returns the skeleton's length in code units (larger than `capacity` when `out` is too small:
/// call again with a larger buffer), or -1 when ICU reports an error.
int32_t mpcheck_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif
