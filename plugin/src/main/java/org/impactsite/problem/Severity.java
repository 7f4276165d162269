package org.impactsite.problem;

/** How bad a problem is: errors fail the build, warnings only with {@code failOnWarning}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
