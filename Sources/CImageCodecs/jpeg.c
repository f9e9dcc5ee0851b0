#include "CImageCodecs.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

/// Scans after which a progressive JPEG is given up: hostile files with thousands of tiny scans
/// would otherwise take minutes.
static const int max_scans = 500;
/// Memory libjpeg may use for its own buffers (the coefficients of a progressive image).
static const long max_decoder_memory = 256L * 1024 * 1024;

/// libjpeg's error manager followed by the jump back into `mpcheck_decode_jpeg`.
struct decode_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
};

// libjpeg's default error exit prints and calls exit(); this one jumps back to the decoder instead.
static void fail(j_common_ptr info) { longjmp(((struct decode_error *)info->err)->jump, 1); }

// Warnings and trace messages are dropped: a report never shows libjpeg's output.
static void stay_quiet(j_common_ptr info) { (void)info; }

static void limit_scans(j_common_ptr info) {
    if (info->is_decompressor && ((j_decompress_ptr)info)->input_scan_number > max_scans) {
        fail(info);
    }
}

mpcheck_decode_status mpcheck_decode_jpeg(
    const uint8_t *data, size_t size, mpcheck_decode_limits limits, mpcheck_rgba_image *out) {
    memset(out, 0, sizeof *out);
    if (data == NULL || size == 0) {
        return MPCHECK_DECODE_INVALID;
    }
    struct jpeg_decompress_struct info;
    struct decode_error error;
    struct jpeg_progress_mgr progress;
    // Set after setjmp and read after a jump, so kept out of registers.
    uint8_t *volatile pixels = NULL;
    JSAMPLE *volatile row = NULL;
    volatile mpcheck_decode_status status = MPCHECK_DECODE_INVALID;

    memset(&info, 0, sizeof info);
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = fail;
    error.manager.output_message = stay_quiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        free(row);
        free(pixels);
        memset(out, 0, sizeof *out);
        return status;
    }
    jpeg_create_decompress(&info);
    info.mem->max_memory_to_use = max_decoder_memory;
    memset(&progress, 0, sizeof progress);
    progress.progress_monitor = limit_scans;
    info.progress = &progress;
    jpeg_mem_src(&info, data, (unsigned long)size);
    jpeg_read_header(&info, TRUE);
    if (info.image_width == 0 || info.image_height == 0 || info.image_width > limits.max_side ||
        info.image_height > limits.max_side || (uint64_t)info.image_width * info.image_height > limits.max_pixels) {
        out->width = info.image_width;
        out->height = info.image_height;
        jpeg_destroy_decompress(&info);
        return MPCHECK_DECODE_TOO_LARGE;
    }
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK) {
        jpeg_destroy_decompress(&info);
        return MPCHECK_DECODE_UNSUPPORTED;
    }
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    if (info.output_components != 3) {
        jpeg_destroy_decompress(&info);
        return MPCHECK_DECODE_UNSUPPORTED;
    }
    size_t width = info.output_width;
    size_t height = info.output_height;
    status = MPCHECK_DECODE_NO_MEMORY;
    pixels = malloc(width * height * 4);
    row = malloc(width * 3);
    if (pixels == NULL || row == NULL) {
        longjmp(error.jump, 1);
    }
    status = MPCHECK_DECODE_INVALID;
    while (info.output_scanline < height) {
        size_t y = info.output_scanline;
        JSAMPROW rows[1] = {row};
        if (jpeg_read_scanlines(&info, rows, 1) != 1) {
            longjmp(error.jump, 1);
        }
        uint8_t *target = pixels + y * width * 4;
        for (size_t x = 0; x < width; x++) {
            target[x * 4] = row[x * 3];
            target[x * 4 + 1] = row[x * 3 + 1];
            target[x * 4 + 2] = row[x * 3 + 2];
            target[x * 4 + 3] = 255;
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    free(row);
    out->pixels = pixels;
    out->width = (uint32_t)width;
    out->height = (uint32_t)height;
    return MPCHECK_DECODE_OK;
}
