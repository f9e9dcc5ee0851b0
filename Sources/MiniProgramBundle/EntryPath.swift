/// Cleans entry names from archives and directories and decides whether an entry may be kept.
enum EntryPath {
    /// What to do with an entry, judged from its name alone.
    enum Verdict: Equatable {
        /// Keep it under this cleaned path: "/"-separated, no empty, "." or ".." segments, no leading "./".
        case safe(String)
        /// Skip it and report an `unsafePath` issue; the associated value explains why.
        case unsafe(String)
        /// Skip it silently: macOS metadata (`__MACOSX/`, `.DS_Store`) or the top folder itself (`./`).
        case ignored
    }

    /// Judges a name as written in an archive.
    static func classify(_ written: String) -> Verdict {
        switch clean(written) {
        case .failure(let problem):
            return .unsafe(problem.reason)
        case .success(let path):
            return path.isEmpty || isIgnored(path) ? .ignored : .safe(path)
        }
    }

    /// Why a name cannot be kept.
    struct Problem: Error, Equatable {
        let reason: String
    }

    /// Cleans a name: "/"-separated, without empty, "." or ".." segments; "" for the top folder itself.
    ///
    /// Backslashes count as separators, because zips made by some Windows tools use them and a name
    /// such as `..\evil` must be caught. Absolute names and names with a `..` segment fail.
    static func clean(_ written: String) -> Result<String, Problem> {
        let name = String(written.map { $0 == "\\" ? "/" : $0 })
        let segments = name.split(separator: "/", omittingEmptySubsequences: true)
        if name.hasPrefix("/") || segments.first.map(isDriveLetter) == true {
            return .failure(Problem(reason: "absolute path"))
        }
        if segments.contains("..") {
            return .failure(Problem(reason: "path contains a '..' segment"))
        }
        return .success(segments.filter { $0 != "." }.joined(separator: "/"))
    }

    /// Whether a cleaned path is macOS metadata that is dropped without a report.
    static func isIgnored(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return segments.first == "__MACOSX" || segments.last == ".DS_Store"
    }

    /// `C:` or `c:something`: a Windows drive, absolute or drive-relative.
    private static func isDriveLetter(_ segment: Substring) -> Bool {
        let scalars = Array(segment.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[1] == ":" && scalars[0].isASCII && scalars[0].properties.isAlphabetic
    }
}
