#ifndef MPCHECK_CREGEX_H
#define MPCHECK_CREGEX_H

#include <stdint.h>

/// A compiled regular expression (PCRE2 syntax, UTF-32), immutable once compiled: one may be
/// used by several threads at once.
typedef struct mpcheck_regex mpcheck_regex;

/// Compiles `pattern` (Unicode scalars, `length` of them), case-insensitively when
/// `case_insensitive` is not 0. Returns NULL when the pattern is invalid.
mpcheck_regex *mpcheck_regex_compile(const uint32_t *pattern, int32_t length, int case_insensitive);

/// Frees an expression from `mpcheck_regex_compile`.
void mpcheck_regex_free(mpcheck_regex *regex);

/// Finds the successive matches of `regex` in `text` (Unicode scalars, `length` of them) and
/// writes the first `capacity` of them to `ranges` as pairs of start and end offsets.
/// Returns the number of matches (more than `capacity` when `ranges` was too small: call again
/// with more room), or -1 on an error. When an attempt exceeds the step limit, the matches found
/// until then are returned and `*timed_out` is set to 1 (else to 0).
int32_t mpcheck_regex_find_all(
    const mpcheck_regex *regex, const uint32_t *text, int32_t length, int32_t *ranges, int32_t capacity,
    int *timed_out);

/// Like `mpcheck_regex_find_all`, but tries the expression only AT the given offsets (`starts`,
/// ascending), as a whole-text search would: a match found at one start hides the starts inside
/// it, and look-behinds and anchors see the whole text. Gives the same matches as
/// `mpcheck_regex_find_all` when every non-empty match begins at one of `starts`, at the cost of
/// one anchored attempt per start instead of a search of the whole text.
int32_t mpcheck_regex_find_at(
    const mpcheck_regex *regex, const uint32_t *text, int32_t length, const int32_t *starts, int32_t start_count,
    int32_t *ranges, int32_t capacity, int *timed_out);

#endif
