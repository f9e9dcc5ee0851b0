import Foundation
import ReviewKit
import TestSupport
import Testing

@Suite struct CitationTests {
    /// Source file of each cited document, in RuleSources/ (copied from the project's rule sources,
    /// or excerpts of official development documents with their source noted in the file).
    static let sources: [String: String] = [
        "微信小程序平台运营规范": "002_ae8c9e7c04548d14.txt",
        "墨迹天气《内容投诉举报制度》": "003_e414ccc407b73b12.txt",
        "远方好物平台内容创作规则": "004_22026c0c7203916f.txt",
        "“即梦AI”社区自律公约": "000_ed2d20557d9b4c01.txt",
        "漫森文化网络表演平台违规行为处罚规则": "001_c6cd6bb5229bf98f.txt",
        "微信小程序平台运营规范（现行版）": "official/operation-rules-current.md",
        "微信小程序开发文档·全局配置": "official/global-configuration.txt",
        "微信小程序开发文档·分包加载": "official/subpackage-loading.txt",
    ]

    /// Every rule's quoted clause stands verbatim in its source, right after its clause number.
    @Test(arguments: RuleRegistry.all.map(\.id))
    func clauseIsQuotedExactly(_ id: String) throws {
        let citation = try #require(RuleRegistry.rule(id: id)).description.citation
        let file = try #require(Self.sources[citation.document], "unknown document \(citation.document)")
        let source = try String(contentsOf: RepositoryPaths.ruleSources.appendingPathComponent(file), encoding: .utf8)
        #expect(source.contains(citation.text), "\(id): the quoted text is not in \(file)")
        if citation.document == "微信小程序平台运营规范" {
            #expect(
                source.contains(citation.clause + citation.text),
                "\(id): clause \(citation.clause) does not start that text")
            #expect(citation.edition == "2017-01-09")
        }
    }

    @Test func clauseNumbersAreLabelledAndSectionTitlesKept() {
        func label(_ clause: String, _ language: Language) -> String {
            Citation(document: "d", edition: "e", clause: clause, text: "t").clauseLabel(language)
        }
        #expect(label("12.5.3", .zh) == "第 12.5.3 条")
        #expect(label("12.5.3", .en) == "clause 12.5.3")
        #expect(label("33. 恶意导流", .zh) == "33. 恶意导流")
        #expect(label("2. 违禁与管制物品", .en) == "2. 违禁与管制物品")
        #expect(label("第四条(六)", .zh) == "第四条(六)")
        #expect(label("tabBar list iconPath", .en) == "tabBar list iconPath")
    }
}
