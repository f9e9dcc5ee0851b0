#ifndef MPCHECK_CICUREGEX_H
#define MPCHECK_CICUREGEX_H

#include <stdint.h>

/// A compiled regular expression of the system ICU. Each match runs on a clone of it (kept for
/// reuse), so one compiled expression may be used by several threads at once.
typedef struct mpcheck_regex mpcheck_regex;

/// Compiles `pattern` (UTF-16, `length` code units), case-insensitively when `case_insensitive`
/// is not 0. Returns NULL when the pattern is invalid.
mpcheck_regex *mpcheck_regex_compile(const uint16_t *pattern, int32_t length, int case_insensitive);

/// Frees an expression from `mpcheck_regex_compile`.
void mpcheck_regex_free(mpcheck_regex *regex);

/// Finds the successive matches of `regex` in `text` (UTF-16, `length` code units) and writes the
/// first `capacity` of them to `ranges` as pairs of start and end offsets in code units.
/// Returns the number of matches (more than `capacity` when `ranges` was too small: call again
/// with more room), or -1 when ICU reports an error. When matching exceeds its time limit, the
/// matches found until then are returned and `*timed_out` is set to 1 (else to 0).
int32_t mpcheck_regex_find_all(
    const mpcheck_regex *regex, const uint16_t *text, int32_t length, int32_t *ranges, int32_t capacity,
    int *timed_out);

#endif
