package org.impactsite.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.impactsite.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(Templates.THEME_ROOT + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh", "messages_ms"})
    void everyLanguageHasEveryWord(String name) throws IOException {
        Properties root = bundle("messages");
        Properties other = bundle(name);
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(root.stringPropertyNames());
        for (String key : root.stringPropertyNames()) {
            if (root.getProperty(key).isBlank()) {
                continue; // a separator: a space in English, none in Chinese
            }
            assertThat(other.getProperty(key)).as(name + " " + key).isNotBlank();
        }
    }

    @Test
    void countsAgreeWithTheirNumberInEachLanguage() {
        Messages en = Messages.load(Locale.ENGLISH, null, p -> "", new Problems());
        assertThat(en.format("count", 1)).isEqualTo("1 case study");
        assertThat(en.format("count", 12)).isEqualTo("12 case studies");
        assertThat(en.format("count", 1200)).isEqualTo("1,200 case studies");
        assertThat(en.format("acrossCount", 2)).isEqualTo("across 2 case studies");
        Messages zh = Messages.load(Locale.forLanguageTag("zh-CN"), null, p -> "", new Problems());
        assertThat(zh.format("count", 3)).isEqualTo("3 个案例");
        assertThat(zh.text("nav.home")).isEqualTo("首页");
        Messages ms = Messages.load(Locale.forLanguageTag("ms"), null, p -> "", new Problems());
        assertThat(ms.format("count", 1)).isEqualTo("1 kajian kes");
        Messages unknown = Messages.load(Locale.forLanguageTag("sw"), null, p -> "", new Problems());
        assertThat(unknown.text("nav.home")).isEqualTo("Home");
    }

    @Test
    void theFilesOfOtherLanguagesAreCheckedToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("messages_zh.properties"), "skip=跳到内容\nno_such_key=x\n");
        Problems problems = new Problems();
        Messages.load(Locale.forLanguageTag("fr"), dir, p -> "src/impact/templates/" + p.getFileName(), problems);
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.location().path()).isEqualTo("src/impact/templates/messages_zh.properties");
            assertThat(p.message()).contains("no_such_key");
        });
    }
}
