/// The checklist files in `lists/`, embedded in the binary. The list is explicit and sorted;
/// a test compares it with the files on disk.
public enum BundledChecklists {
    /// Checklist id (the file name without `.json`) and the file's bytes.
    public static let all: [(id: String, bytes: [UInt8])] = [
        ("absolute-advertising-words", PackageResources.absolute_advertising_words_json),
        ("account-password-request", PackageResources.account_password_request_json),
        ("blank-ad-space", PackageResources.blank_ad_space_json),
        ("broadcast-names", PackageResources.broadcast_names_json),
        ("commercial-words", PackageResources.commercial_words_json),
        ("contact-diversion", PackageResources.contact_diversion_json),
        ("contraband", PackageResources.contraband_json),
        ("depends-on-other-app", PackageResources.depends_on_other_app_json),
        ("fake-system-notice", PackageResources.fake_system_notice_json),
        ("flagship-store-words", PackageResources.flagship_store_words_json),
        ("fortune-telling", PackageResources.fortune_telling_json),
        ("gambling", PackageResources.gambling_json),
        ("generic-name", PackageResources.generic_name_json),
        ("implied-endorsement", PackageResources.implied_endorsement_json),
        ("induced-sharing", PackageResources.induced_sharing_json),
        ("medical-claims", PackageResources.medical_claims_json),
        ("multi-level-distribution", PackageResources.multi_level_distribution_json),
        ("off-platform-links", PackageResources.off_platform_links_json),
        ("online-earning", PackageResources.online_earning_json),
        ("personal-info-gate", PackageResources.personal_info_gate_json),
        ("placeholder-copy", PackageResources.placeholder_copy_json),
        ("platform-marks-in-copy", PackageResources.platform_marks_in_copy_json),
        ("platform-marks-in-name", PackageResources.platform_marks_in_name_json),
        ("pornography", PackageResources.pornography_json),
        ("team-up-over-five", PackageResources.team_up_over_five_json),
        ("test-build-markers", PackageResources.test_build_markers_json),
        ("vague-description", PackageResources.vague_description_json),
        ("violence", PackageResources.violence_json),
    ]
}
