/// An HTML file of a compiled package split into its inline scripts and the markup around them.
///
/// Compiled pages (`page-frame.html`, per-page `.html`) carry the compiled WXML and the page logic as
/// JavaScript in `<script>` elements. The scripts are tokenized like any script; the markup, with every
/// script and style body blanked out (each character but line breaks becomes a space, so lines and
/// columns stay where they were), is parsed for its visible text.
struct CompiledPage {
    /// One inline script: its body and where the body starts in the file (line and column 1-based,
    /// column in Unicode scalars).
    struct Script {
        let body: String
        let line: Int
        let column: Int
    }

    let scripts: [Script]
    /// The file with script and style bodies blanked.
    let markup: String

    /// Elements whose bodies are raw text rather than markup.
    private static let rawTextElements = ["script", "style"]

    init(html: String) {
        var scalars = Array(html.unicodeScalars)
        var scripts: [Script] = []
        var position = 0
        var line = 1
        var lineStart = 0
        // Moves `position` forward to `target`, counting lines.
        func advance(to target: Int) {
            while position < target {
                if scalars[position] == "\n" {
                    line += 1
                    lineStart = position + 1
                }
                position += 1
            }
        }
        while let open = Self.find("<", in: scalars, from: position) {
            advance(to: open)
            guard let name = Self.rawTextElements.first(where: { Self.opens($0, in: scalars, at: open) }),
                let tagEnd = Self.find(">", in: scalars, from: open)
            else {
                advance(to: open + 1)
                continue
            }
            advance(to: tagEnd + 1)
            let bodyStart = position
            let (bodyLine, bodyColumn) = (line, bodyStart - lineStart + 1)
            let bodyEnd = Self.findClosing(name, in: scalars, from: bodyStart) ?? scalars.count
            if name == "script" {
                var body = String.UnicodeScalarView()
                body.append(contentsOf: scalars[bodyStart..<bodyEnd])
                scripts.append(Script(body: String(body), line: bodyLine, column: bodyColumn))
            }
            for index in bodyStart..<bodyEnd where scalars[index] != "\n" && scalars[index] != "\r" {
                scalars[index] = " "
            }
            advance(to: bodyEnd)
        }
        var markup = String.UnicodeScalarView()
        markup.append(contentsOf: scalars)
        self.scripts = scripts
        self.markup = String(markup)
    }

    private static func find(_ scalar: Unicode.Scalar, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            if scalars[index] == scalar { return index }
            index += 1
        }
        return nil
    }

    /// Whether `<name` followed by a space, `/` or `>` starts at `index`, in any case.
    private static func opens(_ name: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        matches(name, in: scalars, at: index + 1) && isTagNameEnd(scalars, at: index + 1 + name.unicodeScalars.count)
    }

    /// The start of `</name` at or after `start`, in any case.
    private static func findClosing(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while let open = find("<", in: scalars, from: index) {
            if open + 1 < scalars.count && scalars[open + 1] == "/" && matches(name, in: scalars, at: open + 2) {
                return open
            }
            index = open + 1
        }
        return nil
    }

    private static func matches(_ name: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let wanted = Array(name.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        for (offset, scalar) in wanted.enumerated() {
            let found = scalars[index + offset]
            guard found == scalar || (found.isASCII && Character(found).lowercased() == String(scalar)) else {
                return false
            }
        }
        return true
    }

    private static func isTagNameEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        let scalar = scalars[index]
        return scalar == ">" || scalar == "/" || scalar.properties.isWhitespace
    }
}
