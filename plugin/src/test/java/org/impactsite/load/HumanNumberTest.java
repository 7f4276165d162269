package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.impactsite.load.HumanNumber.Failure;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanNumberTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                       | 0
            1500                    | 1500
            +1500                   | 1500
            4073                    | 4073
            1,461                   | 1461
            1,000,000               | 1000000
            1 000 000               | 1000000
            1'000'000               | 1000000
            1_000                   | 1000
            1,000.5                 | 1000.5
            2.50                    | 2.5
            0.125                   | 0.125
            1.2345                  | 1.2345
            .5                      | 0.5
            1e6                     | 1000000
            1 million               | 1000000
            2.7 million             | 2700000
            2.7 Million             | 2700000
            3 millions              | 3000000
            1.2M                    | 1200000
            1.2 mn                  | 1200000
            384K                    | 384000
            384k                    | 384000
            1.5 thousand            | 1500
            1.5 billion             | 1500000000
            2.7B                    | 2700000000
            3bn                     | 3000000000
            1 trillion              | 1000000000000
            100万                   | 1000000
            1.2亿                   | 120000000
            3千                     | 3000
            １００万                 | 1000000
            '  12  '                | 12
            -0                      | 0
            """)
    void readsFigures(String text, String expected) {
        HumanNumber.Result r = HumanNumber.parse(text);
        assertThat(r.ok()).as(text).isTrue();
        assertThat(r.number().value()).isEqualTo(new BigDecimal(expected));
        assertThat(r.number().value().scale()).isGreaterThanOrEqualTo(0);
        assertThat(r.number().qualifier()).isNull();
    }

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 1 million     | 1000000    | MORE_THAN
            More Than 1 million     | 1000000    | MORE_THAN
            over 2.7 million        | 2700000    | MORE_THAN
            above 500               | 500        | MORE_THAN
            almost 50 billion       | 50000000000| ALMOST
            nearly 1,000            | 1000       | ALMOST
            about 384K              | 384000     | ABOUT
            approximately 12        | 12         | ABOUT
            around 40               | 40         | ABOUT
            ~300                    | 300        | ABOUT
            at least 36             | 36         | AT_LEAST
            超过100万                | 1000000    | MORE_THAN
            约1.2亿                  | 120000000  | ABOUT
            至少 5千                 | 5000       | AT_LEAST
            """)
    void readsAQualifierBeforeTheFigure(String text, String expected, Qualifier qualifier) {
        HumanNumber.Result r = HumanNumber.parse(text);
        assertThat(r.ok()).as(text).isTrue();
        assertThat(r.number().value()).isEqualTo(new BigDecimal(expected));
        assertThat(r.number().qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0} fails: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                      | EMPTY
            '   '                   | EMPTY
            many                    | NOT_A_NUMBER
            about                   | NOT_A_NUMBER
            2,5                     | NOT_A_NUMBER
            1.234.567               | AMBIGUOUS
            1,0000                  | NOT_A_NUMBER
            100,000,00              | NOT_A_NUMBER
            0x1F                    | NOT_A_NUMBER
            .inf                    | NOT_A_NUMBER
            1/2                     | NOT_A_NUMBER
            12%                     | PERCENT
            12.5 %                  | PERCENT
            40 percent              | PERCENT
            1 million views         | TRAILING_WORDS
            384k followers          | TRAILING_WORDS
            1 mango                 | TRAILING_WORDS
            -5                      | NEGATIVE
            −1.5M                   | NEGATIVE
            more than -3            | NEGATIVE
            1e15                    | TOO_LARGE
            2000 trillion           | TOO_LARGE
            1.000                   | AMBIGUOUS
            251.461                 | AMBIGUOUS
            about 2.500             | AMBIGUOUS
            2.500 million           | AMBIGUOUS
            1.250K                  | AMBIGUOUS
            """)
    void refusesWhatIsNotACount(String text, Failure failure) {
        HumanNumber.Result r = HumanNumber.parse(text);
        assertThat(r.ok()).as(text).isFalse();
        assertThat(r.failure()).isEqualTo(failure);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 million views   | views
            384k followers    | followers
            """)
    void keepsTheWordsAfterTheFigureForTheHint(String text, String words) {
        assertThat(HumanNumber.parse(text).words()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            more than      | MORE_THAN
            ' Over '       | MORE_THAN
            nearly         | ALMOST
            approximately  | ABOUT
            at  least      | AT_LEAST
            """)
    void readsQualifierWords(String words, Qualifier expected) {
        assertThat(HumanNumber.qualifier(words)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"exactly", "more", "least"})
    void refusesUnknownQualifierWords(String words) {
        assertThat(HumanNumber.qualifier(words)).isEmpty();
    }

    @Test
    void keepsTheWordsAFigureWasWrittenInForTilesAndSentences() {
        assertThat(HumanNumber.parse("more than 2.7 Million").number().words()).isEqualTo("2.7 Million");
        assertThat(HumanNumber.parse("  384K ").number().words()).isEqualTo("384K");
        assertThat(HumanNumber.parse("about 100万").number().words()).isEqualTo("100万");
        // digits alone are shown as digits, grouped for the report's language
        assertThat(HumanNumber.parse("1,500").number().words()).isNull();
        assertThat(HumanNumber.parse("more than 1000000").number().words()).isNull();
    }
}
