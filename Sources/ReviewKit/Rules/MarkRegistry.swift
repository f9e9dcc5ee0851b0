import Checklists
import Foundation
import TextMatching

/// The protected marks and the similar-shape table embedded from `Checklists/marks/`, with one
/// lookalike detector per group of marks, built once.
enum MarkRegistry {
    private struct File: Decodable {
        var marks: [ProtectedMark]
    }

    /// Every registered mark. Decoding cannot fail at run time: a test loads the registry.
    static let marks: [ProtectedMark] = {
        do {
            return try JSONDecoder().decode(File.self, from: Data(BundledMarks.registry)).marks
        } catch {
            preconditionFailure("embedded marks registry is invalid: \(error)")
        }
    }()

    static let shapes = SimilarShapes(table: String(decoding: BundledMarks.similarShapes, as: UTF8.self))

    /// The detector for the marks of one group (`tencent`, `third-party`).
    static func detector(group: String, reportsExactMarks: Bool = false) -> LookalikeDetector {
        LookalikeDetector(
            marks: marks.filter { $0.group == group }, shapes: shapes, reportsExactMarks: reportsExactMarks)
    }

    /// A reason a text imitates a mark, in words.
    static func explain(_ reason: LookalikeMatch.Reason, mark: String) -> LocalizedText {
        switch reason {
        case .homophone(let character, let original, let pinyin):
            LocalizedText(
                zh: "「\(character)」与「\(original)」同音（\(pinyin)）", en: "\(character) sounds like \(original) (\(pinyin))")
        case .similarShape(let character, let original):
            LocalizedText(zh: "「\(character)」与「\(original)」形近", en: "\(character) looks like \(original)")
        case .pinyinSpelling(let spelling, let original):
            LocalizedText(zh: "「\(spelling)」是「\(original)」的拼音", en: "\(spelling) spells \(original) in pinyin")
        case .oneEditAway(let word):
            LocalizedText(zh: "「\(word)」与「\(mark)」只差一个字母", en: "\(word) is one letter away from \(mark)")
        case .confusableLetters(let word, _):
            LocalizedText(
                zh: "「\(word)」混用了其他文字中外形相同的字母", en: "\(word) mixes in look-alike letters from another script")
        case .exactMark:
            LocalizedText(zh: "与「\(mark)」相同", en: "it is \(mark) itself")
        case .separatedLetters(let spelling):
            LocalizedText(
                zh: "「\(spelling)」用空格或符号拆开了「\(mark)」", en: "\(spelling) spells \(mark) with its letters split apart")
        case .knownEvasion(let phrase):
            LocalizedText(zh: "「\(phrase)」是「\(mark)」的常见替代写法", en: "\(phrase) is a common stand-in for \(mark)")
        }
    }

    /// The message of a finding for a lookalike.
    static func message(for match: LookalikeMatch) -> LocalizedText {
        if match.reasons == [.exactMark] {
            return LocalizedText(
                zh: "「\(match.matchedText)」使用了\(match.mark.owner)的标识「\(match.mark.mark)」",
                en: "\"\(match.matchedText)\" uses the protected mark \(match.mark.mark)"
            )
        }
        let reasons = match.reasons.map { explain($0, mark: match.mark.mark) }
        return LocalizedText(
            zh:
                "「\(match.matchedText)」与\(match.mark.owner)的标识「\(match.mark.mark)」相近似：\(reasons.map(\.zh).joined(separator: "；"))",
            en: "\"\(match.matchedText)\" imitates the protected mark \(match.mark.mark): "
                + reasons.map(\.en).joined(separator: "; ")
        )
    }
}

extension Rule {
    /// One finding per mark the detector finds in the located text of these kinds (and that
    /// `keeping` accepts), with the detector's explanation as the message.
    func markFindings(
        _ detector: LookalikeDetector, in submission: Submission, kinds: Set<LocatedText.Kind>,
        keeping: (LookalikeMatch) -> Bool = { _ in true }
    ) -> [Finding] {
        // A loop rather than `filter`: filtering would copy every located text of these kinds.
        var findings: [Finding] = []
        for text in submission.texts where kinds.contains(text.kind) {
            for match in detector.matches(in: text.normalized) where keeping(match) {
                findings.append(
                    finding(
                        MarkRegistry.message(for: match),
                        evidence: match.matchedText,
                        at: text.location(atScalarOffset: match.offset)
                    ))
            }
        }
        return findings
    }
}
