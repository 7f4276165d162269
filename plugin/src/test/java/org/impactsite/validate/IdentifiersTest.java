package org.impactsite.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "justice4her-pets", "2020", "离婚后宠物", "café-olé", "x-1-y"})
    void safeSlugs(String slug) {
        assertThat(Identifiers.isSafeSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "A", "a b", "a/b", "..", "a..b", "a.b", "a_b", "a\\b", "%2e%2e", "a\u0000"})
    void unsafeSlugs(String slug) {
        assertThat(Identifiers.isSafeSlug(slug)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pets After Divorce     | pets-after-divorce
            unicef_weibo           | unicef-weibo
            ..hidden..             | hidden
            2021 — Annual Report!  | 2021-annual-report
            案例 一                 | 案例-一
            Ｆｕｌｌ                 | full
            '...'                  | ''
            """)
    void slugsFromNames(String name, String slug) {
        assertThat(Identifiers.slugOf(name)).isEqualTo(slug);
        assertThat(slug.isEmpty() || Identifiers.isSafeSlug(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"views", "followers-gained", "Views2", "a"})
    void simpleIds(String id) {
        assertThat(Identifiers.isSimpleId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"followers_gained", "-a", "a b", "视频", "a.b", ""})
    void notSimpleIds(String id) {
        assertThat(Identifiers.isSimpleId(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"followers_gained, followers-gained", "'New Followers', new-followers"})
    void suggestsSimpleIds(String id, String expected) {
        assertThat(Identifiers.suggestId(id)).isEqualTo(expected);
    }
}
