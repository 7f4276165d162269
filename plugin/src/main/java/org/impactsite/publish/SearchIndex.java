package org.impactsite.publish;

import java.util.List;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.Project;
import org.impactsite.portfolio.Addresses;
import org.impactsite.plan.SitePlan;

/**
 * {@code search-index.json}, read by the home page's filter script: one entry per case study
 * with the words a reader may search for and the page's address relative to the site root.
 */
final class SearchIndex {

    static final String PATH = SitePlan.SEARCH_INDEX;

    private SearchIndex() {
    }

    static String of(Project project) {
        return Json.write(project.caseStudies().stream().map(cs -> (Object) entry(cs)).toList());
    }

    private static Json.Obj entry(CaseStudy cs) {
        return Json.obj()
                .put("slug", cs.slug())
                .put("title", cs.title())
                .put("summary", cs.summary())
                .put("organization", cs.organization())
                .put("country", cs.country())
                .put("themes", Json.list(cs.themes()))
                .put("channels", Json.list(cs.channels()))
                .put("years", Json.list(cs.period() == null ? List.of() : cs.period().years()))
                .put("href", Addresses.relative(Addresses.home(), Addresses.caseStudy(cs.slug())));
    }
}
