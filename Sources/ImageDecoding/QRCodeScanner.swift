internal import CZBar

/// Finds QR codes in an image with zbar.
public enum QRCodeScanner {
    /// Images up to this many pixels are scanned line by line, which finds codes of 2 pixels a
    /// module; larger images every second line (3 pixels a module or more).
    public static let everyLinePixels = 512 * 1024

    /// The payloads of the QR codes in `image`, in the order zbar reports them. Payload bytes are
    /// read as UTF-8, which QR generators write today (invalid sequences become U+FFFD): zbar's
    /// own guess of the text encoding is turned off, since it takes UTF-8 Chinese for Shift JIS.
    /// Other barcode kinds are not looked for.
    public static func scan(_ image: GrayImage) -> [String] {
        guard image.width > 0, image.height > 0,
            let width = UInt32(exactly: image.width), let height = UInt32(exactly: image.height),
            let scanner = zbar_image_scanner_create()
        else { return [] }
        defer { zbar_image_scanner_destroy(scanner) }
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1)
        zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1)
        // Every second line of a large image halves the work (see everyLinePixels).
        let density: Int32 = image.width * image.height > Self.everyLinePixels ? 2 : 1
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_X_DENSITY, density)
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, density)

        guard let zbarImage = zbar_image_create() else { return [] }
        defer { zbar_image_destroy(zbarImage) }
        zbar_image_set_format(zbarImage, CZBar_Y800)
        zbar_image_set_size(zbarImage, width, height)
        return image.pixels.withUnsafeBufferPointer { pixels in
            // No cleanup handler: the pixels stay owned by the array, and zbar reads them only
            // during zbar_scan_image.
            zbar_image_set_data(zbarImage, pixels.baseAddress, UInt(pixels.count), nil)
            defer { zbar_image_set_data(zbarImage, nil, 0, nil) }
            guard zbar_scan_image(scanner, zbarImage) > 0 else { return [] }
            var payloads: [String] = []
            var symbol = zbar_image_first_symbol(zbarImage)
            while let current = symbol {
                if zbar_symbol_get_type(current) == ZBAR_QRCODE, let data = zbar_symbol_get_data(current) {
                    let length = Int(zbar_symbol_get_data_length(current))
                    let bytes = UnsafeRawBufferPointer(start: data, count: length)
                    payloads.append(String(decoding: bytes, as: UTF8.self))
                }
                symbol = zbar_symbol_next(current)
            }
            return payloads
        }
    }
}
