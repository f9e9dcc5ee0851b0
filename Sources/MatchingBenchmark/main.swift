import Checklists
import Foundation
import TextMatching

// Throughput of phrase matching with every bundled checklist, normalised and plain, on one
// core. Run with `swift run -c release matching-benchmark [MEGABYTES]` (default 100).
//
// The text is every text file of SamplePackages/, each file one text as a rule would see it,
// repeated until the requested amount of UTF-8 has been matched. Each text is normalised once
// and searched by every checklist's matcher (terms and allow-contexts), as ChecklistRule does;
// the plain pass decodes the same scalars and runs the same automata without normalisation.
// Rates are per second of the thread's CPU time, so other load on the machine does not count.

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

/// Terms and allow-contexts of one checklist file.
struct ChecklistTerms: Decodable {
    var terms: [String]?
    var allowContexts: [String]?
    var patterns: [String]?
}

let checklists = try BundledChecklists.all.map {
    try JSONDecoder().decode(ChecklistTerms.self, from: Data($0.bytes))
}
let lists = checklists.filter { !($0.terms ?? []).isEmpty }
let expressions = try checklists.flatMap { $0.patterns ?? [] }.map { try NSRegularExpression(pattern: $0) }

/// CPU time of the calling thread: unlike wall time, it does not count time the core spent on
/// other processes.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

@MainActor
func run(
    _ label: String, normalizer: TextNormalizer, withPatterns: Bool = false, combined: Bool = false,
    rounds: Int = rounds
) -> Double {
    let matchers =
        combined
        ? [
            PhraseMatcher(
                phrases: lists.flatMap { $0.terms ?? [] }, allowContexts: lists.flatMap { $0.allowContexts ?? [] },
                normalizer: normalizer)
        ]
        : lists.map {
            PhraseMatcher(phrases: $0.terms ?? [], allowContexts: $0.allowContexts ?? [], normalizer: normalizer)
        }
    var matched = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    for _ in 0..<rounds {
        for text in texts {
            let normalized = normalizer.normalize(text)
            for matcher in matchers {
                matched += matcher.matches(in: normalized).count
            }
            if withPatterns {
                let string = normalized.string
                let range = NSRange(string.startIndex..., in: string)
                for expression in expressions {
                    matched += expression.numberOfMatches(in: string, range: range)
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

print(
    "\(texts.count) texts, \(roundBytes) bytes per round, \(rounds) rounds, "
        + "\(lists.count) checklists with terms")
let plain = run("plain Aho-Corasick", normalizer: .none)
let normalized = run("normalised", normalizer: .shared)
print("ratio normalised/plain: \(String(format: "%.2f", normalized / plain))")
// What one automaton for the whole checklist set would cost (not yet how the rules search).
_ = run("normalised, all checklists' terms in one automaton", normalizer: .shared, combined: true)
// Regular expressions are far slower; a tenth of the text is enough to measure them.
_ = run(
    "normalised, with the \(expressions.count) checklist patterns", normalizer: .shared, withPatterns: true,
    rounds: max(1, rounds / 10))
