package org.impactsite.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impactsite.model.Award;
import org.impactsite.model.Campaign;
import org.impactsite.model.Level;
import org.impactsite.model.Outcome;
import org.impactsite.model.Quote;
import org.impactsite.model.Source;
import org.impactsite.problem.Location;
import org.impactsite.validate.Identifiers;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.References;
import org.impactsite.validate.WebAddresses;

/** The smaller parts of a case study: campaign, sources, outcomes, awards and quotes. */
final class PartsReader {

    private PartsReader() {
    }

    static Campaign campaign(YamlMap top) {
        return top.map("campaign", KeySchema.CAMPAIGN)
                .map(c -> new Campaign(c.text("name"), c.text("objective"), c.text("audience")))
                .orElse(Campaign.NONE);
    }

    /**
     * The sources; their ids go into {@code ids} with where each is written.
     */
    static List<Source> sources(YamlMap top, Map<String, Location> ids) {
        List<Source> out = new ArrayList<>();
        for (YamlMap s : top.maps("sources", KeySchema.SOURCE)) {
            String id = uniqueId(s, ids, "sources", "give each source a short id, such as id: annual-report");
            String title = s.requiredText("title", "name the article, report or page: title: The power of TikTok");
            String publisher = s.text("publisher");
            String url = url(s, "url");
            var date = YamlValues.date(s, "date");
            if (id != null && title != null) {
                out.add(new Source(id, title, publisher, url, date));
            }
        }
        return out;
    }

    /**
     * Outcomes; a {@code metric:} must name one of {@code metricIds}, and is kept only when that
     * metric is in {@code kept} (the metrics without errors).
     */
    static List<Outcome> outcomes(YamlMap top, Map<String, Location> metricIds, Set<String> kept) {
        List<Outcome> out = new ArrayList<>();
        for (YamlMap o : top.maps("outcomes", KeySchema.OUTCOME)) {
            String text = o.requiredText("text", "say the result in a sentence: text: 36 viewers found a lawyer");
            Level level = MetricReader.level(o, "level", false);
            String metric = o.text("metric");
            if (metric != null && !References.check(metric, metricIds.keySet(), o.name("metric"), "metrics",
                    o.at("metric"), o.doc().problems())) {
                metric = null;
            }
            if (text != null) {
                out.add(new Outcome(text, level == null ? Level.OUTCOME : level, kept.contains(metric) ? metric : null));
            }
        }
        return out;
    }

    static List<Award> awards(YamlMap top) {
        List<Award> out = new ArrayList<>();
        for (YamlMap a : top.maps("awards", KeySchema.AWARD)) {
            String title = a.requiredText("title", "name the prize: title: Best Creative PSA Video");
            String by = a.text("by");
            Integer year = YamlValues.integer(a, "year", 1000, 9999, "write the year as four digits: year: 2018");
            String work = a.text("work");
            String rank = a.text("rank");
            String url = url(a, "url");
            if (title != null) {
                out.add(new Award(title, by, year, work, rank, url));
            }
        }
        return out;
    }

    static List<Quote> quotes(YamlMap top) {
        List<Quote> out = new ArrayList<>();
        for (YamlMap q : top.maps("quotes", KeySchema.QUOTE)) {
            String text = q.requiredText("text", "write the words quoted: text: \"It changed how I see my rights.\"");
            String by = q.text("by");
            String role = q.text("role");
            if (text != null) {
                out.add(new Quote(text, by, role));
            }
        }
        return out;
    }

    /** An {@code http(s)} link under {@code key}; null when absent or refused (reported). */
    static String url(YamlMap m, String key) {
        String url = m.text(key);
        if (url == null) {
            return null;
        }
        Optional<String> problem = WebAddresses.problemWith(url);
        if (problem.isPresent()) {
            m.problem(key, m.name(key) + " \"" + url + "\" " + problem.get(), WebAddresses.hint());
            return null;
        }
        return url;
    }

    /**
     * A required, simple, unique {@code id}; null when missing, malformed or taken (reported).
     *
     * @param ids the ids seen so far in this list, with where they are written; the new one is added
     */
    static String uniqueId(YamlMap m, Map<String, Location> ids, String list, String hint) {
        String id = m.requiredText("id", hint);
        if (id == null) {
            return null;
        }
        if (!Identifiers.isSimpleId(id)) {
            String suggestion = Identifiers.suggestId(id);
            m.problem("id", m.name("id") + " must use only letters, digits and hyphens, got \"" + id + "\"",
                    suggestion.isEmpty() ? hint : "write it as id: " + suggestion);
            return null;
        }
        Location first = ids.putIfAbsent(id, m.at("id"));
        if (first != null) {
            m.problem("id", m.name("id") + " \"" + id + "\" is used twice in " + list + " (first on line "
                    + first.line() + ")", "give each entry of " + list + " its own id");
            return null;
        }
        return id;
    }

    static Map<String, Location> newIdMap() {
        return new LinkedHashMap<>();
    }
}
