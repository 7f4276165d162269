package org.impactsite.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactsite.chart.RenderedChart;
import org.impactsite.figures.Change;
import org.impactsite.format.DateFormats;
import org.impactsite.format.NumberFormats;
import org.impactsite.model.Award;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Level;
import org.impactsite.model.Metric;
import org.impactsite.model.Outcome;
import org.impactsite.model.Qualifier;
import org.impactsite.model.Source;
import org.impactsite.page.PageModel.AwardItem;
import org.impactsite.page.PageModel.Card;
import org.impactsite.page.PageModel.CaseStudyPage;
import org.impactsite.page.PageModel.Chart;
import org.impactsite.figures.Headline;
import org.impactsite.figures.Units;
import org.impactsite.page.PageModel.HeadlineLeftOut;
import org.impactsite.page.PageModel.HeadlinePart;
import org.impactsite.page.PageModel.Link;
import org.impactsite.page.PageModel.OutcomeGroup;
import org.impactsite.page.PageModel.OutcomeItem;
import org.impactsite.page.PageModel.QuoteItem;
import org.impactsite.page.PageModel.SourceItem;
import org.impactsite.page.PageModel.Tile;
import org.impactsite.portfolio.Addresses;

/**
 * Turns model records into {@link PageModel} views for one page: figures and dates formatted for
 * the report's language, links made relative to that page. Not thread-safe (number formats).
 */
final class Views {

    private static final int CARD_NUMBERS = 3;

    private final Locale locale;
    private final NumberFormats numbers;
    private final DateFormats dates;

    Views(Locale locale) {
        this.locale = locale;
        this.numbers = new NumberFormats(locale);
        this.dates = new DateFormats(locale);
    }

    NumberFormats numbers() {
        return numbers;
    }

    /** The country's name in the report's language, or the code when Java does not know it. */
    String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /**
     * A name as a heading or link shows it: its first letter capitalised ("gender-based
     * violence" as "Gender-based violence"); names written otherwise, and scripts without
     * capitals, as they are.
     */
    static String shown(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        if (!Character.isLowerCase(first)) {
            return name;
        }
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(name, Character.charCount(first), name.length()).toString();
    }

    static String qualifierKey(Qualifier q) {
        return q == null ? "" : q.name().toLowerCase(Locale.ROOT);
    }

    Card card(CaseStudy cs, String from) {
        List<Tile> tiles = cs.metrics().stream().filter(m -> !isRank(m) && !m.isContext()).limit(CARD_NUMBERS)
                .map(m -> tile(m, cs, from)).toList();
        return new Card(Addresses.relative(from, Addresses.caseStudy(cs.slug())), cs.title(), text(cs.summary()),
                text(cs.organization()), cs.country() == null ? "" : countryName(cs.country()),
                cs.period() == null ? "" : dates.format(cs.period()), cs.channels(), tiles, cs.isStoryOnly(),
                cs.slug(), cs.themes(), cs.period() == null ? List.of()
                        : cs.period().years().stream().map(String::valueOf).toList());
    }

    List<Card> cards(List<CaseStudy> list, String from) {
        return list.stream().map(cs -> card(cs, from)).toList();
    }

    Tile tile(Metric m, CaseStudy cs, String from) {
        BigDecimal value = m.latest();
        String baseline = "";
        Change change = Change.of(m);
        if (m.hasBaseline()) {
            baseline = numbers.full(m.baseline());
        }
        String target = "";
        String progress = "";
        String progressText = "";
        if (m.hasTarget()) {
            target = numbers.full(m.target());
            BigDecimal p = NumberFormats.progress(value, m.target());
            progress = p.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString();
            progressText = numbers.share(value, m.target());
        }
        // the source's words ("2.7 million") where it used them; else every digit
        String words = m.shownWords();
        return new Tile(m.id(), qualifierKey(m.qualifier()), words != null ? words : numbers.full(value),
                words != null ? words : numbers.compact(value), m.label(),
                text(m.unit()), qualifierKey(m.baselineQualifier()), baseline, changeKind(change), numbers.change(change),
                target, progress, progressText, text(m.channel()),
                m.date() == null ? "" : dates.format(m.date()), text(m.note()), sourceLink(cs, m, from),
                m.level() == null ? "" : m.level().name().toLowerCase(Locale.ROOT));
    }

    private static int resultsFirst(Metric m) {
        if (m.level() == null) {
            return 3;
        }
        return switch (m.level()) {
            case IMPACT -> 0;
            case OUTCOME -> 1;
            case OUTPUT -> 2;
            default -> 3;
        };
    }

    /** How a tile words its change: "percent" as is, "rough" as "about +40%", "times" as "about 30 times". */
    private static String changeKind(Change c) {
        return switch (c.kind()) {
            case NONE -> "";
            case PERCENT -> "percent";
            case ROUGH_PERCENT -> "rough";
            case TIMES -> "times";
        };
    }

    /** A headline total as the home page shows it, links relative to {@code from}. */
    PageModel.Headline headline(Headline h, String from) {
        String name = h.label() != null ? h.label() : !h.unit().isEmpty() ? h.unit() : h.metric();
        List<HeadlinePart> parts = h.parts().stream().map(p -> {
            Metric m = p.metric();
            String original = p.rate() == null ? "" : numbers.full(m.latest()) + " " + m.unit().strip();
            return new HeadlinePart(caseStudyLink(p.caseStudy(), from), qualifierKey(m.qualifier()),
                    numbers.full(p.value()), h.unit(), original, p.rate() == null ? "" : p.rate().toPlainString(),
                    figureDate(m, p.caseStudy()), sourceLink(p.caseStudy(), m, from));
        }).toList();
        List<HeadlineLeftOut> leftOut = h.leftOut().stream().map(l -> new HeadlineLeftOut(caseStudyLink(l.caseStudy(), from),
                qualifierKey(l.metric().qualifier()), numbers.full(l.metric().latest()), text(l.metric().unit()),
                l.reason().key(), l.whole() == null ? null : caseStudyLink(l.whole(), from))).toList();
        String id = "headline-" + Addresses.slugify(h.metric() + (h.unit().isEmpty() ? "" : "-" + h.unit()));
        return new PageModel.Headline(id, qualifierKey(h.qualifier()), numbers.full(h.total()), name,
                h.label() != null ? h.unit() : "", h.count(),
                h.converted() == null ? "" : h.converted().source(),
                h.converted() == null ? "" : dates.format(h.converted().date()),
                h.converted() == null ? "" : h.converted().base(), parts, leftOut);
    }

    /** The figure's own date, else its case study's period; "" when neither is given. */
    private String figureDate(Metric m, CaseStudy cs) {
        if (m.latestDate() != null) {
            return dates.format(m.latestDate());
        }
        return cs.period() == null ? "" : dates.format(cs.period());
    }

    private static Link caseStudyLink(CaseStudy cs, String from) {
        return Link.of(Addresses.relative(from, Addresses.caseStudy(cs.slug())), cs.title());
    }

    /** The metric's source in the list at the foot of its case study's page; null when it names none. */
    private static Link sourceLink(CaseStudy cs, Metric m, String from) {
        if (m.sourceId() == null) {
            return null;
        }
        return cs.source(m.sourceId())
                .map(s -> Link.of(Addresses.relative(from, Addresses.caseStudy(cs.slug())) + "#" + sourceAnchor(s),
                        s.publisher() != null ? s.publisher() : s.title()))
                .orElse(null);
    }

    Chart chart(RenderedChart c) {
        return new Chart(c.id(), c.title(), c.svg(), c.description(), c.notes(), text(c.table().caption()),
                c.table().headers(), c.table().rows(), c.narrowSvg(), c.subtitle(), c.source());
    }

    List<Chart> charts(List<RenderedChart> list) {
        return list == null ? List.of() : list.stream().map(this::chart).toList();
    }

    /**
     * @param whole the case study {@code cs} is part of; null when none
     * @param parts the case studies that are part of {@code cs}
     */
    CaseStudyPage caseStudy(CaseStudy cs, List<RenderedChart> charts, String storyHtml, String from, CaseStudy whole,
            List<CaseStudy> parts) {
        Link country = cs.country() == null ? null
                : Link.of(Addresses.relative(from, Addresses.country(cs.country())), countryName(cs.country()));
        List<Link> channels = cs.channels().stream()
                .map(c -> Link.of(Addresses.relative(from, Addresses.channel(c)), c)).toList();
        List<Link> themes = cs.themes().stream()
                .map(t -> Link.of(Addresses.relative(from, Addresses.theme(t)), shown(t))).toList();
        List<String> sdgs = cs.sdgs().stream().map(n -> Integer.toString(n)).toList();
        PageModel.Campaign campaign = cs.campaign().isEmpty() ? null : new PageModel.Campaign(
                text(cs.campaign().name()), text(cs.campaign().objective()), text(cs.campaign().audience()));
        // results first: impact, then outcomes, then outputs, then figures of no stated level
        List<Tile> tiles = cs.metrics().stream().filter(m -> !m.isContext())
                .sorted(java.util.Comparator.comparingInt(Views::resultsFirst)).map(m -> tile(m, cs, from)).toList();
        List<Tile> context = cs.metrics().stream().filter(Metric::isContext).map(m -> tile(m, cs, from)).toList();
        Link partOf = whole == null ? null : Link.of(Addresses.relative(from, Addresses.caseStudy(whole.slug())), whole.title());
        List<Link> partLinks = parts.stream()
                .map(c -> Link.of(Addresses.relative(from, Addresses.caseStudy(c.slug())), c.title())).toList();
        List<AwardItem> awards = cs.awards().stream().map(a -> award(a, null)).toList();
        List<QuoteItem> quotes = cs.quotes().stream()
                .map(q -> new QuoteItem(q.text(), text(q.by()), text(q.role()))).toList();
        List<SourceItem> sources = cs.sources().stream().map(s -> new SourceItem(sourceAnchor(s), s.title(),
                text(s.publisher()), s.date() == null ? "" : dates.format(s.date()), text(s.url()))).toList();
        return new CaseStudyPage(cs.title(), text(cs.summary()), text(cs.organization()), cs.partners(), country,
                cs.period() == null ? "" : dates.format(cs.period()), channels, themes, sdgs, campaign, tiles,
                charts(charts), outcomes(cs, from), awards, quotes, storyHtml == null ? "" : storyHtml, sources,
                partOf, partLinks, context);
    }

    private List<OutcomeGroup> outcomes(CaseStudy cs, String from) {
        List<OutcomeGroup> groups = new ArrayList<>();
        for (Level level : Level.values()) {
            List<OutcomeItem> items = new ArrayList<>();
            for (Outcome o : cs.outcomes()) {
                if (o.level() == level) {
                    Tile metric = o.metricId() == null ? null
                            : cs.metric(o.metricId()).map(m -> tile(m, cs, from)).orElse(null);
                    items.add(new OutcomeItem(o.text(), metric));
                }
            }
            if (!items.isEmpty()) {
                groups.add(new OutcomeGroup(level.id(), items));
            }
        }
        return groups;
    }

    AwardItem award(Award a, Link caseStudy) {
        return new AwardItem(a.title(), text(a.rank()), text(a.by()), text(a.work()), text(a.url()), caseStudy,
                a.year() == null ? "" : a.year().toString());
    }

    /** Groups for an index list: name, link, count. */
    <K> List<PageModel.Group> groups(Map<K, List<CaseStudy>> map, java.util.function.Function<K, String> name,
            java.util.function.Function<K, String> address, String from) {
        return map.entrySet().stream().map(e -> new PageModel.Group(name.apply(e.getKey()),
                Addresses.relative(from, address.apply(e.getKey())), e.getValue().size())).toList();
    }

    static String sourceAnchor(Source s) {
        return "source-" + Addresses.slugify(s.id());
    }

    private static boolean isRank(Metric m) {
        return Units.isRank(m.unit());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
