package org.impactsite.publish;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.model.Source;
import org.impactsite.portfolio.Addresses;
import org.impactsite.plan.SitePlan;

/**
 * {@code feed.xml} (Atom, RFC 4287): one entry per case study, newest first by the last day of
 * its period, ties in slug order, case studies without a period last. Atom needs absolute ids, so
 * the feed exists only with a {@code baseUrl}. No clock is read: an entry is dated by the last
 * day of its period (else its newest source, else the build's timestamp), and the feed by
 * {@code project.build.outputTimestamp} when set, else by its newest entry.
 */
final class AtomFeed {

    static final String PATH = SitePlan.FEED;

    /** The date of an entry that has none of its own, when the build has no timestamp either. */
    static final Instant NO_DATE = Instant.parse("1970-01-01T00:00:00Z");

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private AtomFeed() {
    }

    static final Comparator<CaseStudy> NEWEST_FIRST = Comparator
            .comparing((CaseStudy cs) -> cs.period() == null ? null : cs.period().end().lastDay(),
                    Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(CaseStudy::slug);

    /** @param buildTime from {@code project.build.outputTimestamp}; null when not set */
    static String of(Project project, Instant buildTime) {
        SiteConfig site = project.site();
        String base = site.baseUrl();
        if (base.isEmpty()) {
            throw new IllegalStateException("a feed needs a baseUrl");
        }
        List<CaseStudy> entries = project.caseStudies().stream().sorted(NEWEST_FIRST).toList();
        Instant fallback = buildTime == null ? NO_DATE : buildTime;
        Instant updated = buildTime != null ? buildTime
                : entries.stream().map(cs -> date(cs, fallback)).max(Comparator.naturalOrder()).orElse(NO_DATE);
        String author = site.organization() == null || site.organization().isBlank() ? site.title() : site.organization();

        StringBuilder out = new StringBuilder(Xml.DECLARATION);
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(site.language()))
                .append("\">\n");
        line(out, 1, Xml.element("title", site.title()));
        line(out, 1, Xml.element("id", Addresses.absolute(base, Addresses.home())));
        line(out, 1, link("alternate", Addresses.absolute(base, Addresses.home()), "text/html"));
        line(out, 1, link("self", Addresses.absolute(base, PATH), "application/atom+xml"));
        line(out, 1, Xml.element("updated", RFC_3339.format(updated)));
        line(out, 1, "<author>" + Xml.element("name", author) + "</author>");
        line(out, 1, Xml.element("generator", "impact-site"));
        for (CaseStudy cs : entries) {
            String url = Addresses.absolute(base, Addresses.caseStudy(cs.slug()));
            line(out, 1, "<entry>");
            line(out, 2, Xml.element("title", cs.title()));
            line(out, 2, Xml.element("id", url));
            line(out, 2, link("alternate", url, "text/html"));
            line(out, 2, Xml.element("updated", RFC_3339.format(date(cs, fallback))));
            if (cs.organization() != null && !cs.organization().isBlank()) {
                line(out, 2, "<author>" + Xml.element("name", cs.organization()) + "</author>");
            }
            for (String theme : cs.themes()) {
                line(out, 2, "<category term=\"" + Xml.escape(theme) + "\"/>");
            }
            if (cs.summary() != null && !cs.summary().isBlank()) {
                line(out, 2, "<summary type=\"text\">" + Xml.escape(cs.summary().strip()) + "</summary>");
            }
            line(out, 1, "</entry>");
        }
        return out.append("</feed>\n").toString();
    }

    private static Instant date(CaseStudy cs, Instant fallback) {
        PartialDate day = cs.period() != null ? cs.period().end()
                : cs.sources().stream().map(Source::date).filter(d -> d != null).max(Comparator.naturalOrder())
                        .orElse(null);
        return day == null ? fallback : day.lastDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String link(String rel, String href, String type) {
        return "<link rel=\"" + rel + "\" type=\"" + type + "\" href=\"" + Xml.escape(href) + "\"/>";
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
