#include "CICURegex.h"

#include <pthread.h>
#include <stdlib.h>
#include <unicode/uregex.h>

// The ICU headers stay inside this file: Swift code importing Foundation (which bundles its own
// ICU) cannot also import them, so only plain C types cross the public header.

// Matchers cloned from the compiled expression are kept for reuse: cloning and closing one per
// match cost more than the matching itself. At most `spare_limit` wait here between matches.
enum { spare_limit = 8 };

struct mpcheck_regex {
    URegularExpression *compiled;
    pthread_mutex_t lock;
    URegularExpression *spare[spare_limit];
    int spare_count;
};

// Matching steps allowed per text before giving up, in ICU's time-limit units (about a
// millisecond each): a pathological expression or text cannot hang a review.
static const int32_t time_limit = 2000;

mpcheck_regex *mpcheck_regex_compile(const uint16_t *pattern, int32_t length, int case_insensitive) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *compiled =
        uregex_open((const UChar *)pattern, length, case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, NULL, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    mpcheck_regex *regex = malloc(sizeof(mpcheck_regex));
    if (regex == NULL) {
        uregex_close(compiled);
        return NULL;
    }
    regex->compiled = compiled;
    pthread_mutex_init(&regex->lock, NULL);
    regex->spare_count = 0;
    return regex;
}

void mpcheck_regex_free(mpcheck_regex *regex) {
    if (regex == NULL) {
        return;
    }
    for (int index = 0; index < regex->spare_count; index++) {
        uregex_close(regex->spare[index]);
    }
    pthread_mutex_destroy(&regex->lock);
    uregex_close(regex->compiled);
    free(regex);
}

int32_t mpcheck_regex_find_all(
    const mpcheck_regex *regex, const uint16_t *text, int32_t length, int32_t *ranges, int32_t capacity,
    int *timed_out) {
    *timed_out = 0;
    UErrorCode status = U_ZERO_ERROR;
    // A clone shares the compiled pattern and has its own matching state.
    mpcheck_regex *shared = (mpcheck_regex *)regex;
    URegularExpression *matcher = NULL;
    pthread_mutex_lock(&shared->lock);
    if (shared->spare_count > 0) {
        shared->spare_count -= 1;
        matcher = shared->spare[shared->spare_count];
    }
    pthread_mutex_unlock(&shared->lock);
    if (matcher == NULL) {
        matcher = uregex_clone(regex->compiled, &status);
        if (U_FAILURE(status)) {
            return -1;
        }
    }
    uregex_setTimeLimit(matcher, time_limit, &status);
    uregex_setText(matcher, (const UChar *)text, length, &status);
    int32_t count = 0;
    while (U_SUCCESS(status) && uregex_findNext(matcher, &status)) {
        int32_t start = uregex_start(matcher, 0, &status);
        int32_t end = uregex_end(matcher, 0, &status);
        if (U_FAILURE(status)) {
            break;
        }
        if (count < capacity) {
            ranges[2 * count] = start;
            ranges[2 * count + 1] = end;
        }
        count += 1;
    }
    // Detach the caller's text before the matcher waits for its next use.
    static const UChar nothing[1] = {0};
    UErrorCode reset = U_ZERO_ERROR;
    uregex_setText(matcher, nothing, 0, &reset);
    pthread_mutex_lock(&shared->lock);
    if (U_SUCCESS(reset) && shared->spare_count < spare_limit) {
        shared->spare[shared->spare_count] = matcher;
        shared->spare_count += 1;
        matcher = NULL;
    }
    pthread_mutex_unlock(&shared->lock);
    if (matcher != NULL) {
        uregex_close(matcher);
    }
    if (status == U_REGEX_TIME_OUT) {
        *timed_out = 1;
        return count;
    }
    return U_FAILURE(status) ? -1 : count;
}
