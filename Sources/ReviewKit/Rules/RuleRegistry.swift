/// Every rule mpcheck knows: the code rules listed here, explicitly and sorted by id, and the
/// checklists embedded from `Checklists/lists/`. A test compares both lists with the files on disk.
public enum RuleRegistry {
    /// Code rules, sorted by id.
    static let codeRules: [any Rule] = [
        AudioAutoplayRule(),
        ClientSideSecretRule(),
        CompiledPackageRule(),
        DescriptionWithoutFunctionRule(),
        DonationPaymentRule(),
        DynamicCodeExecutionRule(),
        FuzzyAndPreciseLocationRule(),
        IconBackgroundRule(),
        IconFormatRule(),
        IconShapeRule(),
        InsecureRequestURLRule(),
        InvalidSuppressionRule(),
        LocationPurposeTextRule(),
        LocationWithoutConsentRule(),
        MalformedJSONRule(),
        MediaAutoplayRule(),
        MissingComponentRule(),
        MissingImageRule(),
        MissingPageFilesRule(),
        NestedArchiveRule(),
        NonPublicAPIRule(),
        TextEncodingRule(),
        PackageSizeRule(),
        PaymentNotDisclosedRule(),
        PaymentWithoutPromptRule(),
        PlatformMarkLookalikeRule(),
        PopupWithoutCloseRule(),
        PrivacyConsentFlowRule(),
        PrivacyGuideRule(),
        QRCodeContactRule(),
        QRCodeExternalLinkRule(),
        SensitiveCallInLifecycleRule(),
        ShareCallbackRule(),
        MetadataFallbackRule(),
        TabBarConfigRule(),
        TabBarIconRule(),
        ThirdPartyMarkRule(),
        UnsafeBundleEntryRule(),
        VirtualGoodsPaymentRule(),
    ]

    /// Renamed rules: old id → current id. Ids are never reused.
    public static let aliases: [String: String] = [
        "third-party-marks-in-name": "third-party-mark-in-name"
    ]

    /// All rules sorted by id. Loading the embedded checklists cannot fail at run time: a test
    /// loads every one of them, so a broken checklist never ships.
    public static let all: [any Rule] = {
        let checklists: [any Rule]
        do {
            checklists = try ChecklistRule.bundled()
        } catch {
            preconditionFailure("embedded checklist is invalid: \(error)")
        }
        return (codeRules + checklists).sorted { $0.id < $1.id }
    }()

    /// Ids of the code rules, in the order listed.
    public static var codeRuleIDs: [String] { codeRules.map(\.id) }

    /// The rule with this id or alias.
    public static func rule(id: String) -> (any Rule)? {
        let resolved = aliases[id] ?? id
        return all.first { $0.id == resolved }
    }
}
