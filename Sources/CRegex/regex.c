#include "CRegex.h"

#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>
#include <stdlib.h>

// Regular expressions of PCRE2, compiled to machine code by its JIT where the platform allows,
// matched over UTF-32: a normalised text's scalars as they are, with no conversion.

struct mpcheck_regex {
    // For searching (`find_all`), and for trying one start at a time (`find_at`): anchoring is
    // given at compile time, since JIT code does not take it as a match option.
    pcre2_code *code;
    pcre2_code *anchored;
    // The step limit; read-only once set up, so shared by every thread.
    pcre2_match_context *context;
};

// Backtracking steps allowed per match attempt: a pathological expression or text cannot hang a
// review. Past it, the matches found so far are kept and `timed_out` is set.
static const uint32_t match_limit = 5000000;

static pcre2_code *compile(const uint32_t *pattern, int32_t length, uint32_t options) {
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, (PCRE2_SIZE)length, options, &error, &offset, NULL);
    if (code != NULL) {
        // Without JIT (an unsupported platform), matching falls back to the interpreter.
        (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    }
    return code;
}

mpcheck_regex *mpcheck_regex_compile(const uint32_t *pattern, int32_t length, int case_insensitive) {
    uint32_t options = PCRE2_UTF | PCRE2_UCP | (case_insensitive ? PCRE2_CASELESS : 0);
    mpcheck_regex *regex = calloc(1, sizeof(mpcheck_regex));
    if (regex == NULL) {
        return NULL;
    }
    regex->code = compile(pattern, length, options);
    regex->anchored = compile(pattern, length, options | PCRE2_ANCHORED);
    regex->context = pcre2_match_context_create(NULL);
    if (regex->code == NULL || regex->anchored == NULL || regex->context == NULL) {
        mpcheck_regex_free(regex);
        return NULL;
    }
    pcre2_set_match_limit(regex->context, match_limit);
    return regex;
}

void mpcheck_regex_free(mpcheck_regex *regex) {
    if (regex == NULL) {
        return;
    }
    pcre2_code_free(regex->code);
    pcre2_code_free(regex->anchored);
    pcre2_match_context_free(regex->context);
    free(regex);
}

// Records one match in `ranges` when there is room; returns the new count.
static int32_t record(int32_t *ranges, int32_t capacity, int32_t count, int32_t start, int32_t end) {
    if (count < capacity) {
        ranges[2 * count] = start;
        ranges[2 * count + 1] = end;
    }
    return count + 1;
}

// One match attempt of `code` from `start`: 1 with the match's bounds, 0 for no match, or a
// negative PCRE2 error.
static int attempt(
    const mpcheck_regex *regex, const pcre2_code *code, const uint32_t *text, int32_t length, int32_t start,
    pcre2_match_data *data, int32_t *match_start, int32_t *match_end) {
    // The text is valid UTF-32 (Unicode scalars), so PCRE2 need not check it on every attempt.
    int result = pcre2_match(
        code, (PCRE2_SPTR)text, (PCRE2_SIZE)length, (PCRE2_SIZE)start, PCRE2_NO_UTF_CHECK, data, regex->context);
    if (result == PCRE2_ERROR_NOMATCH) {
        return 0;
    }
    if (result < 0) {
        return result;
    }
    PCRE2_SIZE *vector = pcre2_get_ovector_pointer(data);
    *match_start = (int32_t)vector[0];
    *match_end = (int32_t)vector[1];
    return 1;
}

static int32_t finish(int error, int32_t count, int *timed_out) {
    if (error == PCRE2_ERROR_MATCHLIMIT || error == PCRE2_ERROR_DEPTHLIMIT || error == PCRE2_ERROR_HEAPLIMIT
        || error == PCRE2_ERROR_JIT_STACKLIMIT) {
        *timed_out = 1;
        return count;
    }
    return error < 0 ? -1 : count;
}

int32_t mpcheck_regex_find_all(
    const mpcheck_regex *regex, const uint32_t *text, int32_t length, int32_t *ranges, int32_t capacity,
    int *timed_out) {
    *timed_out = 0;
    pcre2_match_data *data = pcre2_match_data_create(1, NULL);
    if (data == NULL) {
        return -1;
    }
    int32_t count = 0;
    int status = 0;
    int32_t position = 0;
    while (position <= length) {
        int32_t start = 0;
        int32_t end = 0;
        status = attempt(regex, regex->code, text, length, position, data, &start, &end);
        if (status <= 0) {
            break;
        }
        count = record(ranges, capacity, count, start, end);
        // After an empty match, the search goes on one scalar further.
        position = end > start ? end : start + 1;
    }
    pcre2_match_data_free(data);
    return finish(status, count, timed_out);
}

int32_t mpcheck_regex_find_at(
    const mpcheck_regex *regex, const uint32_t *text, int32_t length, const int32_t *starts, int32_t start_count,
    int32_t *ranges, int32_t capacity, int *timed_out) {
    *timed_out = 0;
    pcre2_match_data *data = pcre2_match_data_create(1, NULL);
    if (data == NULL) {
        return -1;
    }
    int32_t count = 0;
    int status = 0;
    // As the search goes on: a match hides the starts inside it, an empty match only its own.
    int32_t next_free = 0;
    for (int32_t index = 0; index < start_count; index++) {
        int32_t start = starts[index];
        if (start < next_free || start > length) {
            continue;
        }
        int32_t match_start = 0;
        int32_t end = 0;
        // Matching from an offset, look-behinds and anchors see the text before it, as a search
        // from the beginning does.
        status = attempt(regex, regex->anchored, text, length, start, data, &match_start, &end);
        if (status < 0) {
            break;
        }
        if (status == 0) {
            continue;
        }
        count = record(ranges, capacity, count, start, end);
        next_free = end > start ? end : start + 1;
    }
    pcre2_match_data_free(data);
    return finish(status < 0 ? status : 0, count, timed_out);
}
