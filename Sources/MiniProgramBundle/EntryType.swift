/// The kind of an archive entry or directory item, as far as reading a bundle cares.
enum EntryType: Equatable {
    case regular
    case directory
    case symbolicLink
    case fifo
    case characterDevice
    case blockDevice
    case socket

    /// The name used in a `specialFile` issue's detail; nil for kinds that are not special files.
    var specialFileName: String? {
        switch self {
        case .fifo: return "FIFO"
        case .characterDevice: return "character device"
        case .blockDevice: return "block device"
        case .socket: return "socket"
        case .regular, .directory, .symbolicLink: return nil
        }
    }
}
