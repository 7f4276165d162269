package org.impactsite.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Metric;
import org.impactsite.model.Period;
import org.impactsite.model.Project;
import org.impactsite.model.Qualifier;

/**
 * All case studies of a report with its indexes, awards and headline numbers. Immutable; the
 * lists of case studies are ordered newest first (by period, undated last), then by slug.
 */
public final class Portfolio {

    /** Names that slugify alike ("Health", "health") share one page, named after the first. */
    private static final Comparator<String> BY_NAME =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Newest first; undated case studies last; then by slug. */
    public static final Comparator<CaseStudy> NEWEST_FIRST = Comparator
            .comparing(CaseStudy::period, Comparator.nullsLast(Comparator.<Period>reverseOrder()))
            .thenComparing(CaseStudy::slug);

    private final Project project;
    private final List<CaseStudy> caseStudies;
    private final SortedMap<String, List<CaseStudy>> themes;
    private final SortedMap<String, List<CaseStudy>> channels;
    private final SortedMap<String, List<CaseStudy>> countries;
    private final SortedMap<Integer, List<CaseStudy>> years;
    private final List<AwardEntry> awards;
    private final List<Highlight> highlights;

    private Portfolio(Project project) {
        this.project = project;
        List<CaseStudy> sorted = new ArrayList<>(project.caseStudies());
        sorted.sort(NEWEST_FIRST);
        this.caseStudies = List.copyOf(sorted);
        this.themes = byName(sorted, CaseStudy::themes);
        this.channels = byName(sorted, CaseStudy::channels);
        SortedMap<String, List<CaseStudy>> byCountry = new TreeMap<>();
        SortedMap<Integer, List<CaseStudy>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (CaseStudy cs : sorted) {
            if (cs.country() != null) {
                byCountry.computeIfAbsent(cs.country(), k -> new ArrayList<>()).add(cs);
            }
            if (cs.period() != null) {
                for (int y : cs.period().years()) {
                    byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(cs);
                }
            }
        }
        this.countries = freeze(byCountry);
        this.years = freeze(byYear);
        this.awards = collectAwards(sorted);
        this.highlights = sumHighlights(project);
    }

    public static Portfolio of(Project project) {
        return new Portfolio(Objects.requireNonNull(project, "project"));
    }

    public Project project() {
        return project;
    }

    /** Newest first. */
    public List<CaseStudy> caseStudies() {
        return caseStudies;
    }

    public Optional<CaseStudy> caseStudy(String slug) {
        return caseStudies.stream().filter(cs -> cs.slug().equals(slug)).findFirst();
    }

    /** Theme name as first written -> its case studies, names in alphabetical order. */
    public SortedMap<String, List<CaseStudy>> themes() {
        return themes;
    }

    public SortedMap<String, List<CaseStudy>> channels() {
        return channels;
    }

    /** ISO country code (upper case) -> its case studies. */
    public SortedMap<String, List<CaseStudy>> countries() {
        return countries;
    }

    /** Year -> the case studies whose period touches it; newest year first. */
    public SortedMap<Integer, List<CaseStudy>> years() {
        return years;
    }

    /** Newest year first, awards without a year last; then by title. */
    public List<AwardEntry> awards() {
        return awards;
    }

    /** One per {@code highlights} id of site.yaml that some case study reports, in that order. */
    public List<Highlight> highlights() {
        return highlights;
    }

    private static SortedMap<String, List<CaseStudy>> byName(List<CaseStudy> sorted,
            Function<CaseStudy, List<String>> names) {
        SortedMap<String, String> nameBySlug = new TreeMap<>();
        sorted.stream().flatMap(cs -> names.apply(cs).stream()).sorted(BY_NAME)
                .forEach(n -> nameBySlug.putIfAbsent(Addresses.slugify(n), n));
        SortedMap<String, List<CaseStudy>> map = new TreeMap<>(BY_NAME);
        for (CaseStudy cs : sorted) {
            names.apply(cs).stream().map(n -> nameBySlug.get(Addresses.slugify(n))).distinct()
                    .forEach(n -> map.computeIfAbsent(n, k -> new ArrayList<>()).add(cs));
        }
        return freeze(map);
    }

    private static <K> SortedMap<K, List<CaseStudy>> freeze(SortedMap<K, List<CaseStudy>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableSortedMap(map);
    }

    private static List<AwardEntry> collectAwards(List<CaseStudy> sorted) {
        List<AwardEntry> list = new ArrayList<>();
        for (CaseStudy cs : sorted) {
            cs.awards().forEach(a -> list.add(new AwardEntry(a, cs)));
        }
        list.sort(Comparator.comparing((AwardEntry e) -> e.award().year(),
                        Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparing(e -> e.award().title())
                .thenComparing(e -> e.caseStudy().slug()));
        return List.copyOf(list);
    }

    private static List<Highlight> sumHighlights(Project project) {
        Map<String, Highlight> result = new LinkedHashMap<>();
        for (String id : project.site().highlights()) {
            if (result.containsKey(id)) {
                continue;
            }
            List<Metric> found = project.caseStudies().stream()
                    .flatMap(cs -> cs.metric(id).stream())
                    .filter(m -> !"rank".equalsIgnoreCase(m.unit() == null ? "" : m.unit().trim()))
                    .toList();
            if (found.isEmpty()) {
                continue;
            }
            BigDecimal total = found.stream().map(Metric::latest).reduce(BigDecimal.ZERO, BigDecimal::add);
            Metric first = found.get(0);
            result.put(id, new Highlight(id, first.label(), first.unit(), total,
                    sumQualifier(found), found.size()));
        }
        return List.copyOf(result.values());
    }

    /**
     * What a sum of figures may claim: "about" when any was approximate (about, almost), else
     * "more than" / "at least" when any was a lower bound, else exact (null).
     */
    static Qualifier sumQualifier(List<Metric> metrics) {
        boolean approximate = false;
        boolean moreThan = false;
        boolean atLeast = false;
        for (Metric m : metrics) {
            if (m.qualifier() == null) {
                continue;
            }
            switch (m.qualifier()) {
                case ABOUT, ALMOST -> approximate = true;
                case MORE_THAN -> moreThan = true;
                case AT_LEAST -> atLeast = true;
                default -> throw new IllegalStateException("unknown qualifier " + m.qualifier());
            }
        }
        if (approximate) {
            return Qualifier.ABOUT;
        }
        if (moreThan) {
            return Qualifier.MORE_THAN;
        }
        return atLeast ? Qualifier.AT_LEAST : null;
    }
}
