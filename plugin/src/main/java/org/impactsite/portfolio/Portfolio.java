package org.impactsite.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.impactsite.figures.Headline;
import org.impactsite.figures.Headlines;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Period;
import org.impactsite.model.Project;

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
    private final List<Headline> highlights;

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
        this.highlights = Headlines.totals(Headlines.of(project.site().highlights(), project.caseStudies(),
                project.site().currencies()));
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

    /**
     * The headline totals: for each {@code highlights} entry of site.yaml that some case study
     * reports, one total per unit, in that order ({@link Headlines}).
     */
    public List<Headline> highlights() {
        return highlights;
    }

    /** The case studies that are declared part of {@code whole}, in slug order. */
    public List<CaseStudy> partsOf(String whole) {
        return project.caseStudies().stream().filter(cs -> whole.equals(cs.partOf())).toList();
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

}
