/// URLs in scripts that production cannot reach: plain http or ws, or a localhost, intranet or
/// bare IP host (运营规范 12.1; the network rules of the development docs).
struct InsecureRequestURLRule: Rule {
    /// Hosts of XML and schema namespace URIs, which are names, not requests.
    static let namespaceHosts: Set<String> = [
        "www.w3.org", "w3.org", "schemas.xmlsoap.org", "schemas.microsoft.com", "schemas.openxmlformats.org",
        "schemas.android.com", "ns.adobe.com", "purl.org", "xmlns.com", "www.wapforum.org", "json-schema.org",
    ]

    /// WeChat's own image CDNs (avatars, article images), whose URLs WeChat itself hands out over
    /// http and which `<image>` loads without a configured domain.
    static let weChatImageDomains = ["qlogo.cn", "qpic.cn"]

    /// How many leading characters of a string are read for a URL.
    static let headLength = 2048

    let description = RuleDescription(
        id: "insecure-request-url",
        family: .technical,
        title: LocalizedText(zh: "请求地址不是 HTTPS 域名", en: "Request URL is not an HTTPS domain"),
        severity: .warning,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                开发文档的网络规则要求服务器域名只能是 https（wss），不能使用 IP 地址或 localhost，且须在后台配置：开发时关闭\
                “校验合法域名”能跑通的地址，发布后会请求失败。本规则报告脚本中以 http:// 或 ws:// 开头的字符串（主机名带点或为 \
                localhost、IP），以及主机是 localhost、127.x、10.x、192.168.x、172.16–31.x 或任何 IPv4、IPv6 地址的 https/wss \
                地址。XML 命名空间（http://www.w3.org/… 等）、开发者工具的本地文件地址（http://tmp/…）、微信自己的图片 CDN\
                （qlogo.cn、qpic.cn，如 http://thirdwx.qlogo.cn 的头像）和只有协议没有主机的前缀（'http://'）不报告。
                """,
            en: """
                The network rules of the development docs allow only https (wss) server domains, never IP addresses \
                or localhost, and each must be configured in the admin console: an address that works with \
                "verify domains" turned off in the tools fails after release. The rule reports script strings \
                starting with http:// or ws:// (with a dotted host, localhost or an IP), and https/wss URLs whose \
                host is localhost, 127.x, 10.x, 192.168.x, 172.16–31.x or any IPv4 or IPv6 address. XML namespace \
                URIs (http://www.w3.org/…), the tools' local file URLs (http://tmp/…), WeChat's own image CDNs \
                (qlogo.cn, qpic.cn, e.g. avatars at http://thirdwx.qlogo.cn) and bare scheme prefixes ('http://') \
                are not reported.
                """
        ),
        hint: LocalizedText(
            zh: "改用已备案并在后台配置的 https 域名。",
            en: "Use an https domain that is registered and configured in the admin console."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "utils/request.js":
                    "const BASE_URL = '↓http://api.shop-example.cn/v1'\nexport const get = (path) => wx.request({ url: BASE_URL + path })"
            ]),
            RuleExample(files: [
                "config/env.js": #"""
                export default {
                  dev: '↓https://192.168.1.20:8080/api',
                  mock: "↓http://localhost:3000",
                  socket: '↓ws://im.example.cn/chat',
                  gateway: `↓https://47.96.12.8/gateway`,
                }
                """#
            ]),
            RuleExample(files: ["pages/index/index.js": "wx.downloadFile({ url: '↓https://127.0.0.1/report.pdf' })"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "utils/request.js": #"""
                const BASE_URL = 'https://api.shop-example.cn/v1'
                const socket = wx.connectSocket({ url: 'wss://im.example.cn/chat' })
                const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10"></svg>'
                const ns = 'http://www.w3.org/2000/svg'
                """#
            ]),
            RuleExample(files: [
                "utils/url.js": #"""
                export const toHttps = (url) => url.replace('http://', 'https://')
                export const isTemp = (path) => path.startsWith('http://tmp/') || path.startsWith('wxfile://')
                // const old = 'http://api.shop-example.cn'
                const tip = '请使用 https 地址'
                """#
            ]),
            RuleExample(files: [
                "config/env.js": #"""
                export default {
                  api: 'https://api.shop-example.cn:8443/v1',
                  shop: 'https://localhost-shop.cn/home',
                  cdn: `https://cdn.shop-example.cn/${version}/`,
                  version: '10.0.0.1',
                  ip: '192.168.1.1',
                  defaultAvatar: 'http://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24Z/132',
                  cover: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc/0?wx_fmt=jpeg',
                }
                """#
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for text in submission.texts where text.kind == .scriptString && text.text.utf8.contains(0x3A) {
            // A URL stands at the start of its string; looking at the head keeps huge strings cheap.
            let head = String(String.UnicodeScalarView(text.text.unicodeScalars.prefix(Self.headLength)))
            let leading = head.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            guard let problem = Self.problem(with: String(head.unicodeScalars.dropFirst(leading))) else {
                continue
            }
            findings.append(
                finding(problem.message, evidence: problem.url, at: text.location(atScalarOffset: leading))
            )
        }
        return findings
    }

    /// Why a URL cannot be requested in production, or nil when it can (or is not a URL at all).
    static func problem(with string: String) -> (url: String, message: LocalizedText)? {
        let lower = string.lowercased()
        guard let schemeEnd = lower.range(of: "://") else { return nil }
        let scheme = String(lower[..<schemeEnd.lowerBound])
        guard ["http", "https", "ws", "wss"].contains(scheme) else { return nil }
        let rest = lower[schemeEnd.upperBound...]
        let authority = rest.prefix { !"/?#".contains($0) && !$0.isWhitespace }
        let hostPart = authority.split(separator: "@").last.map(String.init) ?? ""
        let host: String
        if hostPart.hasPrefix("[") {
            host = String(hostPart.prefix { $0 != "]" }) + "]"
        } else {
            host = String(hostPart.prefix { $0 != ":" })
        }
        guard !host.isEmpty, !namespaceHosts.contains(host) else { return nil }
        let url = String(string.prefix(scheme.count + 3 + authority.count))
        if host == "localhost" || host.hasPrefix("[") || isIPv4(host) {
            let what = isLocal(host) ? ("本机或内网地址", "a local or intranet address") : ("IP 地址", "an IP address")
            return (
                url,
                LocalizedText(
                    zh: "\(url) 使用\(what.0)，发布后无法请求，服务器域名只能是已配置的 https 域名",
                    en: "\(url) uses \(what.1); it cannot be requested after release, only configured https domains can"
                )
            )
        }
        // A plain http or ws URL to a real domain; dotless hosts (http://tmp/…) are the tools' local files.
        guard scheme == "http" || scheme == "ws", host.contains("."),
            !weChatImageDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) })
        else { return nil }
        return (
            url,
            LocalizedText(
                zh: "\(url) 使用明文 \(scheme)://，小程序只能请求 https/wss 域名",
                en: "\(url) uses plain \(scheme)://; mini-programs may only request https/wss domains"
            )
        )
    }

    /// Four dot-separated decimal numbers 0–255.
    static func isIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                    && (Int(part) ?? 256) <= 255
            }
    }

    /// localhost, loopback, private IPv4 ranges and IPv6 literals.
    static func isLocal(_ host: String) -> Bool {
        if host == "localhost" || host.hasPrefix("[") { return true }
        let parts = host.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4 else { return false }
        switch (parts[0], parts[1]) {
        case (127, _), (10, _), (192, 168): return true
        case (172, let second): return (16...31).contains(second)
        default: return false
        }
    }
}
