package org.impactsite.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impactsite.figures.Headline.LeftOut;
import org.impactsite.figures.Headline.Part;
import org.impactsite.figures.Headline.Reason;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Currencies;
import org.impactsite.model.HighlightSpec;
import org.impactsite.model.Metric;

/**
 * The headline totals of a report, added as the specification's "Figures" says: like with like
 * (units compared by {@link Units#key}), never a share, rate, average or rank, never a context
 * figure, a part counted once where its whole is in the same total, currencies converted only
 * with declared rates, and the qualifier following the parts ({@link Sums#qualifier}).
 */
public final class Headlines {

    /**
     * What one {@code highlights} entry gives.
     *
     * @param totals      one total per unit (one when the entry names its unit, or all figures
     *                    share one); empty when nothing could be added
     * @param found       every case study's figure of the metric id, case studies in slug order
     * @param notAdditive the figures whose unit cannot be added (a share, rate, average or rank)
     */
    public record Entry(HighlightSpec spec, List<Headline> totals, List<Part> found, List<Part> notAdditive) {

        public Entry {
            totals = List.copyOf(totals);
            found = List.copyOf(found);
            notAdditive = List.copyOf(notAdditive);
        }

        /** Whether the figures carry different units, so the entry shows one total per unit. */
        public boolean mixedUnits() {
            return totals.size() > 1;
        }
    }

    private Headlines() {
    }

    /** The entries in site.yaml's order; an entry repeated (same metric and unit) is given once. */
    public static List<Entry> of(List<HighlightSpec> specs, List<CaseStudy> caseStudies, Currencies currencies) {
        List<CaseStudy> sorted = new ArrayList<>(caseStudies);
        sorted.sort(Comparator.comparing(CaseStudy::slug));
        Map<String, CaseStudy> bySlug = new HashMap<>();
        sorted.forEach(cs -> bySlug.put(cs.slug(), cs));
        Map<List<String>, Entry> entries = new LinkedHashMap<>();
        for (HighlightSpec spec : specs) {
            List<String> key = List.of(spec.metric(), Units.key(spec.unit()));
            if (!entries.containsKey(key)) {
                entries.put(key, entry(spec, sorted, bySlug, currencies));
            }
        }
        return List.copyOf(entries.values());
    }

    /**
     * The totals of all entries, in order; a total an earlier entry already gives (same metric,
     * same unit, as when one entry names the unit and a later one adds each unit apart) is given once.
     */
    public static List<Headline> totals(List<Entry> entries) {
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        return entries.stream().flatMap(e -> e.totals().stream())
                .filter(h -> seen.add(List.of(h.metric(), Units.key(h.unit())))).toList();
    }

    private static Entry entry(HighlightSpec spec, List<CaseStudy> sorted, Map<String, CaseStudy> bySlug,
            Currencies currencies) {
        List<Part> found = new ArrayList<>();
        for (CaseStudy cs : sorted) {
            cs.metric(spec.metric()).ifPresent(m -> found.add(new Part(cs, m, m.latest(), null)));
        }
        List<LeftOut> common = new ArrayList<>();
        List<Part> notAdditive = new ArrayList<>();
        List<Part> candidates = new ArrayList<>();
        for (Part f : found) {
            if (f.metric().isContext()) {
                common.add(new LeftOut(f.caseStudy(), f.metric(), Reason.CONTEXT, null));
            } else if (!Units.isAdditive(f.metric().unit()) || (spec.unit() != null && !Units.isAdditive(spec.unit()))) {
                common.add(new LeftOut(f.caseStudy(), f.metric(), Reason.NOT_ADDITIVE, null));
                notAdditive.add(f);
            } else {
                candidates.add(f);
            }
        }
        String target = target(spec, candidates, currencies);
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        Map<String, String> shownUnit = new HashMap<>();
        for (Part f : candidates) {
            Metric m = f.metric();
            Optional<String> code = Units.currencyCode(m.unit());
            String groupKey = Units.key(m.unit());
            Part part = f;
            if (target != null && code.isPresent()) {
                Optional<BigDecimal> rate = rate(currencies, code.get(), target);
                if (rate.isPresent()) {
                    groupKey = Units.key(target);
                    part = code.get().equals(target) ? f
                            : new Part(f.caseStudy(), m, convert(m.latest(), rate.get(), target), rate.get());
                } else if (spec.unit() != null) {
                    common.add(new LeftOut(f.caseStudy(), m, Reason.NO_RATE, null));
                    continue;
                }
            }
            if (spec.unit() != null && !groupKey.equals(Units.key(target != null ? target : spec.unit()))) {
                common.add(new LeftOut(f.caseStudy(), m, Reason.OTHER_UNIT, null));
                continue;
            }
            groups.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(part);
            String written = Units.isCurrency(groupKey) ? groupKey.toUpperCase(java.util.Locale.ROOT)
                    : m.unit() == null ? "" : m.unit().strip();
            shownUnit.putIfAbsent(groupKey, spec.unit() != null && target == null ? spec.unit().strip() : written);
        }
        List<Headline> totals = new ArrayList<>();
        for (Map.Entry<String, List<Part>> g : groups.entrySet()) {
            List<LeftOut> leftOut = new ArrayList<>(common);
            for (Map.Entry<String, List<Part>> other : groups.entrySet()) {
                if (!other.getKey().equals(g.getKey())) {
                    other.getValue().forEach(p -> leftOut.add(new LeftOut(p.caseStudy(), p.metric(), Reason.OTHER_UNIT, null)));
                }
            }
            Map<String, Part> inGroup = new LinkedHashMap<>();
            g.getValue().forEach(p -> inGroup.put(p.caseStudy().slug(), p));
            List<Part> parts = new ArrayList<>();
            for (Part p : g.getValue()) {
                CaseStudy whole = wholeIn(p.caseStudy(), inGroup, bySlug);
                if (whole != null) {
                    leftOut.add(new LeftOut(p.caseStudy(), p.metric(), Reason.COUNTED_IN_WHOLE, whole));
                } else {
                    parts.add(p);
                }
            }
            leftOut.sort(Comparator.comparing((LeftOut l) -> l.caseStudy().slug()));
            BigDecimal total = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            Currencies converted = parts.stream().anyMatch(p -> p.rate() != null) ? currencies : null;
            totals.add(new Headline(spec, shownUnit.get(g.getKey()), total,
                    Sums.qualifier(parts.stream().map(p -> p.metric().qualifier()).toList()), parts, leftOut, converted));
        }
        return new Entry(spec, totals, found, notAdditive);
    }

    /**
     * The currency totals are converted into: the entry's own currency, or with no unit named,
     * the base when the figures are in more than one currency and nothing else; null for none.
     */
    private static String target(HighlightSpec spec, List<Part> candidates, Currencies currencies) {
        if (currencies == null) {
            return null;
        }
        if (spec.unit() != null) {
            return Units.currencyCode(spec.unit()).orElse(null);
        }
        boolean allMoney = !candidates.isEmpty() && candidates.stream().allMatch(p -> Units.isCurrency(p.metric().unit()));
        long units = candidates.stream().map(p -> Units.key(p.metric().unit())).distinct().count();
        return allMoney && units > 1 ? currencies.base() : null;
    }

    /** What one unit of {@code from} is worth in {@code to}, by the declared rates. */
    private static Optional<BigDecimal> rate(Currencies currencies, String from, String to) {
        Optional<BigDecimal> f = currencies.rate(from);
        Optional<BigDecimal> t = currencies.rate(to);
        if (f.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(t.get().compareTo(BigDecimal.ONE) == 0 ? f.get()
                : f.get().divide(t.get(), MathContext.DECIMAL64).stripTrailingZeros());
    }

    /** An amount converted, rounded to the target currency's minor unit (cents), then written plainly. */
    private static BigDecimal convert(BigDecimal amount, BigDecimal rate, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal v = amount.multiply(rate).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * The nearest case study that {@code cs} is part of and that is itself in the group, or null
     * when none is: then {@code cs}'s figure is not counted elsewhere in this total.
     */
    private static CaseStudy wholeIn(CaseStudy cs, Map<String, Part> inGroup, Map<String, CaseStudy> bySlug) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String w = cs.partOf(); w != null && seen.add(w); ) {
            if (inGroup.containsKey(w)) {
                return inGroup.get(w).caseStudy();
            }
            CaseStudy next = bySlug.get(w);
            w = next == null ? null : next.partOf();
        }
        return null;
    }
}
