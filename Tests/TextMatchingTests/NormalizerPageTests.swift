import Testing

@testable import TextMatching

@Suite struct NormalizerPageTests {
    /// Pages of unified ideographs are built by a shortcut; it must give what mapping each code point
    /// on its own gives.
    @Test func unifiedIdeographPagesMatchTheGeneralPath() {
        let indices = (0..<0x100).filter(Page.isUnifiedIdeographPage)
        #expect(indices.count == 0x19 + 0x52)
        for index in indices {
            let shortcut = Page(unifiedIdeographPage: index)
            let general = Page(mappingEachCodePointOf: index)
            #expect((0..<256).map { shortcut.mapped[$0] } == (0..<256).map { general.mapped[$0] }, "page \(index)")
            #expect(shortcut.several == general.several, "page \(index)")
        }
        // The shortcut does simplify: 國 (U+570B) is on such a page.
        #expect(Page(unifiedIdeographPage: 0x57).mapped[0x0B] == 0x56FD)
    }
}
