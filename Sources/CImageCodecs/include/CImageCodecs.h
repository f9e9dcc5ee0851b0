#ifndef MPCHECK_CIMAGECODECS_H
#define MPCHECK_CIMAGECODECS_H

#include <stddef.h>
#include <stdint.h>

/// How a decode ended.
typedef enum {
    /// Decoded: the pixels are set.
    MPCHECK_DECODE_OK = 0,
    /// The decoder reported an error: not an image of that format, truncated or corrupt.
    MPCHECK_DECODE_INVALID = 1,
    /// The header gives a width or height over the limits; nothing was decoded.
    MPCHECK_DECODE_TOO_LARGE = 2,
    /// The pixel buffer could not be allocated.
    MPCHECK_DECODE_NO_MEMORY = 3,
    /// A valid image the decoder does not convert to RGBA (a CMYK JPEG).
    MPCHECK_DECODE_UNSUPPORTED = 4,
} mpcheck_decode_status;

/// The largest image a decode accepts, read from the header before any pixel is decoded.
typedef struct {
    /// Largest width and largest height, in pixels.
    uint32_t max_side;
    /// Largest width × height, in pixels.
    uint64_t max_pixels;
} mpcheck_decode_limits;

/// A decoded image: `width` × `height` pixels of 4 bytes (red, green, blue, alpha; 8 bits each,
/// not premultiplied), rows top to bottom without padding. `pixels` is allocated with malloc and
/// owned by the caller, who frees it with `mpcheck_image_free`.
typedef struct {
    uint8_t *pixels;
    uint32_t width;
    uint32_t height;
} mpcheck_rgba_image;

/// Decodes a PNG held in memory with libpng's simplified API. On any status other than
/// MPCHECK_DECODE_OK, `out` is left zeroed and nothing needs freeing. The header's size is
/// stored in `out` for MPCHECK_DECODE_TOO_LARGE.
mpcheck_decode_status mpcheck_decode_png(
    const uint8_t *data, size_t size, mpcheck_decode_limits limits, mpcheck_rgba_image *out);

/// Decodes a JPEG held in memory with libjpeg (baseline and progressive; grayscale, RGB and
/// YCbCr). Errors never leave the function: libjpeg's error exit jumps back here, its messages
/// are discarded, and a progressive file is abandoned after 500 scans. Same contract as
/// `mpcheck_decode_png`.
mpcheck_decode_status mpcheck_decode_jpeg(
    const uint8_t *data, size_t size, mpcheck_decode_limits limits, mpcheck_rgba_image *out);

/// Writes `count` RGBA pixels as 8-bit gray into `gray` (`count` bytes, not overlapping `rgba`),
/// laid over white. Gray is Rec. 601 luma in 8.8 fixed point, (77 R + 150 G + 29 B) >> 8, blended
/// with white by alpha, rounded: (luma × A + 255 × (255 − A) + 127) / 255.
void mpcheck_rgba_to_gray(const uint8_t *restrict rgba, uint8_t *restrict gray, size_t count);

/// Frees the pixels of a decoded image (NULL is allowed).
void mpcheck_image_free(uint8_t *pixels);

#endif
