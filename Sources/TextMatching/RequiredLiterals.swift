/// The literals a regular expression cannot match without: a set of strings such that every match
/// of the expression contains at least one of them. A text containing none of them cannot match,
/// so the expression need not run on it; that is how the checklist patterns stay cheap (the
/// literals go into the shared phrase automaton as a prefilter, as ripgrep and RE2 do).
///
/// The analysis understands the part of PCRE2's syntax the checklists use: literals, escaped
/// punctuation, groups (capturing, `(?:`), look-arounds (zero width), alternation, character
/// classes of listed characters and small ranges, and the quantifiers `?`, `*`, `+` and `{m,n}`
/// (lazy or possessive too). Anything else (`.`, `\s`, negated classes, unknown escapes) is taken
/// to match anything, which only makes the result less selective, never wrong. When no literal is
/// required, the result is nil and the expression has to run on every text.
public enum RequiredLiterals {
    /// Literals of which every match contains one, without redundant ones (a literal containing
    /// another is dropped), or nil when the expression requires none or cannot be analysed.
    public static func of(_ pattern: String) -> [String]? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let info = parser.parseAlternation(), parser.position == parser.scalars.count,
            let required = info.bestRequired
        else { return nil }
        return strings(required)
    }

    /// Several literal sets that every match needs one of EACH of (each set as `of` describes
    /// one), most selective first, at most `limit`; nil when none is required. A text must hold a
    /// literal of every set before the expression can match it, which rules out far more texts
    /// than one set alone: `(分享|转发).{0,6}(得|领)(红包|现金)` needs 分享 or 转发, AND 红包 or 现金.
    public static func conjunction(of pattern: String, limit: Int = 3) -> [[String]]? {
        analysis(of: pattern, limit: limit).conjunction
    }

    /// `conjunction(of:limit:)` and `leading(of:)` from one parse of the expression.
    public static func analysis(of pattern: String, limit: Int = 3) -> (conjunction: [[String]]?, leading: [String]?) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let info = parser.parseAlternation(), parser.position == parser.scalars.count else { return (nil, nil) }
        return (conjunction(info, parser, limit: limit), leading(info))
    }

    private static func conjunction(_ info: Info, _ parser: Parser, limit: Int) -> [[String]]? {
        guard let best = info.bestRequired else { return nil }
        var sets = [shortened(best)]
        // Only a pattern without top-level alternation is a plain sequence of necessary factors.
        // Sets of many single characters are left out of the extra sets: they occur so often
        // that checking for them costs more than it saves.
        if !parser.sawTopLevelAlternation {
            for factor in parser.topLevelFactors
            where !sets.contains(shortened(factor)) && (factor.count <= 4 || factor.allSatisfy({ $0.count >= 2 })) {
                sets.append(shortened(factor))
            }
        }
        func rank(_ set: Set<Literal>) -> (Int, Int) {
            (-Info.shortest(set), set.count)
        }
        let ranked = sets.map { (rank($0), strings($0)) }.sorted { left, right in
            left.0 != right.0 ? left.0 < right.0 : left.1.lexicographicallyPrecedes(right.1)
        }
        return Array(ranked.prefix(limit).map(\.1))
    }

    /// Literals one of which every non-empty match of the expression BEGINS with (cut to
    /// `prefilterLength` scalars), or nil when that is not known. An expression need only be tried
    /// where one of them occurs: `(加|添加)(微信|QQ)` where `加` or `添加` starts, however long the
    /// text. Unlike `of`, no literal is dropped for containing another (`添加` starts elsewhere than
    /// the `加` inside it); look-arounds and anchors, which match no characters, are looked past.
    public static func leading(of pattern: String) -> [String]? {
        analysis(of: pattern).leading
    }

    private static func leading(_ info: Info) -> [String]? {
        guard let leading = info.leading, !leading.isEmpty else { return nil }
        return strings(Set(leading.map { Array($0.prefix(prefilterLength)) }))
    }

    /// Literals used as a prefilter are cut to this many scalars: a text holding a literal holds its
    /// beginning, and short literals keep the shared automaton small (`腾讯官方出品` and `腾讯官方授权`
    /// become one `腾讯官方`).
    static let prefilterLength = 4

    static func shortened(_ set: Set<Literal>) -> Set<Literal> {
        Info.minimized(Set(set.map { Array($0.prefix(prefilterLength)) }))
    }

    /// At most this many strings in an exact set; beyond it the set is dropped (too many to be useful).
    static let exactLimit = 64

    /// A literal as its scalar values: hashed and compared far faster than a String, which the
    /// analysis does a great deal of.
    typealias Literal = [UInt32]

    /// Literals as strings, in order.
    static func strings(_ set: Set<Literal>) -> [String] {
        set.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }.sorted()
    }

    /// What is known about a sub-expression.
    struct Info {
        /// Every string the sub-expression can match, when that is a small finite set.
        var exact: Set<Literal>?
        /// A set of literals of which every match contains one; never holds the empty string.
        var required: Set<Literal>?
        /// Non-empty literals one of which every non-empty match begins with; nil when unknown.
        var leading: Set<Literal>? = nil
        /// Whether the sub-expression can match the empty string.
        var nullable = false

        static let unknown = Info(exact: nil, required: nil)
        static let empty = Info(exact: [[]], required: nil, leading: [], nullable: true)

        /// The better of `required` and the exact set used as required literals.
        var bestRequired: Set<Literal>? {
            let fromExact = exact.flatMap { $0.contains([]) ? nil : Info.minimized($0) }
            return Info.better(required, fromExact)
        }

        /// Drops literals that contain another literal of the set: they add nothing.
        static func minimized(_ set: Set<Literal>) -> Set<Literal> {
            guard set.count > 1 else { return set }
            // Only a shorter literal can be inside another: with one length, none is redundant.
            let lengths = Set(set.map { $0.count }).sorted()
            guard lengths.count > 1 else { return set }
            // A literal is redundant when one of its proper substrings is in the set: look up its
            // substrings of the lengths the set has, rather than comparing every pair.
            return set.filter { literal in
                for length in lengths where length < literal.count {
                    for start in 0...(literal.count - length)
                    where set.contains(Array(literal[start..<(start + length)])) {
                        return false
                    }
                }
                return true
            }
        }

        /// The length of the set's shortest literal (0 for an empty set). A loop rather than
        /// `map(\.count).min()`: this runs thousands of times at start-up.
        static func shortest(_ set: Set<Literal>) -> Int {
            var shortest = Int.max
            for literal in set where literal.count < shortest { shortest = literal.count }
            return shortest == Int.max ? 0 : shortest
        }

        /// The more selective of two required sets: longer shortest literal, then fewer literals.
        static func better(_ a: Set<Literal>?, _ b: Set<Literal>?) -> Set<Literal>? {
            guard let a else { return b }
            guard let b else { return a }
            let shortestA = shortest(a)
            let shortestB = shortest(b)
            if shortestA != shortestB { return shortestA > shortestB ? a : b }
            return a.count <= b.count ? a : b
        }

        /// Every concatenation of a string of `a` and one of `b`, or nil when too many.
        static func product(_ a: Set<Literal>, _ b: Set<Literal>) -> Set<Literal>? {
            guard a.count * b.count <= exactLimit else { return nil }
            var result: Set<Literal> = []
            for left in a {
                for right in b { result.insert(left + right) }
            }
            return result
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        /// Group depth while parsing.
        private var depth = 0
        /// Whether the outermost level has a `|`.
        var sawTopLevelAlternation = false
        /// The required sets of the outermost sequence's factors (elements and exact runs).
        var topLevelFactors: [Set<Literal>] = []

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        /// branch ('|' branch)*
        mutating func parseAlternation() -> Info? {
            var branches: [Info] = []
            guard let first = parseSequence() else { return nil }
            branches.append(first)
            while current == "|" {
                if depth == 0 { sawTopLevelAlternation = true }
                position += 1
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
            }
            guard branches.count > 1 else { return first }
            var exact: Set<Literal>? = []
            var required: Set<Literal>? = []
            var leading: Set<Literal>? = []
            for branch in branches {
                if let branchLeading = branch.leading, let sofar = leading {
                    leading = sofar.union(branchLeading)
                } else {
                    leading = nil
                }
                if let branchExact = branch.exact, let sofar = exact, sofar.count + branchExact.count <= exactLimit {
                    exact = sofar.union(branchExact)
                } else {
                    exact = nil
                }
                if let branchRequired = branch.bestRequired, let sofar = required {
                    required = sofar.union(branchRequired)
                } else {
                    required = nil
                }
            }
            return Info(
                exact: exact, required: required.map(Info.minimized), leading: leading,
                nullable: branches.contains { $0.nullable })
        }

        /// (atom quantifier?)* up to '|' or ')'.
        mutating func parseSequence() -> Info? {
            var best: Set<Literal>? = nil
            var run: Set<Literal>? = [[]]
            // Leading literals element by element: those of each element up to the first that
            // cannot match empty; and the exact run of the first elements, when it ends.
            var leading: Set<Literal>? = []
            var allNullable = true
            var firstRun: Set<Literal>?
            while let scalar = current, scalar != "|", scalar != ")" {
                guard let atom = parseAtom(), let element = parseQuantifier(applyingTo: atom) else { return nil }
                if allNullable {
                    if let elementLeading = element.leading, let sofar = leading {
                        leading = sofar.union(elementLeading)
                    } else {
                        leading = nil
                    }
                    allNullable = element.nullable
                }
                best = Info.better(best, element.required)
                if depth == 0, let required = element.required { topLevelFactors.append(Info.minimized(required)) }
                if let elementExact = element.exact, let sofar = run, let joined = Info.product(sofar, elementExact) {
                    run = joined
                } else {
                    if firstRun == nil { firstRun = run ?? [[]] }
                    // The run of exactly known elements ends here; what it gave counts on its own.
                    if let sofar = run, !sofar.contains([]) {
                        best = Info.better(best, Info.minimized(sofar))
                        if depth == 0 { topLevelFactors.append(Info.minimized(sofar)) }
                    }
                    run = element.exact
                }
            }
            if let sofar = run, !sofar.contains([]) {
                best = Info.better(best, Info.minimized(sofar))
                if depth == 0 { topLevelFactors.append(Info.minimized(sofar)) }
            }
            // The first run, when it cannot be empty, is what every match begins with, and more
            // selective than single elements: `添加` rather than `添`.
            if let first = firstRun ?? run, !first.contains([]) { leading = first }
            return Info(exact: run, required: best, leading: leading, nullable: allNullable)
        }

        mutating func parseAtom() -> Info? {
            guard let scalar = current else { return nil }
            position += 1
            switch scalar {
            case "(":
                var zeroWidth = false
                if current == "?" {
                    position += 1
                    switch current {
                    case ":":
                        position += 1
                    case "=", "!":
                        position += 1
                        zeroWidth = true
                    case "<"
                    where position + 1 < scalars.count
                        && (scalars[position + 1] == "=" || scalars[position + 1] == "!"):
                        position += 2
                        zeroWidth = true
                    default:
                        return nil
                    }
                }
                depth += 1
                guard let inner = parseAlternation(), current == ")" else { return nil }
                depth -= 1
                position += 1
                return zeroWidth ? .empty : inner
            case "[":
                return parseClass()
            case "\\":
                guard let escaped = current else { return nil }
                position += 1
                if escaped.properties.isAlphabetic || escaped.properties.numericType != nil {
                    // \b \B \A \z are zero width; \s \d \w and the rest match something unknown.
                    return ["b", "B", "A", "z", "Z", "G"].contains(escaped) ? .empty : .unknown
                }
                return Info(exact: [[escaped.value]], required: [[escaped.value]], leading: [[escaped.value]])
            case ".":
                return .unknown
            case "^", "$":
                return .empty
            case "?", "*", "+", "{", ")", "|":
                return nil
            default:
                return Info(exact: [[scalar.value]], required: [[scalar.value]], leading: [[scalar.value]])
            }
        }

        /// A class of listed characters and small ranges is an exact set; anything else is unknown.
        mutating func parseClass() -> Info? {
            var members: Set<Literal> = []
            var known = true
            if current == "^" {
                known = false
                position += 1
            }
            var previous: Unicode.Scalar?
            var first = true
            while let scalar = current, scalar != "]" || first {
                first = false
                position += 1
                var member = scalar
                if scalar == "\\" {
                    guard let escaped = current else { return nil }
                    position += 1
                    if escaped.properties.isAlphabetic || escaped.properties.numericType != nil { known = false }
                    member = escaped
                } else if scalar == "[" {
                    return nil
                } else if scalar == "-", let low = previous, let high = current, high != "]" {
                    position += 1
                    guard low.value <= high.value else { return nil }
                    if high.value - low.value > UInt32(exactLimit) {
                        known = false
                    } else {
                        for value in low.value...high.value {
                            if Unicode.Scalar(value) != nil { members.insert([value]) }
                        }
                    }
                    previous = nil
                    continue
                }
                members.insert([member.value])
                previous = member
            }
            guard current == "]" else { return nil }
            position += 1
            guard known, !members.isEmpty, members.count <= exactLimit else { return .unknown }
            return Info(exact: members, required: members, leading: members)
        }

        /// Applies a following quantifier, if any, to `atom`.
        mutating func parseQuantifier(applyingTo atom: Info) -> Info? {
            guard let scalar = current else { return atom }
            var minimum: Int
            var maximum: Int?
            switch scalar {
            case "?":
                minimum = 0
                maximum = 1
                position += 1
            case "*":
                minimum = 0
                maximum = nil
                position += 1
            case "+":
                minimum = 1
                maximum = nil
                position += 1
            case "{":
                guard let bounds = parseBounds() else { return nil }
                (minimum, maximum) = bounds
            default:
                return atom
            }
            if current == "?" || current == "+" { position += 1 }  // lazy or possessive
            let required = minimum >= 1 ? atom.bestRequired : nil
            var exact: Set<Literal>?
            if maximum == 1, let atomExact = atom.exact {
                exact = minimum == 0 ? atomExact.union([[]]) : atomExact
            }
            return Info(
                exact: exact, required: required, leading: atom.leading, nullable: minimum == 0 || atom.nullable)
        }

        /// `{m}`, `{m,}` or `{m,n}` after the opening brace.
        mutating func parseBounds() -> (Int, Int?)? {
            position += 1
            var numbers: [Int?] = [nil]
            while let scalar = current, scalar != "}" {
                position += 1
                if scalar == "," {
                    numbers.append(nil)
                } else if let digit = scalar.properties.numericType != nil ? Int(String(scalar)) : nil {
                    numbers[numbers.count - 1] = (numbers[numbers.count - 1] ?? 0) * 10 + digit
                } else {
                    return nil
                }
            }
            guard current == "}", numbers.count <= 2, let minimum = numbers[0] else { return nil }
            position += 1
            return numbers.count == 1 ? (minimum, minimum) : (minimum, numbers[1])
        }
    }
}
