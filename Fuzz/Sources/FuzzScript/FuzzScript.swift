import JavaScriptTokens

/// Tokenizes the input, decoded as UTF-8 with repair, as a script.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tokens = Tokenizer.tokenize(source)
    _ = tokens.code
    return 0
}
