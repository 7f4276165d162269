package org.impactsite.model;

import java.util.Objects;

/**
 * {@code iati} in site.yaml: who reports the results to IATI and how its activities are named.
 *
 * @param orgRef         the reporting organisation's IATI identifier (NL-KVK-41215422)
 * @param orgType        its IATI OrganisationType code (21: international NGO)
 * @param orgName        its name, as IATI shows it; null for the report's organisation
 * @param activityPrefix what each activity's identifier starts with; the case study's slug follows
 */
public record IatiSettings(String orgRef, String orgType, String orgName, String activityPrefix) {

    public IatiSettings {
        Objects.requireNonNull(orgRef, "orgRef");
        Objects.requireNonNull(orgType, "orgType");
        Objects.requireNonNull(activityPrefix, "activityPrefix");
    }
}
