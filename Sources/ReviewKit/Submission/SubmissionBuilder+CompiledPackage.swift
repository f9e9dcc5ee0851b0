import JavaScriptTokens
import MiniProgramBundle
import WXML

/// What the builder does differently for a compiled package (.wxapkg): app-config.json stands in for
/// app.json, and compiled HTML pages give scripts and markup.
extension SubmissionBuilder {
    /// The merged manifest of a compiled package: app.json and every page's json in one file.
    static let compiledManifestPath = "app-config.json"

    /// A compiled HTML page's markup (as a WXML file, for its visible text) and its inline scripts.
    static func compiledPage(path: String, html: String) -> (markup: WXMLFile, scripts: [ScriptFile]) {
        let page = CompiledPage(html: html)
        let scripts = page.scripts.map { script in
            // Pad the first line so token columns match the HTML file.
            let tokens = Tokenizer.tokenize(String(repeating: " ", count: script.column - 1) + script.body)
            return ScriptFile(path: path, tokens: tokens, code: tokens.code, lineOffset: script.line - 1)
        }
        return (WXMLFile(path: path, document: WXMLParser.parse(page.markup)), scripts)
    }

    /// Titles in app-config.json: `global.window` for the app and `page["<path>.html"].window` per page.
    static func compiledManifestTexts(_ manifest: AppManifest) -> [LocatedText] {
        var elements: [JSONElement] = []
        elements += [manifest.root["global"]?["window"]?["navigationBarTitleText"]].compactMap { $0 }
        for member in manifest.root["page"]?.value.objectValue ?? [] {
            elements += [member.value["window"]?["navigationBarTitleText"]].compactMap { $0 }
        }
        return elements.compactMap { element in
            guard let text = element.value.stringValue, !text.isEmpty else { return nil }
            return LocatedText(
                kind: .jsonText, text: text, file: manifest.path, line: element.line, column: element.column + 1,
                verbatim: true)
        }
    }
}
