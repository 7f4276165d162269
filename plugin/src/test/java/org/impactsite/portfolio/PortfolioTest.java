package org.impactsite.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactsite.portfolio.TestProjects.caseStudy;
import static org.impactsite.portfolio.TestProjects.metric;
import static org.impactsite.portfolio.TestProjects.years;

import java.util.List;
import org.impactsite.figures.Headline;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Project;

class PortfolioTest {

    private final Portfolio portfolio = Portfolio.of(TestProjects.rich(""));

    private static List<String> slugs(List<CaseStudy> list) {
        return list.stream().map(CaseStudy::slug).toList();
    }

    @Test
    void caseStudiesNewestFirstUndatedLast() {
        assertThat(slugs(portfolio.caseStudies())).containsExactly("justice4her-pets", "unicef-weibo", "listening-tour");
    }

    @Test
    void groupsByThemeChannelCountryAndYear() {
        assertThat(portfolio.themes()).containsOnlyKeys("Access to justice", "Gender-based violence", "儿童权利");
        assertThat(slugs(portfolio.themes().get("Gender-based violence")))
                .as("names that slugify alike share one page").containsExactly("justice4her-pets", "unicef-weibo");
        assertThat(portfolio.channels()).containsOnlyKeys("TikTok", "Weibo", "微博");
        assertThat(portfolio.countries()).containsOnlyKeys("CN", "MY");
        assertThat(portfolio.years().firstKey()).isEqualTo(2020);
        assertThat(portfolio.years().lastKey()).isEqualTo(2011);
        assertThat(slugs(portfolio.years().get(2019))).containsExactly("justice4her-pets", "unicef-weibo");
        assertThat(slugs(portfolio.years().get(2012))).containsExactly("unicef-weibo");
    }

    @Test
    void awardsNewestFirstUndatedLast() {
        assertThat(portfolio.awards()).extracting(e -> e.award().title())
                .containsExactly("Gold", "Best Creative PSA", "Undated");
        assertThat(portfolio.awards().get(1).caseStudy().slug()).isEqualTo("justice4her-pets");
    }

    @Test
    void highlightsAddTheLatestFigureUnitByUnitUnderANeutralLabel() {
        assertThat(portfolio.highlights()).extracting(Headline::metric).containsExactly("views", "weibo");
        Headline views = portfolio.highlights().get(0);
        assertThat(views.total()).isEqualByComparingTo("1001497");
        assertThat(views.qualifier()).as("more than 1,000,000 plus exactly 1,497").isEqualTo(Qualifier.AT_LEAST);
        assertThat(views.label()).as("no case study's own label").isNull();
        assertThat(views.unit()).isEqualTo("views");
        assertThat(views.count()).isEqualTo(2);
        Headline weibo = portfolio.highlights().get(1);
        assertThat(weibo.total()).isEqualByComparingTo("350001497");
        assertThat(weibo.qualifier()).isNull();
        assertThat(weibo.parts()).singleElement().satisfies(p -> assertThat(p.metric().latestDate())
                .isEqualTo(PartialDate.ofMonth(2020, 1)));
    }

    @Test
    void aRankIsNeverAddedButListedAsLeftOut() {
        assertThat(portfolio.highlights()).noneMatch(h -> h.metric().equals("rank"));
    }

    @Test
    void emptyProjectHasEmptyIndexes() {
        var p = Portfolio.of(new Project(TestProjects.rich("").site(),
                List.of(caseStudy("a", "A", null, null, List.of(), List.of(), List.of(), List.of())), List.of()));
        assertThat(p.themes()).isEmpty();
        assertThat(p.years()).isEmpty();
        assertThat(p.highlights()).isEmpty();
        assertThat(years(2018, 2020).years()).containsExactly(2018, 2019, 2020);
    }
}
