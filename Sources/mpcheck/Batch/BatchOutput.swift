import Foundation
import Reporters
import ReviewKit

/// Where a batch's rows go, for one `--format`.
///
/// Work is split in two: `complete` runs in the worker process that reviewed a bundle (rendering, and
/// for html writing the bundle's page), so the expensive part runs in parallel, and its result goes back
/// to the batch process (in the batch process itself for a bundle that got no review: crashed, too
/// slow); `BatchWriter` then writes the results in input order, one at a time.
struct BatchOutput: Sendable {
    let format: BatchFormat
    let language: Language
    /// The `--output` file or folder; nil for standard output.
    let destination: String?

    /// Folder of the per-bundle pages inside the html output folder.
    static let pagesFolder = "bundles"

    /// What a worker hands to the writer for one bundle: its summary and the text to append, if any.
    struct Completed: Sendable, Codable {
        var summary: BatchSummary
        var text: String?
    }

    /// Renders a reviewed bundle; for html, writes its page and links the summary to it.
    func complete(_ row: BatchRow, index: Int) -> Completed {
        var summary = row.summary
        switch format {
        case .jsonl:
            return Completed(summary: summary, text: BatchJSONLines.line(row, language: language))
        case .csv:
            return Completed(summary: summary, text: BatchCSV.line(summary))
        case .html:
            let page = "\(Self.pagesFolder)/\(Self.pageName(for: row.bundle, index: index))"
            do {
                let url = URL(fileURLWithPath: destination ?? ".").appendingPathComponent(page)
                try Data(BatchBundlePage.render(row, language: language).utf8).write(to: url)
                summary.page = page
            } catch {
                let problem = "cannot write \(page): \(error.localizedDescription)"
                summary.error = summary.error.map { "\($0); \(problem)" } ?? problem
            }
            return Completed(summary: summary, text: nil)
        }
    }

    /// `0007-name.html`: the position keeps names unique, the bundle's own name is kept to plain ASCII.
    static func pageName(for bundle: String, index: Int) -> String {
        // A file's own name; for a folder also its parent's, since project folders often have generic names.
        let segments = bundle.split(separator: "/")
        let base = segments.suffix(segments.last?.contains(".") == true ? 1 : 2).joined(separator: "_")
        let safe = String(
            base.unicodeScalars.suffix(60).map { scalar -> Character in
                let plain = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                return plain || "-_.".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
            })
        let number = String(index + 1)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "-" + safe + ".html"
    }

    /// Creates the output file or folder and returns the writer that fills it.
    func makeWriter() throws -> BatchWriter {
        switch format {
        case .jsonl, .csv:
            let handle: FileHandle
            if let destination {
                guard FileManager.default.createFile(atPath: destination, contents: nil),
                    let opened = FileHandle(forWritingAtPath: destination)
                else {
                    throw BatchInputError(message: "cannot write to \(destination)")
                }
                handle = opened
            } else {
                handle = FileHandle.standardOutput
            }
            let writer = BatchWriter(handle: handle, closes: destination != nil)
            if format == .csv {
                try writer.append(BatchCSV.header)
            }
            return writer
        case .html:
            let folder = URL(fileURLWithPath: destination ?? ".")
            do {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(Self.pagesFolder), withIntermediateDirectories: true)
            } catch {
                throw BatchInputError(message: "cannot create \(folder.path): \(error.localizedDescription)")
            }
            return BatchWriter(indexFolder: folder, language: language)
        }
    }
}

/// Writes completed bundles in input order. Not thread-safe: `BatchRunner` calls it under its lock.
final class BatchWriter {
    private let handle: FileHandle?
    private let closes: Bool
    private let indexFolder: URL?
    private let language: Language
    /// Summaries for the html index; small (no findings), so a large batch still fits.
    private var summaries: [BatchSummary] = []

    init(handle: FileHandle, closes: Bool) {
        self.handle = handle
        self.closes = closes
        indexFolder = nil
        language = .zh
    }

    init(indexFolder: URL, language: Language) {
        handle = nil
        closes = false
        self.indexFolder = indexFolder
        self.language = language
    }

    func append(_ text: String) throws {
        do {
            try handle?.write(contentsOf: Data(text.utf8))
        } catch {
            // Such as a pipe whose reader has gone (`mpcheck batch ... | head`): SIGPIPE is ignored in a batch.
            let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
            throw BatchInputError(message: "cannot write the batch output: \(reason)")
        }
    }

    func write(_ completed: BatchOutput.Completed) throws {
        if let text = completed.text {
            try append(text)
        }
        if indexFolder != nil {
            summaries.append(completed.summary)
        }
    }

    /// Writes the html index and closes an output file.
    func finish() throws {
        if let indexFolder {
            let index = BatchHTMLIndex.render(summaries, language: language)
            try Data(index.utf8).write(to: indexFolder.appendingPathComponent("index.html"))
        }
        if closes {
            try handle?.close()
        }
    }
}
