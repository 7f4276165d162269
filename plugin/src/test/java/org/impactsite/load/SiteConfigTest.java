package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.impactsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigTest {

    private static final String PREFIX = "src/impact/site.yaml:";

    @TempDir
    Path root;

    private Fixtures.Loaded loaded;

    private List<String> problems(String yaml) throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", yaml);
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\nsources: [{id: s, title: S}]\n"
                + "metrics: [{id: views, label: V, value: 1, source: s}]\n---\n");
        loaded = Fixtures.load(root);
        return loaded.headlines().stream().map(h -> h.startsWith(PREFIX) ? h.substring(PREFIX.length()) : h).toList();
    }

    private SiteConfig site() {
        return loaded.project().site();
    }

    @Test
    void defaults() throws Exception {
        assertThat(problems("title: T\n")).isEmpty();
        assertThat(site().baseUrl()).isEmpty();
        assertThat(site().language()).isEqualTo("en");
        assertThat(site().accent()).isEqualTo(SiteConfig.DEFAULT_ACCENT);
        assertThat(site().intro()).isNull();
        assertThat(site().logo()).isNull();
        assertThat(site().highlights()).isEmpty();
    }

    @Test
    void anEmptySiteYamlLacksATitle() throws Exception {
        assertThat(problems("")).containsExactly("1:1: error: title is missing");
        assertThat(site().title()).isEqualTo("Impact report");
    }

    @Test
    void baseUrlIsAnAbsoluteWebAddressEndingInASlash() throws Exception {
        assertThat(problems("title: T\nbaseUrl: https://example.org/report\n")).isEmpty();
        assertThat(site().baseUrl()).isEqualTo("https://example.org/report/");
        assertThat(problems("title: T\nbaseUrl: /report/\n")).containsExactly(
                "2:10: error: baseUrl \"/report/\" is not a full web address");
        assertThat(problems("title: T\nbaseUrl: https://example.org/?x=1\n")).containsExactly(
                "2:10: error: baseUrl cannot have a ? or # part, got \"https://example.org/?x=1\"");
    }

    @Test
    void languageIsAWellFormedTagInItsCanonicalForm() throws Exception {
        assertThat(problems("title: T\nlanguage: zh_cn\n")).isEmpty();
        assertThat(site().language()).isEqualTo("zh-CN");
        assertThat(problems("title: T\nlanguage: pt-BR\n")).isEmpty();
        assertThat(site().language()).isEqualTo("pt-BR");
        assertThat(problems("title: T\nlanguage: en-\n")).hasSize(1);
        assertThat(problems("title: T\nlanguage: xx\n")).containsExactly(
                "2:11: error: language must be a language tag such as en, fr or zh-CN, got \"xx\"");
        assertThat(problems("title: T\nlanguage: French\n")).hasSize(1);
        assertThat(loaded.problems().all().get(0).hint()).isEqualTo("write language: fr");
    }

    @Test
    void theAccentIsASixDigitColour() throws Exception {
        assertThat(problems("title: T\ntheme:\n  accent: '#ABCDEF'\n")).isEmpty();
        assertThat(site().accent()).isEqualTo("#abcdef");
        assertThat(problems("title: T\ntheme:\n  accent: '#abc'\n")).containsExactly(
                "3:11: error: theme.accent must be a colour written #rrggbb, got \"#abc\"");
        assertThat(loaded.problems().all().get(0).hint()).isEqualTo("write all six digits: \"#aabbcc\"");
        assertThat(problems("title: T\ntheme:\n  acent: red\n")).containsExactly("3:3: error: unknown key \"acent\" in theme");
    }

    @Test
    void fundersNeedANameAndWebLinks() throws Exception {
        assertThat(problems("title: T\nfunders:\n  - url: https://example.org\n  - name: B\n    url: mailto:b@example.org\n"))
                .containsExactly("3:5: error: funders[1].name is missing",
                        "5:10: error: funders[2].url \"mailto:b@example.org\" uses \"mailto:\"; only http and https"
                                + " links are allowed");
        assertThat(site().funders()).singleElement().satisfies(f -> assertThat(f.url()).isNull());
    }

    @Test
    void highlightsThatNoCaseStudyHasAreWarnings() throws Exception {
        assertThat(problems("title: T\nhighlights: [views, veiws, followers_gained]\n")).containsExactly(
                "2:21: warning: highlights names \"veiws\", but no case study has a metric with that id",
                "2:28: error: highlights names \"followers_gained\", which is not a metric id");
        assertThat(loaded.problems().all().get(0).hint()).isEqualTo("did you mean `views`?");
        assertThat(site().highlightIds()).containsExactly("views", "veiws");
    }

    @Test
    void unknownKeysInSiteYaml() throws Exception {
        assertThat(problems("title: T\nbase_url: https://example.org/\n")).containsExactly(
                "2:1: error: unknown key \"base_url\"");
        assertThat(loaded.problems().all().get(0).hint()).isEqualTo("did you mean `baseUrl`?");
    }
}
