import Foundation
import JavaScriptTokens
public import MiniProgramBundle
import WXML

/// Builds a `Submission` from a bundle: reads the metadata, parses every JSON, WXML and script
/// file once, finds pages and components, and collects located text.
public enum SubmissionBuilder {

    /// Extensions of script files.
    static let scriptExtensions: Set<String> = ["js", "ts", "mjs", "cjs", "wxs"]

    /// WXML attributes whose values a user sees.
    static let visibleAttributes: Set<String> = ["placeholder", "title", "alt", "aria-label"]

    /// Files matching `ignore` are not read; by default the third-party folders
    /// (`ReviewConfiguration.defaultIgnore`). With `scansImagesAhead`, the images' QR scan starts on
    /// another thread before the files are parsed (`SubmissionImages.scanInBackground()`).
    public static func build(
        bundle: MiniProgramBundle,
        overrides: MetadataOverrides = MetadataOverrides(),
        ignore: [PathGlob] = ReviewConfiguration.default.ignore,
        scansImagesAhead: Bool = false
    ) -> Submission {
        let imagePaths = bundle.paths.filter { path in
            SubmissionImages.extensions.contains(fileExtension(path)) && !ignore.contains { $0.matches(path) }
        }
        let images = SubmissionImages(bundle: bundle, paths: imagePaths)
        if scansImagesAhead {
            images.scanInBackground()
        }

        var jsonErrors: [String: JSONSyntaxError] = [:]
        var jsonDocuments: [String: JSONElement] = [:]
        var wxmlFiles: [WXMLFile] = []
        var scripts: [ScriptFile] = []

        for path in bundle.paths where !ignore.contains(where: { $0.matches(path) }) {
            guard let file = bundle.file(at: path), let text = file.text?.text else { continue }
            switch fileExtension(path) {
            case "json":
                switch JSONParser.parse(text) {
                case .success(let root): jsonDocuments[path] = root
                case .failure(let error): jsonErrors[path] = error
                }
            case "wxml":
                wxmlFiles.append(WXMLFile(path: path, document: WXMLParser.parse(text)))
            case "html" where bundle.isCompiledPackage:
                let page = compiledPage(path: path, html: text)
                wxmlFiles.append(page.markup)
                scripts += page.scripts
            case let ext where scriptExtensions.contains(ext):
                let tokens = Tokenizer.tokenize(text)
                scripts.append(ScriptFile(path: path, tokens: tokens, code: tokens.code, lineOffset: 0))
            default:
                break
            }
        }
        scripts += inlineWXS(in: wxmlFiles)

        let manifestPath = bundle.isCompiledPackage ? compiledManifestPath : bundle.appRoot + "app.json"
        let manifest = jsonDocuments[manifestPath].map { AppManifest(path: manifestPath, root: $0) }
        let metadata = readMetadata(bundle: bundle, json: jsonDocuments, overrides: overrides)
        let units = findUnits(bundle: bundle, manifest: manifest, json: jsonDocuments)

        var texts = metadataTexts(metadata)
        texts += jsonTexts(manifest: manifest, units: units, json: jsonDocuments)
        if bundle.isCompiledPackage, let manifest {
            texts += compiledManifestTexts(manifest)
        }
        texts += wxmlFiles.flatMap(wxmlTexts)
        texts += scripts.flatMap(scriptTexts)

        return Submission(
            bundle: bundle,
            metadata: metadata,
            manifest: manifest,
            jsonErrors: jsonErrors,
            units: units,
            wxmlFiles: wxmlFiles,
            scripts: scripts,
            texts: texts,
            images: images
        )
    }

    static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    // MARK: - Metadata

    private static func readMetadata(
        bundle: MiniProgramBundle,
        json: [String: JSONElement],
        overrides: MetadataOverrides
    ) -> SubmissionMetadata {
        var metadata = SubmissionMetadata()
        if let form = json["submission.json"] {
            metadata.name = form["name"]?.value.stringValue
            metadata.description = form["description"]?.value.stringValue
            metadata.icon = form["icon"]?.value.stringValue
            metadata.category = (form["category"]?.value.arrayValue ?? []).compactMap { $0.value.stringValue }
            metadata.privacyGuide = form["privacyGuide"]?.value.arrayValue?.compactMap { $0.value.stringValue }
            if metadata.name != nil { metadata.nameSource = .submissionFile }
            if metadata.description != nil { metadata.descriptionSource = .submissionFile }
        }
        if let name = overrides.name {
            metadata.name = name
            metadata.nameSource = .commandLine
        }
        if let description = overrides.description {
            metadata.description = description
            metadata.descriptionSource = .commandLine
        }
        if let icon = overrides.icon { metadata.icon = icon }
        let config = json["project.config.json"]
        if metadata.name == nil, let name = config?["projectname"]?.value.stringValue {
            metadata.name = name.removingPercentEncoding ?? name
            metadata.nameSource = .projectConfig
        }
        if metadata.description == nil, let description = config?["description"]?.value.stringValue {
            metadata.description = description
            metadata.descriptionSource = .projectConfig
        }
        return metadata
    }

    private static func metadataTexts(_ metadata: SubmissionMetadata) -> [LocatedText] {
        var texts: [LocatedText] = []
        if let name = metadata.name {
            texts.append(LocatedText(kind: .name, text: name, file: nil, line: 1, column: 1, verbatim: true))
        }
        if let description = metadata.description {
            texts.append(
                LocatedText(kind: .description, text: description, file: nil, line: 1, column: 1, verbatim: true)
            )
        }
        return texts
    }

    // MARK: - Pages and components

    private static func findUnits(
        bundle: MiniProgramBundle,
        manifest: AppManifest?,
        json: [String: JSONElement]
    ) -> [CodeUnit] {
        guard let manifest else { return [] }
        var units: [CodeUnit] = []
        var seen: Set<String> = []
        var queue: [(kind: CodeUnit.Kind, base: String)] = manifest.allPages.map {
            (.page, joinPath(bundle.appRoot, $0))
        }
        for path in manifest.usingComponents.values {
            if let base = componentBase(path, from: bundle.appRoot, appRoot: bundle.appRoot) {
                queue.append((.component, base))
            }
        }
        var head = 0
        while head < queue.count {
            let (kind, base) = queue[head]
            head += 1
            guard seen.insert(base).inserted else { continue }
            var files: [String: String] = [:]
            for ext in ["json", "wxml", "wxss", "js", "ts"] where bundle.file(at: "\(base).\(ext)") != nil {
                files[ext] = "\(base).\(ext)"
            }
            units.append(CodeUnit(kind: kind, basePath: base, files: files))
            if let unitJSON = json["\(base).json"] {
                let folder = base.split(separator: "/").dropLast().joined(separator: "/")
                for path in AppManifest.components(in: unitJSON).values {
                    if let child = componentBase(path, from: folder, appRoot: bundle.appRoot) {
                        queue.append((.component, child))
                    }
                }
            }
        }
        return units
    }

    /// Resolves a `usingComponents` path; plugin and npm references resolve to nil.
    private static func componentBase(_ path: String, from folder: String, appRoot: String) -> String? {
        if path.hasPrefix("plugin://") || path.hasPrefix("plugin-private://") { return nil }
        if path.hasPrefix("/") { return joinPath(appRoot, String(path.dropFirst())) }
        if path.hasPrefix(".") { return joinPath(folder, path) }
        return nil
    }

    // MARK: - Located text

    private static func jsonTexts(
        manifest: AppManifest?,
        units: [CodeUnit],
        json: [String: JSONElement]
    ) -> [LocatedText] {
        var texts: [LocatedText] = []
        func add(_ element: JSONElement?, file: String) {
            guard let element, let text = element.value.stringValue, !text.isEmpty else { return }
            texts.append(
                LocatedText(
                    kind: .jsonText,
                    text: text,
                    file: file,
                    line: element.line,
                    column: element.column + 1,
                    verbatim: true
                )
            )
        }
        if let manifest {
            add(manifest.root["window"]?["navigationBarTitleText"], file: manifest.path)
            for item in manifest.tabBarItems {
                add(item["text"], file: manifest.path)
            }
        }
        for unit in units {
            guard let path = unit.files["json"], let root = json[path] else { continue }
            add(root["navigationBarTitleText"], file: path)
        }
        return texts
    }

    private static func wxmlTexts(_ file: WXMLFile) -> [LocatedText] {
        var texts: [LocatedText] = []
        func visit(_ nodes: [WXMLNode]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    guard text.text.contains(where: { !$0.isWhitespace }) else { continue }
                    texts.append(
                        LocatedText(
                            kind: .wxmlText,
                            text: text.text,
                            file: file.path,
                            line: text.line,
                            column: text.column,
                            verbatim: true
                        )
                    )
                case .element(let element):
                    for attribute in element.attributes
                    where visibleAttributes.contains(attribute.lowercasedName) {
                        guard let value = attribute.value, !value.isEmpty else { continue }
                        texts.append(
                            LocatedText(
                                kind: .wxmlAttribute,
                                text: value,
                                file: file.path,
                                line: attribute.valueLine,
                                column: attribute.valueColumn,
                                verbatim: true
                            )
                        )
                    }
                    // A WXS body (or a compiled page's script) is script, not text; it is tokenized separately.
                    if !["wxs", "script", "style"].contains(element.lowercasedName) {
                        visit(element.children)
                    }
                case .comment:
                    continue
                }
            }
        }
        visit(file.document.nodes)
        return texts
    }

    /// Script bodies of inline `<wxs>` elements, tokenized with their position in the WXML file.
    private static func inlineWXS(in files: [WXMLFile]) -> [ScriptFile] {
        var scripts: [ScriptFile] = []
        for file in files {
            for element in file.document.elements where element.lowercasedName == "wxs" {
                for case .text(let body) in element.children {
                    // Pad the first line so token columns match the WXML file.
                    let padded = String(repeating: " ", count: max(0, body.column - 1)) + body.text
                    let tokens = Tokenizer.tokenize(padded)
                    scripts.append(
                        ScriptFile(path: file.path, tokens: tokens, code: tokens.code, lineOffset: body.line - 1)
                    )
                }
            }
        }
        return scripts
    }

    private static func scriptTexts(_ script: ScriptFile) -> [LocatedText] {
        var texts: [LocatedText] = []
        let code = script.code
        for (index, token) in code.enumerated() {
            switch token.kind {
            case .string:
                guard !token.value.isEmpty, !isModuleSpecifier(code, at: index) else { continue }
                let raw = token.text.dropFirst().dropLast()
                texts.append(
                    LocatedText(
                        kind: .scriptString,
                        text: token.value,
                        file: script.path,
                        line: token.line + script.lineOffset,
                        column: token.column + 1,
                        verbatim: raw == token.value[...]
                    )
                )
            case .templateString:
                guard !token.value.isEmpty else { continue }
                texts.append(
                    LocatedText(
                        kind: .scriptString,
                        text: token.value,
                        file: script.path,
                        line: token.line + script.lineOffset,
                        column: token.column,
                        verbatim: token.text == token.value
                    )
                )
            default:
                continue
            }
        }
        return texts
    }

    /// `require('x')`, `import x from 'x'`, `import 'x'`, `export … from 'x'`: paths, not text.
    private static func isModuleSpecifier(_ code: [Token], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = code[index - 1]
        if previous.kind == .identifier && (previous.text == "from" || previous.text == "import") { return true }
        if previous.text == "(", index > 1, code[index - 2].kind == .identifier {
            return code[index - 2].text == "require" || code[index - 2].text == "import"
        }
        return false
    }
}
