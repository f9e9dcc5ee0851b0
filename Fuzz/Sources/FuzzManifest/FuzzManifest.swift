import ReviewKit

/// Parses the input, decoded as UTF-8 with repair, as JSON and reads it as an app.json.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch JSONParser.parse(source) {
    case .success(let root):
        let manifest = AppManifest(path: "app.json", root: root)
        _ = manifest.allPages
        _ = manifest.permissionDescriptions
        _ = manifest.requiredPrivateInfos
        _ = manifest.usingComponents
    case .failure(let error):
        _ = error
    }
    return 0
}
