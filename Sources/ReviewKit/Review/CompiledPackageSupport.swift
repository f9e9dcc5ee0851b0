/// Which rules can judge a compiled package (.wxapkg), whose WXML, WXSS and JSON have been compiled
/// into JavaScript, HTML and one merged app-config.json.
///
/// Code rules are listed here by id rather than marked on each rule so that a new rule is left out, and
/// reported as not run, until someone has checked that it works on compiled content. A checklist runs
/// when one of its scopes survives compilation: the submitted name and description, strings in scripts
/// (where compiled WXML text ends up), and titles in app-config.json.
public enum CompiledPackageSupport {
    /// Code rules that only read what a compiled package still has: app-config.json, script calls,
    /// the package's entries and their encodings, and the submitted metadata.
    static let codeRuleIDs: Set<String> = [
        "location-without-consent",
        "malformed-json",
        "non-utf8-text",
        "payment-not-disclosed",
        "submission-metadata-missing",
        "unsafe-bundle-entry",
    ]

    /// Text kinds a compiled package still yields.
    static let compiledTextKinds: Set<LocatedText.Kind> = [.name, .description, .scriptString, .jsonText]

    /// Whether `rule` gives meaningful findings on a compiled package.
    public static func canRun(_ rule: any Rule) -> Bool {
        if let checklist = rule as? ChecklistRule {
            return !checklist.scopes.isDisjoint(with: compiledTextKinds)
        }
        return codeRuleIDs.contains(rule.id) || rule.id == CompiledPackageRule.id
    }

    /// Ids of the registered rules that cannot run on a compiled package, sorted.
    public static var rulesNotRun: [String] {
        RuleRegistry.all.filter { !canRun($0) }.map(\.id).sorted()
    }
}
