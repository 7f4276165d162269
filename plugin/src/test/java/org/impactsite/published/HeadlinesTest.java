package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline totals of the published reports, re-added from their own data files. */
class HeadlinesTest {

    @Test
    void everyHeadlineOfThePublishedReportsReAddsFromItsParts() throws IOException {
        for (var site : PublishedSites.all().entrySet()) {
            List<ReAdded.Total> totals = ReAdded.assertEveryHeadlineReAdds(site.getValue());
            assertThat(totals).as(site.getKey() + " has headlines").isNotEmpty();
        }
    }

    @Test
    void theExampleReportClaimsTheTotalsItsSourcesGive() throws IOException {
        Path example = PublishedSites.all().get("example");
        // views: only the pets clip counts views as a result (CreateKindness's are the platform's);
        // comments: the pets clip's 1,461 and UNICEF's more than 250,000
        assertThat(ReAdded.fromJson(example)).extracting(ReAdded.Total::id, t -> t.shown().toPlainString(), ReAdded.Total::parts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("views views", "1000000", 1),
                        org.assertj.core.groups.Tuple.tuple("comments comments", "251461", 2),
                        org.assertj.core.groups.Tuple.tuple("referrals referrals", "36", 1));
    }
}
