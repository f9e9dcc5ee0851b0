/// Which rules can judge a compiled package (.wxapkg), whose WXML, WXSS and JSON have been compiled
/// into JavaScript, HTML and one merged app-config.json.
///
/// Code rules are listed here by id rather than marked on each rule so that a new rule is left out, and
/// reported as not run, until someone has checked that it works on compiled content. A checklist runs
/// when one of its scopes survives compilation: the submitted name and description, strings in scripts
/// (where compiled WXML text ends up), and titles in app-config.json.
public enum CompiledPackageSupport {
    /// Code rules that only read what a compiled package still has: app-config.json, script calls,
    /// the package's entries and their encodings, its images (compilation keeps PNG and JPEG files
    /// as they are), and the submitted metadata.
    static let codeRuleIDs: Set<String> = [
        "audio-autoplay",
        "client-side-secret",
        "description-without-function",
        "donation-payment",
        "insecure-request-url",
        "location-without-consent",
        "malformed-json",
        "nested-archive",
        "non-utf8-text",
        "payment-not-disclosed",
        "payment-without-prompt",
        "privacy-guide-undeclared",
        "qr-code-contact",
        "qr-code-external-link",
        "sensitive-call-in-lifecycle",
        "share-callback-reward",
        "submission-metadata-missing",
        "unsafe-bundle-entry",
        "virtual-goods-payment",
    ]

    /// Code rules that judge scripts against the manifest: without app-config.json (a sub-package is
    /// compiled without one) they would report every call as undeclared.
    static let manifestRuleIDs: Set<String> = ["location-without-consent"]

    /// Text kinds a compiled package still yields.
    static let compiledTextKinds: Set<LocatedText.Kind> = [.name, .description, .scriptString, .jsonText]

    /// Whether `rule` gives meaningful findings on this compiled package.
    public static func canRun(_ rule: any Rule, on submission: Submission) -> Bool {
        if let override = rule as? SeverityOverride {
            return canRun(override.base, on: submission)
        }
        if let checklist = rule as? ChecklistRule {
            return !checklist.scopes.isDisjoint(with: compiledTextKinds)
        }
        if manifestRuleIDs.contains(rule.id) {
            return submission.manifest != nil
        }
        return codeRuleIDs.contains(rule.id) || rule.id == CompiledPackageRule.id
    }

    /// Ids of the registered rules that cannot run on this compiled package, sorted.
    public static func rulesNotRun(on submission: Submission) -> [String] {
        RuleRegistry.all.filter { !canRun($0, on: submission) }.map(\.id).sorted()
    }
}
