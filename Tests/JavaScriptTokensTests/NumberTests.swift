import JavaScriptTokens
import Testing

/// Numeric literal forms.
@Suite struct NumberTests {
    @Test(arguments: [
        "0", "123", "1.5", ".5", "1.", "1e10", "1E-7", "2.5e+3", "0x1F", "0XAB", "0o17", "0O7", "0b1010",
        "0B1", "1_000_000", "0x_FF_FF", "10n", "0xFFn", "0b11n", "08",
    ])
    func numberIsOneToken(source: String) {
        #expect(Lexeme.all(in: source) == [.num(source)])
        #expect(Tokenizer.tokenize(source)[0].value == source)
    }

    @Test func memberAccessOnNumberNeedsTwoDots() {
        #expect(
            Lexeme.all(in: "1..toString()") == [.num("1."), .punct("."), .id("toString"), .punct("("), .punct(")")])
    }

    @Test func exponentWithoutDigitsIsNotPartOfNumber() {
        #expect(Lexeme.all(in: "1em") == [.num("1"), .id("em")])
    }

    @Test func numbersInExpression() {
        #expect(Lexeme.all(in: "x=1.5e3-.25") == [.id("x"), .punct("="), .num("1.5e3"), .punct("-"), .num(".25")])
    }
}
