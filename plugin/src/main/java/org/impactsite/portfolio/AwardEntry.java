package org.impactsite.portfolio;

import java.util.Objects;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;

/** An award together with the case study that won it. */
public record AwardEntry(Award award, CaseStudy caseStudy) {

    public AwardEntry {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(caseStudy, "caseStudy");
    }
}
