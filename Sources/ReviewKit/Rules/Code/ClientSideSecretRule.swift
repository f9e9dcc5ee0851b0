import Foundation
import JavaScriptTokens
import MiniProgramBundle

/// api.weixin.qq.com called from the mini-program, or an AppSecret written into its code
/// (运营规范 10.3.1).
struct ClientSideSecretRule: Rule {
    /// The server API host that only a developer's server may call, with the AppSecret.
    static let serverHost = "api.weixin.qq.com"

    let description = RuleDescription(
        id: "client-side-secret",
        family: .technical,
        title: LocalizedText(zh: "前端代码含 AppSecret 或服务端接口", en: "AppSecret or server API in client code"),
        severity: .reject,
        citation: Citations.keepSecrets,
        rationale: LocalizedText(
            zh: """
                运营规范 10.3.1 要求谨慎保管密钥。官方文档规定 api.weixin.qq.com 不能配置为服务器域名，相关接口也不能在小程序内调用，\
                AppSecret 应保存在后台服务器：代码包可以被解包，写在里面的 AppSecret 等于公开。本规则报告脚本字符串中出现的 \
                api.weixin.qq.com（如 jscode2session、cgi-bin/token），以及在脚本或随代码上传的 JSON（如 ext.json）中\
                赋给名字含 secret 的变量、属性或键\
                （secret、appSecret、APP_SECRET …）或写在 secret= 参数里的 32 位十六进制字符串。报告中的密钥只显示前 4 位。
                """,
            en: """
                Clause 10.3.1 asks developers to guard their keys. The official docs say api.weixin.qq.com cannot be \
                a server domain and its APIs must not be called from the mini-program; the AppSecret belongs on \
                the developer's server. A package can be unpacked, so an AppSecret inside it is public. The rule \
                reports script strings that mention api.weixin.qq.com (jscode2session, cgi-bin/token …) and \
                32-hex-digit strings assigned, in scripts or in JSON uploaded with the code (ext.json …), to a \
                variable, property or key whose name contains "secret" (secret, \
                appSecret, APP_SECRET …) or given as a secret= parameter. Reports show only the first 4 digits.
                """
        ),
        hint: LocalizedText(
            zh: "把调用 api.weixin.qq.com 的逻辑和 AppSecret 移到自己的服务器，并在公众平台重置已经泄露的 AppSecret。",
            en: "Move the api.weixin.qq.com calls and the AppSecret to your server, and reset the leaked AppSecret."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "app.js": #"""
                App({
                  onLaunch() {
                    wx.login({
                      success: ({ code }) => wx.request({
                        url: `https://↓api.weixin.qq.com/sns/jscode2session?appid=wx8f3a&js_code=${code}`,
                      }),
                    })
                  },
                })
                """#
            ]),
            RuleExample(files: [
                "config/index.js":
                    "module.exports = {\n  appId: 'wx1234567890abcdef',\n  appSecret: '↓9f86d081884c7d659a2feaa0c55ad015',\n}"
            ]),
            RuleExample(files: [
                "utils/token.ts": "const APP_SECRET = \"↓3c59dc048e8850243be8079a5c74d079\"\nexport default APP_SECRET"
            ]),
            RuleExample(files: [
                "ext.json": #"""
                {"extEnable": true, "extAppid": "wx1234567890abcdef",
                 "ext": {"shopId": 1024, "wechat": {"appSecret": "↓3c59dc048e8850243be8079a5c74d079"}}}
                """#
            ]),
            RuleExample(files: [
                "utils/auth.js":
                    "const url = '/proxy/token?grant_type=client_credential&↓secret=9f86d081884c7d659a2feaa0c55ad015'"
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.js": #"""
                App({
                  onLaunch() {
                    wx.login({ success: ({ code }) => wx.request({ url: 'https://api.example.com/login', data: { code } }) })
                  },
                })
                """#
            ]),
            RuleExample(files: [
                "utils/hash.js": #"""
                const md5OfEmpty = 'd41d8cd98f00b204e9800998ecf8427e'
                const fileHash = { sha: '9f86d081884c7d659a2feaa0c55ad015' }
                const secretTip = '请在服务器端保存密钥'
                const hasSecret = !!options.secret
                """#
            ]),
            RuleExample(files: [
                "pages/index/index.js":
                    "// 登录换取 session 由服务器调用 api.weixin.qq.com 完成\nconst api = 'https://mp.weixin.qq.com/s/abc'"
            ]),
            RuleExample(files: [
                "ext.json":
                    ##"{"extEnable": true, "ext": {"themeColor": "#07C160", "secretary": "张三", "hash": "3c59dc048e8850243be8079a5c74d079"}}"##
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for text in submission.texts where text.kind == .scriptString {
            if text.text.containsASCII(ignoringCase: Self.serverHost),
                let range = text.text.range(of: Self.serverHost, options: .caseInsensitive)
            {
                let offset = text.text.unicodeScalars.distance(
                    from: text.text.unicodeScalars.startIndex, to: range.lowerBound)
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "前端代码调用了 \(Self.serverHost)，该接口只能由服务器调用",
                            en: "Client code calls \(Self.serverHost), which only a server may call"
                        ),
                        evidence: Self.serverHost,
                        at: text.location(atScalarOffset: offset)
                    )
                )
            }
            for (offset, secret) in Self.secretParameters(in: text.text) {
                findings.append(leaked(secret, at: text.location(atScalarOffset: offset)))
            }
        }
        for script in submission.scripts {
            let code = script.code
            for index in code.indices.dropFirst(2)
            where code[index].kind == .string || code[index].kind == .templateString {
                let value = code[index].value
                guard Self.isHex32(value), code[index - 1].text == ":" || code[index - 1].text == "=" else { continue }
                let key = code[index - 2]
                let name = key.kind == .string ? key.value : key.text
                guard key.kind == .identifier || key.kind == .string, Self.namesASecret(name) else { continue }
                findings.append(leaked(value, at: script.contentLocation(of: code[index])))
            }
        }
        findings += jsonSecrets(in: submission.bundle)
        return findings
    }

    /// Secrets in the JSON files that are uploaded with the code (ext.json, configuration files):
    /// a 32-hex-digit string under a key that names a secret. node_modules is never uploaded; files
    /// the review configuration ignores are dropped by the reviewer.
    private func jsonSecrets(in bundle: MiniProgramBundle) -> [Finding] {
        var findings: [Finding] = []
        for path in bundle.paths
        where path.hasPrefix(bundle.appRoot) && SubmissionBuilder.fileExtension(path) == "json"
            && !path.hasPrefix("node_modules/") && !path.contains("/node_modules/")
        {
            guard let text = bundle.text(at: path), text.contains("ecret"),
                case .success(let root) = JSONParser.parse(text)
            else { continue }
            var pending = [root]
            while let element = pending.popLast() {
                switch element.value {
                case .object(let members):
                    for member in members {
                        if let value = member.value.value.stringValue, Self.isHex32(value),
                            Self.namesASecret(member.key)
                        {
                            findings.append(leaked(value, at: member.value.location(in: path)))
                        }
                        pending.append(member.value)
                    }
                case .array(let elements):
                    pending += elements
                default:
                    continue
                }
            }
        }
        return findings
    }

    private func leaked(_ secret: String, at location: Location) -> Finding {
        let masked = Self.masked(secret)
        return finding(
            LocalizedText(
                zh: "代码中写有 AppSecret（\(masked)），任何人解包即可取得",
                en: "The code holds an AppSecret (\(masked)); anyone who unpacks it can read it"
            ),
            evidence: masked,
            at: location
        )
    }

    /// Whether a variable or property name reads as a secret: secret, appSecret, APP_SECRET, app-secret.
    static func namesASecret(_ name: String) -> Bool {
        name.lowercased().filter { $0 != "_" && $0 != "-" }.contains("secret")
    }

    static func isHex32(_ value: String) -> Bool {
        value.count == 32 && value.allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    /// `secret=` or `appsecret=` parameters with a 32-hex-digit value: scalar offset of the
    /// parameter name and the value.
    static func secretParameters(in text: String) -> [(offset: Int, secret: String)] {
        guard text.containsASCII(ignoringCase: "secret=") else { return [] }
        let scalars = Array(text.unicodeScalars)
        let lower = text.lowercased().unicodeScalars.map { $0 }
        guard lower.count == scalars.count else { return [] }
        var results: [(Int, String)] = []
        let key = Array("secret=".unicodeScalars)
        var index = 0
        while index + key.count + 32 <= scalars.count {
            defer { index += 1 }
            guard Array(lower[index..<index + key.count]) == key else { continue }
            let valueStart = index + key.count
            let value = String(String.UnicodeScalarView(scalars[valueStart..<valueStart + 32]))
            let next = valueStart + 32 < scalars.count ? Character(scalars[valueStart + 32]) : nil
            guard isHex32(value), next.map({ $0.isASCII && $0.isHexDigit }) != true else { continue }
            // Start at the parameter name: "appsecret=" or "app_secret=" count as well.
            var start = index
            for prefix in ["app_", "app"] where start >= prefix.count {
                if String(String.UnicodeScalarView(lower[(start - prefix.count)..<start])) == prefix {
                    start -= prefix.count
                    break
                }
            }
            guard start == 0 || !Character(scalars[start - 1]).isLetter else { continue }
            results.append((start, value))
        }
        return results
    }

    /// The first 4 characters: enough to recognise the secret, too little to use it.
    static func masked(_ secret: String) -> String {
        "\(secret.prefix(4))…"
    }
}
