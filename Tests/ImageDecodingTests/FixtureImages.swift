import Foundation
import TestSupport

/// Reads a test image from Tests/Fixtures/images.
func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: RepositoryPaths.imageFixtures.appendingPathComponent(name)))
}
