import Testing

@testable import TextMatching

@Suite struct RequiredLiteralsTests {
    @Test(arguments: [
        ("国家级", ["国家级"]),
        ("(分享|转发)(到|至|给)?群", ["分享到群", "分享群", "分享给群", "分享至群", "转发到群", "转发群", "转发给群", "转发至群"]),
        ("日赚[0-9]+", ["日赚"]),
        ("(?<![收聚])集(满)?([0-9]+)?个?赞(?![美助])", ["集"]),
        ("^\\s*(Weixin|WeChat|微信)\\s*$", ["WeChat", "Weixin", "微信"]),
        ("检测到(病毒|木马|恶意软件)", ["检测到病毒", "检测到木马", "检测到恶意软件"]),
        ("(QQ群|qq群|微信群|群号)[:：]?\\s*[0-9]{5,12}", ["QQ群", "qq群", "微信群", "群号"]),
        ("[6-9]人成团", ["6人成团", "7人成团", "8人成团", "9人成团"]),
        ("a\\.b", ["a.b"]),
        ("(?:ab|cd)+x", ["ab", "cd"]),
    ])
    func findsTheLiteralsEveryMatchContains(pattern: String, expected: [String]) {
        #expect(RequiredLiterals.of(pattern) == expected.sorted())
    }

    @Test(arguments: [
        "\\s+",  // nothing literal
        "(a|\\d)",  // one branch requires nothing
        "a?",  // optional
        "a*b?",
        "[^a]",
        ".",
        "(?<name>x)",  // named groups are not analysed: the expression always runs
        "a{",  // malformed
        "(ab",
    ])
    func requiresNothingWhenAMatchCanAvoidEveryLiteral(pattern: String) {
        #expect(RequiredLiterals.of(pattern) == nil)
    }

    @Test func prefersTheMostSelectiveFactor() {
        // 群 alone would do, but the longer literals of the second group are more selective.
        #expect(RequiredLiterals.of("群\\s*(拼团|组队)") == ["拼团", "组队"])
        // Within an alternation a literal containing another is redundant.
        #expect(RequiredLiterals.of("(分享|分享到)") == ["分享"])
    }

    @Test(arguments: [
        ("(加|添加)(微信|QQ)", ["加微信", "加QQ", "添加微信", "添加QQ"]),
        // Look-behinds and anchors are looked past; the first run of exact elements is used.
        ("(?<!非|不是)(?<![a-z0-9])(微信|腾讯)(助手|管家)", ["微信助手", "微信管家", "腾讯助手", "腾讯管家"]),
        ("(?<![收聚])集(满)?([0-9]+)?个?赞", ["集", "集满"]),
        // Optional first elements: their literals, and those of what follows them.
        ("(请先)?[0-9]+元", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "请先"]),
        ("(分享|转发)[^，。]{0,6}?(得|领)", ["分享", "转发"]),
        // Literals are cut to four scalars, and no literal is dropped for containing another.
        ("(腾讯官方出品|官方)", ["官方", "腾讯官方"]),
        ("a\\.x", ["a.x"]),
    ])
    func findsTheLiteralsEveryMatchBeginsWith(pattern: String, expected: [String]) {
        #expect(RequiredLiterals.leading(of: pattern) == expected.sorted())
    }

    @Test(arguments: [
        "^\\s*(Weixin|WeChat|微信)\\s*$",  // whitespace may begin the match
        ".x",
        "[^a]b",
        "(a|\\d)b",
        "(?=x)",  // only an empty match
        "(ab",  // malformed
    ])
    func knowsNoLeadingLiteralsWhenAMatchCanBeginAnywhere(pattern: String) {
        #expect(RequiredLiterals.leading(of: pattern) == nil)
    }
}
