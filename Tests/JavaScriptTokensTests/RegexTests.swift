import JavaScriptTokens
import Testing

/// Telling a regex literal from a division.
@Suite struct RegexTests {
    @Test func slashesBetweenOperandsAreDivision() {
        #expect(Lexeme.all(in: "a / b / c") == [.id("a"), .punct("/"), .id("b"), .punct("/"), .id("c")])
    }

    @Test func regexAfterAssignmentIncludesFlags() {
        #expect(
            Lexeme.all(in: "x = /ab+c/g.test(s)") == [
                .id("x"), .punct("="), .regex("/ab+c/g"), .punct("."), .id("test"), .punct("("), .id("s"),
                .punct(")"),
            ])
    }

    @Test func regexAfterReturn() {
        #expect(Lexeme.all(in: "return /x/") == [.id("return"), .regex("/x/")])
    }

    @Test(arguments: [
        "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    ])
    func regexAfterKeyword(keyword: String) {
        #expect(Lexeme.all(in: "\(keyword) /x/i") == [.id(keyword), .regex("/x/i")])
    }

    @Test func keywordUsedAsPropertyNameIsFollowedByDivision() {
        #expect(Lexeme.all(in: "o.return / 2") == [.id("o"), .punct("."), .id("return"), .punct("/"), .num("2")])
    }

    @Test func divisionAfterClosingParenthesisAndBracket() {
        #expect(Lexeme.all(in: "f(a)/2") == [.id("f"), .punct("("), .id("a"), .punct(")"), .punct("/"), .num("2")])
        #expect(Lexeme.all(in: "[1]/2") == [.punct("["), .num("1"), .punct("]"), .punct("/"), .num("2")])
    }

    @Test func divisionAfterNumberStringAndPostfixIncrement() {
        #expect(Lexeme.all(in: "1/2") == [.num("1"), .punct("/"), .num("2")])
        #expect(Lexeme.all(in: "'a'/2") == [.str("'a'"), .punct("/"), .num("2")])
        #expect(Lexeme.all(in: "i++ / 2") == [.id("i"), .punct("++"), .punct("/"), .num("2")])
    }

    @Test func regexAtStartOfInput() {
        #expect(Lexeme.all(in: "/a/.test(s)").first == .regex("/a/"))
    }

    @Test func slashInsideClassAndEscapedSlashDoNotEndRegex() {
        #expect(Lexeme.all(in: "x = /[/]+/.test(s)")[2] == .regex("/[/]+/"))
        #expect(Lexeme.all(in: #"x = /a\/b/gi;"#) == [.id("x"), .punct("="), .regex(#"/a\/b/gi"#), .punct(";")])
        #expect(Lexeme.all(in: #"x = /[\]/]/"#)[2] == .regex(#"/[\]/]/"#))
    }

    @Test func divisionAssignmentAndRegexStartingWithEquals() {
        #expect(Lexeme.all(in: "a /= 2") == [.id("a"), .punct("/="), .num("2")])
        #expect(Lexeme.all(in: "a = /=/") == [.id("a"), .punct("="), .regex("/=/")])
    }

    @Test func regexAfterCompoundAssignmentAndNullishCoalescing() {
        #expect(Lexeme.all(in: "a += /x/") == [.id("a"), .punct("+="), .regex("/x/")])
        #expect(Lexeme.all(in: "a -= /x/") == [.id("a"), .punct("-="), .regex("/x/")])
        #expect(Lexeme.all(in: "a ?? void /x/") == [.id("a"), .punct("??"), .id("void"), .regex("/x/")])
        #expect(Lexeme.all(in: "a?.void / 2") == [.id("a"), .punct("?."), .id("void"), .punct("/"), .num("2")])
    }

    @Test func regexAfterOpeningPunctuation() {
        #expect(
            Lexeme.all(in: "f(/a/, [/b/], {k: /c/}) && !/d/") == [
                .id("f"), .punct("("), .regex("/a/"), .punct(","), .punct("["), .regex("/b/"), .punct("]"),
                .punct(","), .punct("{"), .id("k"), .punct(":"), .regex("/c/"), .punct("}"), .punct(")"),
                .punct("&&"), .punct("!"), .regex("/d/"),
            ])
    }

    @Test func regexAndDivisionAroundTemplates() {
        #expect(Lexeme.all(in: "`a` / 2") == [.tpl("a"), .punct("/"), .num("2")])
        #expect(Lexeme.all(in: "`${/x/.source}`") == [.tpl(""), .regex("/x/"), .punct("."), .id("source"), .tpl("")])
    }
}
