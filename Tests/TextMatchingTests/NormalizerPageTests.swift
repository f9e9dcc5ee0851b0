import Testing

@testable import TextMatching

@Suite struct NormalizerPageTests {
    /// A page's 256 mapped values. `mapped` is a pointer into memory the page owns, so the page is
    /// kept alive while it is read.
    private static func values(_ page: Page) -> [UInt32] {
        withExtendedLifetime(page) { (0..<256).map { page.mapped[$0] } }
    }

    /// Pages of unified ideographs are built by a shortcut; it must give what mapping each code point
    /// on its own gives.
    @Test func unifiedIdeographPagesMatchTheGeneralPath() {
        let indices = (0..<0x100).filter(Page.isUnifiedIdeographPage)
        #expect(indices.count == 0x19 + 0x52)
        for index in indices {
            let shortcut = Page(unifiedIdeographPage: index)
            let general = Page(mappingEachCodePointOf: index)
            #expect(Self.values(shortcut) == Self.values(general), "page \(index)")
            #expect(shortcut.several == general.several, "page \(index)")
        }
        // The shortcut does simplify: 國 (U+570B) is on such a page.
        #expect(Self.values(Page(unifiedIdeographPage: 0x57))[0x0B] == 0x56FD)
    }
}
