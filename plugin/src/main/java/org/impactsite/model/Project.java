package org.impactsite.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything loaded from a report's source directory: the settings, the case studies (sorted
 * by slug) and the free pages (sorted by order, then title).
 */
public record Project(SiteConfig site, List<CaseStudy> caseStudies, List<FreePage> pages) {

    public Project {
        Objects.requireNonNull(site, "site");
        caseStudies = List.copyOf(caseStudies);
        pages = List.copyOf(pages);
    }
}
