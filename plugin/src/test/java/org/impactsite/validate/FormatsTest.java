package org.impactsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Web addresses, countries, languages and colours. */
class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/", "https://例子.中国/"})
    void webLinks(String url) {
        assertThat(WebAddresses.problemWith(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)        | uses "javascript:"; only http and https links are allowed
            ftp://example.org          | uses "ftp:"; only http and https links are allowed
            www.example.org            | is not a full web address
            /relative/path             | is not a full web address
            https:///nohost            | has no host name
            https://exa mple.org       | contains a space or a control character
            """)
    void refusedLinks(String url, String why) {
        assertThat(WebAddresses.problemWith(url)).contains(why);
    }

    @Test
    void countries() {
        assertThat(CountryCodes.isKnown("CN")).isTrue();
        assertThat(CountryCodes.isKnown("cn")).isFalse();
        assertThat(CountryCodes.isKnown("XX")).isFalse();
        assertThat(CountryCodes.suggest("kenya")).contains("KE");
        assertThat(CountryCodes.suggest("Atlantis")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, en", "EN, en", "zh-cn, zh-CN", "zh_CN, zh-CN", "pt-BR, pt-BR", "zh-Hans-CN, zh-Hans-CN", "fil, fil"})
    void languageTags(String tag, String canonical) {
        assertThat(LanguageTags.canonical(tag)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "xx", "e", "en-", "12", "zh--CN"})
    void badLanguageTags(String tag) {
        assertThat(LanguageTags.canonical(tag)).isEmpty();
    }

    @Test
    void languageNames() {
        assertThat(LanguageTags.suggest("Chinese")).contains("zh");
        assertThat(LanguageTags.suggest("Klingonese")).isEmpty();
    }

    @Test
    void colours() {
        assertThat(Colours.normalise("#B0306A")).contains("#b0306a");
        assertThat(Colours.normalise("b0306a")).isEmpty();
        assertThat(Colours.normalise("red")).isEmpty();
        assertThat(Colours.normalise("#b0306")).isEmpty();
        assertThat(Colours.hintFor("#F0a")).isEqualTo("write all six digits: \"#ff00aa\"");
        assertThat(Colours.hintFor("red")).contains("#b0306a");
    }

    @Test
    void keySchemaHints() {
        assertThat(KeySchema.CASE_STUDY.allows("metrics")).isTrue();
        assertThat(KeySchema.CASE_STUDY.allows("unit")).isFalse();
        assertThat(KeySchema.SOURCE.hintFor("link")).isEqualTo("the keys of a source are: id, title, publisher, url, date");
        assertThat(KeySchema.AWARD.hintFor("yaer")).isEqualTo("did you mean `year`?");
    }
}
