package org.impactsite.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void pagesNameTheirIndexFile() {
        assertThat(Addresses.home()).isEqualTo("index.html");
        assertThat(Addresses.caseStudy("a-b")).isEqualTo("case-studies/a-b/index.html");
        assertThat(Addresses.page("about")).isEqualTo("about/index.html");
        assertThat(Addresses.theme("Gender-based violence")).isEqualTo("themes/gender-based-violence/index.html");
        assertThat(Addresses.channel("TikTok")).isEqualTo("channels/tiktok/index.html");
        assertThat(Addresses.country("CN")).isEqualTo("countries/cn/index.html");
        assertThat(Addresses.year(2020)).isEqualTo("years/2020/index.html");
        assertThat(Addresses.awards()).isEqualTo("awards/index.html");
        assertThat(Addresses.notFound()).isEqualTo("404.html");
    }

    @Test
    void slugifyKeepsLettersOfEveryScript() {
        assertThat(Addresses.slugify("Gender-based violence")).isEqualTo("gender-based-violence");
        assertThat(Addresses.slugify("  Access to   justice! ")).isEqualTo("access-to-justice");
        assertThat(Addresses.slugify("儿童权利")).isEqualTo("儿童权利");
        assertThat(Addresses.slugify("Café Müller")).isEqualTo("café-müller");
        assertThat(Addresses.slugify("हिन्दी")).isEqualTo("हिन्दी");
        assertThat(Addresses.slugify("ＴｉｋＴｏｋ")).isEqualTo("tiktok");
    }

    @Test
    void aLongNameGivesAFolderNameThatFitsAndStaysItsOwn() {
        String theme = "access to justice for women ".repeat(10);
        String slug = Addresses.slugify(theme);
        assertThat(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
        assertThat(slug).startsWith("access-to-justice-for-women-access").matches(".*-[0-9a-f]{8}");
        assertThat(Addresses.slugify(theme + "and girls")).isNotEqualTo(slug);
        assertThat(Addresses.slugify("𠀀".repeat(70)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(120);
        assertThat(Addresses.slugify("access to justice")).isEqualTo("access-to-justice");
    }

    @Test
    void slugifyIsNeverEmptyNorADotSegment() {
        assertThat(Addresses.slugify("..")).isNotEmpty().isNotIn(".", "..").doesNotContain("/");
        assertThat(Addresses.slugify(".")).isNotEmpty().isNotIn(".", "..");
        assertThat(Addresses.slugify("!!!")).isEqualTo("x21-21-21");
        assertThat(Addresses.slugify("")).isEqualTo("untitled");
        assertThat(Addresses.slugify("a/../b")).isEqualTo("a-b");
    }

    @Test
    void anEmojiOnlyNameGetsAVisibleFolderNameAndAccentsStayOnTheirLetters() {
        // U+FE0F (a variation selector) is a mark: alone it would make a folder name nobody can see
        assertThat(Addresses.slugify("\uD83C\uDF0D\uFE0F")).isEqualTo("x1f30d-fe0f");
        assertThat(Addresses.slugify("\u2764\uFE0F Love")).isEqualTo("love");
        assertThat(Addresses.slugify("Cafe\u0301 society")).isEqualTo("caf\u00e9-society");
        assertThat(Addresses.slugify("\u0915\u093F\u0924\u093E\u092C")).isEqualTo("\u0915\u093F\u0924\u093E\u092C");
    }

    @Test
    void relativeClimbsToTheCommonFolder() {
        assertThat(Addresses.relative("case-studies/a/index.html", "assets/x.svg")).isEqualTo("../../assets/x.svg");
        assertThat(Addresses.relative("index.html", "case-studies/a/index.html")).isEqualTo("case-studies/a/index.html");
        assertThat(Addresses.relative("index.html", "index.html")).isEqualTo("index.html");
        assertThat(Addresses.relative("themes/index.html", "themes/x/index.html")).isEqualTo("x/index.html");
        assertThat(Addresses.relative("themes/x/index.html", "themes/index.html")).isEqualTo("../index.html");
        assertThat(Addresses.relative("themes/x/index.html", "channels/x/index.html")).isEqualTo("../../channels/x/index.html");
        assertThat(Addresses.relative("404.html", "theme/style.css")).isEqualTo("theme/style.css");
    }

    @Test
    void relativePercentEncodesEachSegment() {
        assertThat(Addresses.relative("index.html", "themes/儿童/index.html"))
                .isEqualTo("themes/%E5%84%BF%E7%AB%A5/index.html");
        assertThat(Addresses.relative("a/index.html", "assets/my logo#1?.svg"))
                .isEqualTo("../assets/my%20logo%231%3F.svg");
        assertThat(Addresses.relative("index.html", "a:b/index.html")).isEqualTo("a%3Ab/index.html");
    }

    @Test
    void unsafeSlugsAreRejected() {
        assertThatThrownBy(() -> Addresses.caseStudy("..")).hasMessage("unsafe slug: ..");
        assertThatThrownBy(() -> Addresses.page("a/b")).hasMessage("unsafe slug: a/b");
    }

    @Test
    void absoluteAddressesNameThePageFolder() {
        String base = "https://impact.example.org/report/";
        assertThat(Addresses.absolute(base, "index.html")).isEqualTo(base);
        assertThat(Addresses.absolute(base, "case-studies/a/index.html")).isEqualTo(base + "case-studies/a/");
        assertThat(Addresses.absolute(base, Addresses.theme("gender equality")))
                .isEqualTo(base + "themes/gender-equality/");
        assertThat(Addresses.absolute(base, Addresses.caseStudyCard("a"))).isEqualTo(base + "case-studies/a/card.png");
        assertThat(Addresses.absolute(base, "404.html")).isEqualTo(base + "404.html");
        assertThat(Addresses.absolute("", "index.html")).isEmpty();
    }
}
