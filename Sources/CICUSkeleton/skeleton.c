#include "CICUSkeleton.h"

#include <unicode/uspoof.h>

// The ICU headers stay inside this file: Swift code importing Foundation (which bundles its own
// ICU) cannot also import them, so only plain C types cross the public header.
int32_t mpcheck_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t written = uspoof_getSkeleton(checker, 0, (const UChar *)text, length, (UChar *)out, capacity, &status);
    uspoof_close(checker);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        return written;
    }
    return U_FAILURE(status) ? -1 : written;
}
