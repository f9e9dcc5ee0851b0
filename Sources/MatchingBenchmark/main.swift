import Checklists
import Foundation
import TextMatching

// Throughput of phrase matching with every bundled checklist, normalised and plain, on one
// core. Run with `swift run -c release matching-benchmark [MEGABYTES] [normalised]` (default 100
// MB; `normalised` runs that pass alone, for profiles).
//
// The text is every text file of SamplePackages/, each file one text as a rule would see it,
// repeated until the requested amount of UTF-8 has been matched. Each text is normalised once and
// searched by the reviewer's own engine (`TextPatterns`), as its checklist set does: one automaton
// holding every checklist's terms and allow-contexts and the literals each regular expression
// requires; an expression runs only on a text that contains one of its literals, and only where one
// of the literals its matches begin with starts, when those are known; matches come back with
// their original offsets and characters. The plain pass does the same without normalisation; two
// more passes show what the earlier designs cost (one automaton per checklist; every expression
// searched in every text). Rates are per second of the thread's
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

/// Each checklist as an entry of the reviewer's engine.
func entries(withPatterns: Bool = true) -> [TextPatterns.Entry] {
    checklists.map { checklist in
        TextPatterns.Entry(
            terms: checklist.terms ?? [], allowContexts: checklist.allowContexts ?? [],
            patterns: withPatterns
                ? (checklist.patterns ?? []).map { pattern in
                    guard let expression = RegexPattern(pattern) else { fatalError("invalid pattern \(pattern)") }
                    return expression
                } : [])
    }
}

/// CPU time of the calling thread: unlike wall time, it does not count time the core spent on
/// other processes.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

enum Design {
    /// The reviewer's engine (`TextPatterns`, as `ChecklistSet` uses it): one automaton for every
    /// checklist; expressions behind their literal prefilter, tried where their leading literals start.
    case shared
    /// One automaton per checklist, terms only (the earlier design).
    case perChecklist
    /// The shared automaton for the terms, and every expression searched in every text (no prefilter).
    case unfilteredPatterns
}

func run(
    _ label: String, texts: [String], normalizer: TextNormalizer, design: Design = .shared, rounds: Int
) -> Double {
    let all = Array(checklists.indices)
    let engine = TextPatterns(entries: entries(withPatterns: design == .shared), normalizer: normalizer)
    let lists = engine.lists(for: all)
    let expressions = design == .unfilteredPatterns ? entries().flatMap(\.patterns) : []
    let separate =
        design == .perChecklist
        ? checklists.filter { !($0.terms ?? []).isEmpty }.map {
            PhraseMatcher(phrases: $0.terms ?? [], allowContexts: $0.allowContexts ?? [], normalizer: normalizer)
        } : []
    var matched = 0
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
            case .shared:
                for (_, matches) in engine.matches(in: normalized, entries: all, lists: lists) {
                    matched += matches.count
                }
            case .unfilteredPatterns:
                for (_, matches) in engine.matches(in: normalized, entries: all, lists: lists) {
                    matched += matches.count
                }
                for expression in expressions {
                    matched += expression.matches(in: normalized).count
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
            + "\(String(format: "%.1f", rate)) MB/s (wall \(String(format: "%.2f", seconds)) s; \(matched) matches)")
    return rate
}

let patternCount = checklists.reduce(0) { $0 + ($1.patterns ?? []).count }
print(
    "\(texts.count) texts, \(roundBytes) bytes per round, \(rounds) rounds, \(checklists.count) checklists, "
        + "\(patternCount) patterns")
if CommandLine.arguments.dropFirst(2).first == "plain" {
    // Only the plain pass.
    _ = run("plain (shared automaton, no normalisation)", texts: texts, normalizer: .none, rounds: rounds)
    exit(0)
}
if CommandLine.arguments.dropFirst(2).first == "normalised" {
    // Only the normalised pass, for profiles and instruction counts of the reviewer's engine.
    _ = run("normalised (shared automaton, prefiltered patterns)", texts: texts, normalizer: .shared, rounds: rounds)
    exit(0)
}
let plain = run("plain (shared automaton, no normalisation)", texts: texts, normalizer: .none, rounds: rounds)
let normalized = run(
    "normalised (shared automaton, prefiltered patterns)", texts: texts, normalizer: .shared, rounds: rounds)
print("ratio normalised/plain: \(String(format: "%.2f", normalized / plain))")
// The earlier designs, far slower; a tenth of the text is enough to measure them.
_ = run(
    "normalised, one automaton per checklist (terms only)", texts: texts, normalizer: .shared, design: .perChecklist,
    rounds: max(1, rounds / 10))
_ = run(
    "normalised, every pattern on every text", texts: texts, normalizer: .shared, design: .unfilteredPatterns,
    rounds: max(1, rounds / 10))
