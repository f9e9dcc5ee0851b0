#include "CImageCodecs.h"

#include <png.h>
#include <stdlib.h>
#include <string.h>

// libpng's simplified API keeps its setjmp inside libpng: every error comes back as a zero return
// value, and no message is printed.
mpcheck_decode_status mpcheck_decode_png(
    const uint8_t *data, size_t size, mpcheck_decode_limits limits, mpcheck_rgba_image *out) {
    memset(out, 0, sizeof *out);
    if (data == NULL || size == 0) {
        return MPCHECK_DECODE_INVALID;
    }
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, data, size)) {
        png_image_free(&image);
        return MPCHECK_DECODE_INVALID;
    }
    if (image.width == 0 || image.height == 0 || image.width > limits.max_side || image.height > limits.max_side ||
        (uint64_t)image.width * image.height > limits.max_pixels) {
        out->width = image.width;
        out->height = image.height;
        png_image_free(&image);
        return MPCHECK_DECODE_TOO_LARGE;
    }
    image.format = PNG_FORMAT_RGBA;
    // The limits keep this product far below SIZE_MAX.
    uint8_t *pixels = malloc((size_t)image.width * image.height * 4);
    if (pixels == NULL) {
        png_image_free(&image);
        return MPCHECK_DECODE_NO_MEMORY;
    }
    // A zero row stride means rows of width × 4 bytes; the background is unused for RGBA output.
    if (!png_image_finish_read(&image, NULL, pixels, 0, NULL)) {
        free(pixels);
        png_image_free(&image);
        return MPCHECK_DECODE_INVALID;
    }
    png_image_free(&image);
    out->pixels = pixels;
    out->width = image.width;
    out->height = image.height;
    return MPCHECK_DECODE_OK;
}

void mpcheck_rgba_to_gray(const uint8_t *restrict rgba, uint8_t *restrict gray, size_t count) {
    // Written so that the compiler vectorises it with plain SSE2: each pixel is read as one 32-bit
    // word, and the division by 255 is done as (x + 1 + (x >> 8)) >> 8, equal to x / 255 for every
    // x below 65535 (the blend is at most 255 × 255 + 127).
    for (size_t index = 0; index < count; index++) {
        uint32_t word;
        memcpy(&word, rgba + index * 4, 4);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        word = __builtin_bswap32(word);
#endif
        // Memory order R, G, B, A: R in the low byte.
        uint32_t luma = (77u * (word & 0xFF) + 150u * ((word >> 8) & 0xFF) + 29u * ((word >> 16) & 0xFF)) >> 8;
        uint32_t alpha = word >> 24;
        uint32_t blend = luma * alpha + 255u * (255u - alpha) + 127u;
        gray[index] = (uint8_t)((blend + 1u + (blend >> 8)) >> 8);
    }
}

void mpcheck_image_free(uint8_t *pixels) { free(pixels); }
