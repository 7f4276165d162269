package org.impactsite.portfolio;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.impactsite.model.Award;
import org.impactsite.model.Campaign;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.ChartSpec;
import org.impactsite.model.FreePage;
import org.impactsite.model.Funder;
import org.impactsite.model.HighlightSpec;
import org.impactsite.model.Level;
import org.impactsite.model.Markdown;
import org.impactsite.model.Metric;
import org.impactsite.model.Outcome;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;
import org.impactsite.model.Project;
import org.impactsite.model.Qualifier;
import org.impactsite.model.Quote;
import org.impactsite.model.SeriesPoint;
import org.impactsite.model.SiteConfig;
import org.impactsite.model.Source;
import org.impactsite.model.ChartType;

/** Fabricated projects for tests of the portfolio and the pages. */
public final class TestProjects {

    private TestProjects() {
    }

    public static Markdown md(String text) {
        return new Markdown(text, Path.of("/p/src/impact/x.md").toAbsolutePath(), "src/impact/x.md", 1);
    }

    public static Metric metric(String id, String label, long value, Qualifier q, String unit) {
        return new Metric(id, label, BigDecimal.valueOf(value), q, unit, Level.OUTPUT, null, null, null,
                null, null, List.of(), null);
    }

    public static CaseStudy caseStudy(String slug, String title, String country, Period period,
            List<String> channels, List<String> themes, List<Metric> metrics, List<Award> awards) {
        return new CaseStudy(slug, title, "Summary of " + title, "Org", List.of(), country, period, channels, themes,
                List.of(), Campaign.NONE, metrics, List.of(), awards, List.of(), List.of(), List.of(), md(""), null);
    }

    public static Period years(int from, int to) {
        return new Period(PartialDate.ofYear(from), PartialDate.ofYear(to));
    }

    /** Three case studies: a full one (China), a story only, a long-titled CJK one. */
    public static Project rich(String evil) {
        Metric views = new Metric("views", "Views of the clip" + evil, new BigDecimal("1000000"), Qualifier.MORE_THAN,
                "views", Level.OUTPUT, "TikTok" + evil, PartialDate.ofMonth(2020, 10), "article", null, null,
                List.of(), "Counted by the platform." + evil);
        Metric followers = new Metric("followers", "TikTok followers", new BigDecimal("4073"), null, "followers",
                Level.OUTCOME, null, null, null, new BigDecimal("1500"), new BigDecimal("5000"), List.of(), null);
        Metric weibo = new Metric("weibo", "Followers on Weibo", null, null, null, Level.OUTCOME, "Weibo", null,
                null, null, null, List.of(new SeriesPoint(PartialDate.ofMonth(2011, 1), new BigDecimal("1000")),
                        new SeriesPoint(PartialDate.ofMonth(2020, 1), new BigDecimal("350001497"))), null);
        Metric rank = metric("rank", "Rank in the charts", 1, null, "rank");
        CaseStudy full = new CaseStudy("justice4her-pets", "Custody of pets after divorce" + evil,
                "A clip about pets carried a legal-rights message." + evil, "Justice4Her" + evil,
                List.of("EuropeAid" + evil), "CN", new Period(PartialDate.ofMonth(2018, 9), PartialDate.ofMonth(2020, 2)),
                List.of("TikTok" + evil, "Weibo"), List.of("Gender-based violence" + evil, "Access to justice"),
                List.of(5, 16), new Campaign("Justice4Her" + evil, "Inform young women." + evil, "Migrant workers" + evil),
                List.of(views, followers, weibo, rank),
                List.of(new Outcome("36 viewers were referred to lawyers." + evil, Level.OUTCOME, "followers"),
                        new Outcome("A clip was made." + evil, Level.OUTPUT, null),
                        new Outcome("Women claim their rights." + evil, Level.IMPACT, null)),
                List.of(new Award("Best Creative PSA" + evil, "Shanghai Awards" + evil, 2018, "Silence Hurts" + evil,
                        "winner" + evil, "https://example.org/award")),
                List.of(new Quote("I learned my rights." + evil, "A viewer" + evil, "worker" + evil)),
                List.of(new ChartSpec(ChartType.BAR, "Engagement", List.of("views"))),
                List.of(new Source("article", "The power of TikTok" + evil, "RNW Media" + evil,
                        "https://example.org/power?a=1&b=2", PartialDate.ofDay(2020, 11, 3))),
                md("story"), null);
        CaseStudy story = caseStudy("listening-tour", "A listening tour" + evil, null, null, List.of(), List.of(),
                List.of(), List.of());
        String longTitle = "联合国儿童基金会微博：十年来在中国社交媒体上倡导儿童权利的长篇案例研究"
                + "Supercalifragilisticexpialidociousandevenlongerwordswithoutanybreaks" + evil;
        CaseStudy cjk = caseStudy("unicef-weibo", longTitle, "MY", years(2011, 2020), List.of("微博"),
                List.of("儿童权利", "gender-based violence"), List.of(metric("views", "Views", 1497, null, "views")),
                List.of(new Award("Gold" + evil, null, 2020, null, null, null), new Award("Undated", null, null, null, null, null)));
        SiteConfig site = new SiteConfig("Voices for change" + evil, "RNW Media" + evil, "", "en", md("intro"),
                null, Stream.of("views", "weibo", "missing", "rank").map(HighlightSpec::of).toList(),
                List.of(new Funder("EuropeAid" + evil, "https://example.org/eu"), new Funder("Anonymous" + evil, null)),
                "#b0306a");
        FreePage about = new FreePage("about", "About us" + evil, "Who we are" + evil, 1, md("about"));
        FreePage method = new FreePage("methodology", "方法", null, 2, md("method"));
        return new Project(site, List.of(full, story, cjk), List.of(about, method));
    }
}
