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

void mpcheck_rgba_to_gray(uint8_t *pixels, size_t count) {
    // Pixel i is read from bytes 4i..4i+3 before byte i is written, and i <= 4i, so in place is safe.
    for (size_t index = 0; index < count; index++) {
        const uint8_t *pixel = pixels + index * 4;
        unsigned luma = (77u * pixel[0] + 150u * pixel[1] + 29u * pixel[2]) >> 8;
        unsigned alpha = pixel[3];
        pixels[index] = (uint8_t)((luma * alpha + 255u * (255u - alpha) + 127u) / 255u);
    }
}

void mpcheck_image_free(uint8_t *pixels) { free(pixels); }
