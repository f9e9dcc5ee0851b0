/// Where the payload of a QR code leads, as the QR-code rules judge it.
enum QRCodeDestination: Equatable {
    /// A WeChat or QQ account or group, or a WeCom contact or group; the text names it.
    case contact(LocalizedText)
    /// A web page outside WeChat; the host is lower-case.
    case externalPage(host: String)
    /// Neither: plain text, WeChat's own pages and mini-program links, other schemes.
    case other

    /// Links that open a person or a group in WeChat, WeCom or QQ: host, path prefix, what it is.
    static let contactLinks: [(host: String, pathPrefix: String, kind: LocalizedText)] = [
        ("u.wechat.com", "", LocalizedText(zh: "微信个人名片", en: "a WeChat personal card")),
        ("weixin.qq.com", "/g/", LocalizedText(zh: "微信群", en: "a WeChat group")),
        ("weixin.qq.com", "/r/", LocalizedText(zh: "微信个人号或公众号", en: "a WeChat personal or official account")),
        ("work.weixin.qq.com", "/u/", LocalizedText(zh: "企业微信联系人", en: "a WeCom contact")),
        ("work.weixin.qq.com", "/ca/", LocalizedText(zh: "企业微信联系人", en: "a WeCom contact")),
        ("work.weixin.qq.com", "/gm/", LocalizedText(zh: "企业微信群", en: "a WeCom group")),
        ("qm.qq.com", "", LocalizedText(zh: "QQ 名片或 QQ 群", en: "a QQ contact or group")),
        ("jq.qq.com", "", LocalizedText(zh: "QQ 群", en: "a QQ group")),
        ("wpa.qq.com", "", LocalizedText(zh: "QQ 会话", en: "a QQ chat")),
    ]

    /// Domains of WeChat itself, whose pages and mini-program links (wxaurl.cn) stay inside
    /// WeChat; their subdomains count too.
    static let weChatDomains = ["weixin.qq.com", "wechat.com", "wxaurl.cn", "servicewechat.com"]

    init(payload: String) {
        guard let link = Link(payload) else {
            self = .other
            return
        }
        if let contact = Self.contactLinks.first(where: { $0.host == link.host && link.path.hasPrefix($0.pathPrefix) })
        {
            self = .contact(contact.kind)
        } else if link.hasWebScheme, !Self.weChatDomains.contains(where: { link.host.isDomainOrSubdomain(of: $0) }) {
            self = .externalPage(host: link.host)
        } else {
            self = .other
        }
    }

    /// The host and path of a payload that is a web address: with an http(s) scheme, or bare
    /// (`weixin.qq.com/g/…`, which phones open too).
    struct Link {
        /// Lower-case, without user, password or port.
        let host: String
        /// From the first `/` after the host, lower-case; empty when there is none.
        let path: String
        /// Whether the payload starts with http:// or https://.
        let hasWebScheme: Bool

        init?(_ payload: String) {
            var text = Substring(payload.lowercased())
            while let first = text.first, first.isWhitespace { text = text.dropFirst() }
            hasWebScheme = text.hasPrefix("http://") || text.hasPrefix("https://")
            if hasWebScheme {
                text = text.dropFirst(text.hasPrefix("https://") ? 8 : 7)
            } else if text.contains("://") {
                return nil
            }
            let authorityEnd = text.firstIndex { "/?#".contains($0) } ?? text.endIndex
            var authority = text[..<authorityEnd]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
            while authority.hasSuffix(".") { authority = authority.dropLast() }
            guard authority.contains("."), !authority.contains(where: { $0.isWhitespace }) else { return nil }
            host = String(authority)
            let rest = text[authorityEnd...]
            path = rest.first == "/" ? String(rest.prefix { !$0.isWhitespace }) : ""
        }
    }
}

extension String {
    /// Whether this host is `domain` or one of its subdomains.
    fileprivate func isDomainOrSubdomain(of domain: String) -> Bool {
        self == domain || hasSuffix("." + domain)
    }
}
