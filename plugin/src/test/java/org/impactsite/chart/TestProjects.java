package org.impactsite.chart;

import java.util.List;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;

/** Projects around given case studies. */
final class TestProjects {

    private TestProjects() {
    }

    static Project project(List<CaseStudy> caseStudies) {
        SiteConfig site = new SiteConfig("Report", "Org", "", "en", null, null, List.of(), List.of(),
                SiteConfig.DEFAULT_ACCENT);
        return new Project(site, caseStudies, List.of());
    }
}
