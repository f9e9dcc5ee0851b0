/// The clause of a platform rule that a finding breaks, quoted exactly from its source document.
public struct Citation: Sendable, Codable, Equatable, Hashable {
    /// Title of the document, e.g. 微信小程序平台运营规范.
    public var document: String
    /// Edition or publication date of the cited text, e.g. 2017-01-09.
    public var edition: String
    /// Clause number as printed in the document, e.g. 5.1 or 第八条(八)5.
    public var clause: String
    /// The clause text, quoted exactly.
    public var text: String

    public init(document: String, edition: String, clause: String, text: String) {
        self.document = document
        self.edition = edition
        self.clause = clause
        self.text = text
    }
}

extension Citation {
    /// Whether the clause is a bare number such as 5.1 or 12.5.3, not a section title.
    public var isClauseNumber: Bool {
        clause.first?.isNumber == true && clause.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// The clause as a reader names it: "第 5.1 条" / "clause 5.1" for a clause number alone, and
    /// the clause as it stands otherwise (a section title such as "33. 恶意导流", or "第四条(六)").
    public func clauseLabel(_ language: Language) -> String {
        guard isClauseNumber else { return clause }
        return language == .zh ? "第 \(clause) 条" : "clause \(clause)"
    }

    /// 《document》(edition) and the clause label, without the quote.
    public func heading(_ language: Language) -> String {
        switch language {
        case .zh: "《\(document)》(\(edition)) \(clauseLabel(.zh))"
        case .en: "\(document) (\(edition)), \(clauseLabel(.en))"
        }
    }
}
