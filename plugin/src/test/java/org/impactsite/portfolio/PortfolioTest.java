package org.impactsite.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impactsite.portfolio.TestProjects.caseStudy;
import static org.impactsite.portfolio.TestProjects.metric;
import static org.impactsite.portfolio.TestProjects.years;

import java.util.List;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Qualifier;
import org.junit.jupiter.api.Test;

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
    void highlightsSumTheLatestFigureAndKeepTheQualifier() {
        assertThat(portfolio.highlights()).extracting(Highlight::id).containsExactly("views", "weibo");
        Highlight views = portfolio.highlights().get(0);
        assertThat(views.total()).isEqualByComparingTo("1001497");
        assertThat(views.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(views.label()).isEqualTo("Views of the clip");
        assertThat(views.count()).isEqualTo(2);
        Highlight weibo = portfolio.highlights().get(1);
        assertThat(weibo.total()).isEqualByComparingTo("350001497");
        assertThat(weibo.qualifier()).isNull();
    }

    @Test
    void approximateFiguresMakeAnApproximateSum() {
        var about = metric("v", "V", 10, Qualifier.ABOUT, null);
        var more = metric("v", "V", 10, Qualifier.MORE_THAN, null);
        var least = metric("v", "V", 10, Qualifier.AT_LEAST, null);
        var exact = metric("v", "V", 10, null, null);
        assertThat(Portfolio.sumQualifier(List.of(exact, more, about))).isEqualTo(Qualifier.ABOUT);
        assertThat(Portfolio.sumQualifier(List.of(exact, least, more))).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Portfolio.sumQualifier(List.of(exact, least))).isEqualTo(Qualifier.AT_LEAST);
        assertThat(Portfolio.sumQualifier(List.of(exact, exact))).isNull();
    }

    @Test
    void emptyProjectHasEmptyIndexes() {
        var p = Portfolio.of(new org.impactsite.model.Project(TestProjects.rich("").site(),
                List.of(caseStudy("a", "A", null, null, List.of(), List.of(), List.of(), List.of())), List.of()));
        assertThat(p.themes()).isEmpty();
        assertThat(p.years()).isEmpty();
        assertThat(p.highlights()).isEmpty();
        assertThat(years(2018, 2020).years()).containsExactly(2018, 2019, 2020);
    }
}
