import WXML

/// Parses the input, decoded as UTF-8 with repair, as a WXML page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = WXMLParser.parse(source)
    return 0
}
