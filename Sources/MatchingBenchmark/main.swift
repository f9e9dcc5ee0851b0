import Checklists
import Foundation
import TextMatching

// Throughput of phrase matching with every bundled checklist, normalised and plain, on one
// core. Run with `swift run -c release matching-benchmark [MEGABYTES]` (default 100).
//
// The text is every text file of SamplePackages/, each file one text as a rule would see it,
// repeated until the requested amount of UTF-8 has been matched. Each text is normalised once and
// searched as the reviewer's checklist set does: one automaton holding every checklist's terms and
// allow-contexts and the literals each regular expression requires; an expression runs only on a
// text that contains one of its literals, and only where one of the literals its matches begin with
// starts, when those are known. The plain pass decodes the same scalars and runs the same
// automaton without normalisation; two more passes show what the earlier designs cost (one
// automaton per checklist; every expression on every text). Rates are per second of the thread's
// CPU time, so other load on the machine does not count.

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100
let target = megabytes * 1_000_000

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let samples = repository.appendingPathComponent("SamplePackages")
let textExtensions: Set<String> = ["wxml", "js", "ts", "json", "wxss", "txt", "md"]
var found: [String] = []
if let walker = FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil) {
    for case let url as URL in walker where textExtensions.contains(url.pathExtension) {
        if let text = try? String(contentsOf: url, encoding: .utf8) { found.append(text) }
    }
}
let texts = found.sorted()
let roundBytes = texts.reduce(0) { $0 + $1.utf8.count }
guard roundBytes > 0 else {
    FileHandle.standardError.write(Data("no sample text found under \(samples.path)\n".utf8))
    exit(2)
}
let rounds = (target + roundBytes - 1) / roundBytes

/// Terms, allow-contexts and patterns of one checklist file.
struct ChecklistTerms: Decodable {
    var terms: [String]?
    var allowContexts: [String]?
    var patterns: [String]?
}

let checklists = try BundledChecklists.all.map {
    try JSONDecoder().decode(ChecklistTerms.self, from: Data($0.bytes))
}

/// A regular expression and the phrase list of its required literals, if it has any.
struct Pattern {
    let expression: RegexPattern
    /// Lists of its required literal sets: it runs only when each has a match.
    let literalLists: [Int]
    /// The list of the literals its matches begin with, if known: it is tried only where they start.
    let startsList: Int?
}

/// The lists of the shared automaton: each checklist's terms, then each pattern's literals.
func sharedLists() -> (lists: [PhraseListsMatcher.List], patterns: [Pattern]) {
    var lists: [PhraseListsMatcher.List] = []
    var patterns: [Pattern] = []
    for checklist in checklists {
        if let terms = checklist.terms, !terms.isEmpty {
            lists.append(PhraseListsMatcher.List(phrases: terms, allowContexts: checklist.allowContexts ?? []))
        }
        for pattern in checklist.patterns ?? [] {
            guard let expression = RegexPattern(pattern) else { fatalError("invalid pattern \(pattern)") }
            let literalLists = (expression.requiredLiteralSets ?? []).map { literals in
                lists.append(PhraseListsMatcher.List(phrases: literals, wholeTokens: false, presenceOnly: true))
                return lists.count - 1
            }
            var startsList: Int?
            if let leading = expression.leadingLiterals(normalizedWith: .shared) {
                lists.append(PhraseListsMatcher.List(phrases: leading, allStarts: true))
                startsList = lists.count - 1
            }
            patterns.append(Pattern(expression: expression, literalLists: literalLists, startsList: startsList))
        }
    }
    return (lists, patterns)
}

/// CPU time of the calling thread: unlike wall time, it does not count time the core spent on
/// other processes.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

enum Design {
    /// One automaton for every checklist; expressions behind their literal prefilter.
    case shared
    /// One automaton per checklist, terms only (the earlier design).
    case perChecklist
    /// The shared automaton, and every expression on every text (no prefilter).
    case unfilteredPatterns
}

@MainActor
func run(_ label: String, normalizer: TextNormalizer, design: Design = .shared, rounds: Int = rounds) -> Double {
    let (lists, patterns) = sharedLists()
    let shared = PhraseListsMatcher(lists: lists, normalizer: normalizer)
    let literalLists = Set(patterns.flatMap(\.literalLists) + patterns.compactMap(\.startsList))
    let termLists = lists.indices.filter { !literalLists.contains($0) }
    let separate = checklists.filter { !($0.terms ?? []).isEmpty }.map {
        PhraseMatcher(phrases: $0.terms ?? [], allowContexts: $0.allowContexts ?? [], normalizer: normalizer)
    }
    var matched = 0
    var expressionRuns = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    for _ in 0..<rounds {
        for text in texts {
            let normalized = normalizer.normalize(text)
            switch design {
            case .perChecklist:
                for matcher in separate {
                    matched += matcher.matches(in: normalized).count
                }
            case .shared, .unfilteredPatterns:
                let found = shared.matches(in: normalized)
                var regexText: RegexText?
                for pattern in patterns {
                    if design == .shared,
                        !pattern.literalLists.allSatisfy({ found.contains($0) })
                            || !(pattern.startsList.map { found.contains($0) } ?? true)
                    {
                        continue
                    }
                    let searched = regexText ?? RegexText(normalized)
                    regexText = searched
                    if design == .shared, let startsList = pattern.startsList {
                        matched +=
                            pattern.expression.matches(in: searched, startingAt: found.starts(of: startsList)).count
                    } else {
                        matched += pattern.expression.matches(in: searched).count
                    }
                    expressionRuns += 1
                }
                for list in termLists {
                    matched += found[list].count
                }
            }
        }
    }
    let cpuSeconds = threadCPUSeconds() - cpuStart
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let megabytes = Double(rounds * roundBytes) / 1e6
    let rate = megabytes / cpuSeconds
    print(
        "\(label): \(String(format: "%.1f", megabytes)) MB in \(String(format: "%.2f", cpuSeconds)) s of CPU = "
            + "\(String(format: "%.1f", rate)) MB/s (wall \(String(format: "%.2f", seconds)) s; \(matched) matches; "
            + "\(expressionRuns) expression runs)")
    return rate
}

let patternCount = checklists.reduce(0) { $0 + ($1.patterns ?? []).count }
print(
    "\(texts.count) texts, \(roundBytes) bytes per round, \(rounds) rounds, \(checklists.count) checklists, "
        + "\(patternCount) patterns")
let plain = run("plain (shared automaton, no normalisation)", normalizer: .none)
let normalized = run("normalised (shared automaton, prefiltered patterns)", normalizer: .shared)
print("ratio normalised/plain: \(String(format: "%.2f", normalized / plain))")
// The earlier designs, far slower; a tenth of the text is enough to measure them.
_ = run(
    "normalised, one automaton per checklist (terms only)", normalizer: .shared, design: .perChecklist,
    rounds: max(1, rounds / 10))
_ = run(
    "normalised, every pattern on every text", normalizer: .shared, design: .unfilteredPatterns,
    rounds: max(1, rounds / 10))
