package org.impactsite.model;

/** The campaign a case study reports on; every field optional (null). */
public record Campaign(String name, String objective, String audience) {

    public static final Campaign NONE = new Campaign(null, null, null);

    public boolean isEmpty() {
        return name == null && objective == null && audience == null;
    }
}
