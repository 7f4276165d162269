package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartType;
import org.impactsite.model.Level;
import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.model.Qualifier;
import org.impactsite.model.SeriesPoint;
import org.impactsite.model.SiteConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidProjectTest {

    private static Fixtures.Loaded loaded;

    @BeforeAll
    static void load() throws Exception {
        loaded = Fixtures.load(Fixtures.resource("valid"));
    }

    @Test
    void loadsWithoutAnyProblem() {
        assertThat(loaded.headlines()).isEmpty();
        assertThat(loaded.project().caseStudies()).extracting(CaseStudy::slug)
                .containsExactly("justice4her-pets", "story-only", "unicef-weibo");
    }

    @Test
    void readsSiteYaml() {
        SiteConfig site = loaded.project().site();
        assertThat(site.title()).isEqualTo("Voices for change: impact report 2011-2021");
        assertThat(site.baseUrl()).isEqualTo("https://impact.example.org/");
        assertThat(site.language()).isEqualTo("zh-CN");
        assertThat(site.logo()).isEqualTo("assets/logo.svg");
        assertThat(site.highlightIds()).containsExactly("views", "weibo-followers");
        assertThat(site.funders()).singleElement().satisfies(f -> assertThat(f.url()).isEqualTo("https://example.org/europeaid"));
        assertThat(site.accent()).isEqualTo("#b0306a");
        assertThat(site.intro().firstLine()).isEqualTo(6);
        assertThat(site.intro().text()).startsWith("Short introduction").contains("第二段");
        assertThat(site.intro().displayPath()).isEqualTo("src/impact/site.yaml");
    }

    @Test
    void readsEveryFieldOfACaseStudy() {
        CaseStudy cs = loaded.project().caseStudies().get(0);
        assertThat(cs.title()).isEqualTo("离婚后宠物的抚养权 (Custody of pets after divorce)");
        assertThat(cs.country()).isEqualTo("CN");
        assertThat(cs.period()).isEqualTo(Period.of(PartialDate.ofMonth(2020, 9)));
        assertThat(cs.partners()).containsExactly("EuropeAid");
        assertThat(cs.channels()).containsExactly("TikTok", "Weibo");
        assertThat(cs.sdgs()).containsExactly(5, 16);
        assertThat(cs.campaign().audience()).isEqualTo("Young women migrant workers");
        assertThat(cs.bundleDir()).isNull();

        Metric views = cs.metric("views").orElseThrow();
        assertThat(views.value()).isEqualTo(new BigDecimal("1000000"));
        assertThat(views.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(views.level()).isEqualTo(Level.OUTPUT);
        assertThat(views.date()).isEqualTo(PartialDate.ofMonth(2020, 10));
        assertThat(views.sourceId()).isEqualTo("rnw-article");
        assertThat(cs.metric("comments").orElseThrow().value()).isEqualTo(new BigDecimal("2700"));
        Metric followers = cs.metric("followers").orElseThrow();
        assertThat(followers.baseline()).isEqualTo(new BigDecimal("1500"));
        assertThat(followers.target()).isEqualTo(new BigDecimal("5000"));

        assertThat(cs.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.metricId()).isEqualTo("referrals");
            assertThat(o.level()).isEqualTo(Level.OUTCOME);
        });
        assertThat(cs.awards()).singleElement().satisfies(a -> assertThat(a.year()).isEqualTo(2018));
        assertThat(cs.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("我终于知道了自己的权利。"));
        assertThat(cs.charts()).extracting(c -> c.type()).containsExactly(ChartType.BAR, ChartType.PROGRESS);
        assertThat(cs.charts().get(0).metricIds()).containsExactly("views", "comments");
        assertThat(cs.sources()).singleElement().satisfies(s -> assertThat(s.date()).isEqualTo(PartialDate.ofDay(2021, 6, 10)));
    }

    @Test
    void theBodyStartsOnTheLineAfterTheFrontMatter() {
        CaseStudy cs = loaded.project().caseStudies().get(0);
        assertThat(cs.body().firstLine()).isEqualTo(67);
        assertThat(cs.body().text()).startsWith("## 故事\n");
        assertThat(cs.body().displayPath()).isEqualTo("src/impact/case-studies/justice4her-pets.md");
        assertThat(cs.body().file()).isAbsolute();
    }

    /** followers.csv starts with a byte order mark, has CRLF endings, a blank line, spaces and a quoted "1,500". */
    @Test
    void aFolderCaseStudyReadsItsCsvSeries() {
        CaseStudy cs = loaded.project().caseStudies().get(2);
        assertThat(cs.bundleDir()).isNotNull().endsWith(java.nio.file.Path.of("case-studies", "unicef-weibo"));
        assertThat(cs.period()).isEqualTo(new Period(PartialDate.ofMonth(2011, 1), PartialDate.ofYear(2021)));
        assertThat(cs.metric("weibo-followers").orElseThrow().series()).containsExactly(
                new SeriesPoint(PartialDate.ofMonth(2011, 1), new BigDecimal("1000")),
                new SeriesPoint(PartialDate.ofMonth(2011, 6), new BigDecimal("1200")),
                new SeriesPoint(PartialDate.ofMonth(2012, 1), new BigDecimal("1500")));
        assertThat(cs.metric("posts").orElseThrow().series()).extracting(SeriesPoint::date)
                .containsExactly(PartialDate.ofYear(2011), PartialDate.ofYear(2012));
    }

    @Test
    void aStoryNeedsNoMetrics() {
        CaseStudy story = loaded.project().caseStudies().get(1);
        assertThat(story.isStoryOnly()).isTrue();
        assertThat(story.themes()).containsExactly("access to justice");
        assertThat(story.body().text()).isEqualTo("Only words here.\n");
        assertThat(story.body().firstLine()).isEqualTo(5);
    }

    @Test
    void pagesAreSortedByOrder() {
        assertThat(loaded.project().pages()).extracting(p -> p.slug()).containsExactly("methodology", "about");
        assertThat(loaded.project().pages().get(1).body().firstLine()).isEqualTo(5);
    }
}
