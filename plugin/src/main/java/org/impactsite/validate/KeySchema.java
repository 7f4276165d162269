package org.impactsite.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.impactsite.validate.Schemas.CASE;

/**
 * The keys each part of a report's files may hold, read from the JSON Schemas the plugin
 * publishes (so the schemas and the checks cannot differ). A key not listed is a mistake
 * (usually a typo), reported with a "did you mean" hint.
 */
public enum KeySchema {
    CASE_STUDY("the front matter", CASE, ""),
    CAMPAIGN("campaign", CASE, "/properties/campaign"),
    PERIOD("period", CASE, "/$defs/period/anyOf/2"),
    METRIC("a metric", CASE, "/$defs/metric"),
    SERIES_POINT("a point of a series", CASE, "/$defs/metric/properties/series/anyOf/0/items"),
    SERIES_FILE("a series read from a platform's export", CASE, "/$defs/metric/properties/series/anyOf/2"),
    VALUE_FILE("a figure read from a platform's export", CASE, "/$defs/metric/properties/value/anyOf/1"),
    OUTCOME("an outcome", CASE, "/properties/outcomes/items"),
    AWARD("an award", CASE, "/properties/awards/items"),
    QUOTE("a quote", CASE, "/properties/quotes/items"),
    CHART("a chart", CASE, "/properties/charts/items"),
    SOURCE("a source", CASE, "/properties/sources/items"),
    CASE_IATI("iati", CASE, "/properties/iati"),
    SITE("site.yaml", Schemas.SITE, ""),
    HIGHLIGHT("a highlight", Schemas.SITE, "/properties/highlights/anyOf/1/items/anyOf/1"),
    CURRENCIES("currencies", Schemas.SITE, "/properties/currencies"),
    FUNDER("a funder", Schemas.SITE, "/properties/funders/items"),
    THEME("theme", Schemas.SITE, "/properties/theme"),
    IATI("iati", Schemas.SITE, "/properties/iati"),
    IATI_ORG("iati.reportingOrg", Schemas.SITE, "/properties/iati/properties/reportingOrg"),
    /** A free page's front matter: not published as a schema, so its keys are written here. */
    PAGE("the front matter of a page", List.of("title", "summary", "order", "slug"));

    private final String what;
    private final List<String> keys;
    private final String schema;
    private final String pointer;

    /** The keys of the object at {@code pointer} (a JSON Pointer) in the published schema {@code schema}. */
    KeySchema(String what, String schema, String pointer) {
        this.what = what;
        this.keys = Schemas.keys(schema, pointer);
        this.schema = schema;
        this.pointer = pointer;
    }

    KeySchema(String what, List<String> keys) {
        this.what = what;
        this.keys = keys;
        this.schema = null;
        this.pointer = null;
    }

    /** The published schema these keys are read from, and where in it ({@code #/$defs/metric}); empty for a page. */
    public Optional<String> schemaPart() {
        return schema == null ? Optional.empty() : Optional.of(schema + "#" + pointer);
    }

    /** The allowed keys, in the order the specification lists them. */
    public List<String> keys() {
        return keys;
    }

    /** What holds these keys, for messages: "a metric", "site.yaml". */
    public String what() {
        return what;
    }

    public boolean allows(String key) {
        return keys.contains(key);
    }

    /**
     * How to fix an unknown key: the closest allowed key, or the list of allowed keys when none
     * is close.
     */
    public String hintFor(String unknownKey) {
        Objects.requireNonNull(unknownKey, "unknownKey");
        String suggestion = DidYouMean.hint(unknownKey, keys);
        if (!suggestion.isEmpty()) {
            return suggestion;
        }
        return "the keys of " + what + " are: " + String.join(", ", keys);
    }
}
