package org.impactsite.validate;

import java.util.List;
import java.util.Objects;

/**
 * The keys each part of a report's files may hold, as written in the specification. A key not
 * listed is a mistake (usually a typo), reported with a "did you mean" hint.
 */
public enum KeySchema {
    CASE_STUDY("the front matter", List.of("title", "slug", "summary", "organization", "partners", "country",
            "period", "channels", "themes", "sdgs", "partOf", "campaign", "metrics", "outcomes", "awards", "quotes",
            "charts", "sources")),
    CAMPAIGN("campaign", List.of("name", "objective", "audience")),
    PERIOD("period", List.of("start", "end")),
    METRIC("a metric", List.of("id", "label", "value", "qualifier", "unit", "level", "channel", "date",
            "source", "baseline", "target", "series", "note")),
    SERIES_POINT("a point of a series", List.of("date", "value")),
    OUTCOME("an outcome", List.of("text", "level", "metric")),
    AWARD("an award", List.of("title", "by", "year", "work", "rank", "url")),
    QUOTE("a quote", List.of("text", "by", "role")),
    CHART("a chart", List.of("type", "title", "metrics")),
    SOURCE("a source", List.of("id", "title", "publisher", "url", "date")),
    SITE("site.yaml", List.of("title", "organization", "baseUrl", "language", "intro", "logo", "highlights",
            "currencies", "funders", "theme")),
    HIGHLIGHT("a highlight", List.of("metric", "label", "unit")),
    CURRENCIES("currencies", List.of("base", "rates", "source", "date")),
    FUNDER("a funder", List.of("name", "url")),
    THEME("theme", List.of("accent")),
    PAGE("the front matter of a page", List.of("title", "summary", "order", "slug"));

    private final String what;
    private final List<String> keys;

    KeySchema(String what, List<String> keys) {
        this.what = what;
        this.keys = keys;
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
