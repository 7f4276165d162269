package org.impactsite.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Markdown;
import org.impactsite.model.Metric;
import org.impactsite.model.Period;
import org.impactsite.model.Source;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.CountryCodes;
import org.impactsite.validate.IatiCodes;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.Located;
import org.impactsite.validate.SourceRules;

/** A case-study file (front matter and story) turned into a {@link CaseStudy}. */
final class CaseStudyReader {

    /**
     * A case study and where its slug comes from (the {@code slug:} value, or the file's first
     * line when the slug is the file's name).
     */
    /**
     * @param namesAt where each theme and channel name is first written, so that a later check
     *                need not read the file again
     */
    record Read(CaseStudy caseStudy, Location slugAt, String displayPath, Location partOfAt, Map<String, Location> namesAt) {
    }

    private final ProjectPaths paths;
    private final TextFiles files;
    private final Set<Path> usedFiles;

    CaseStudyReader(ProjectPaths paths, TextFiles files, Set<Path> usedFiles) {
        this.paths = paths;
        this.files = files;
        this.usedFiles = usedFiles;
    }

    /**
     * @param name      the file's or the bundle folder's name, the default slug
     * @param bundleDir the bundle folder, or null for a single file
     * @return the case study, or empty when it has no usable title or front matter (reported)
     */
    Optional<Read> read(SourceText file, String name, Path bundleDir, Problems problems) throws IOException {
        Optional<FrontMatter> fm = FrontMatter.split(file, "a case study", problems);
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        YamlDoc doc = new YamlDoc(file.displayPath(), fm.get().yamlLine(), file.at(1, 1), problems);
        Optional<YamlMap> top = YamlParser.parse(fm.get().yaml(), doc)
                .flatMap(root -> YamlMap.of(doc, "", root, KeySchema.CASE_STUDY));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap t = top.get();
        String title = t.requiredText("title", "every case study needs a title: title: Custody of pets after divorce");
        Slugs.Slug slug = Slugs.of(t, name, file.at(1, 1), false);
        String country = country(t);
        Map<String, Location> sourceIds = PartsReader.newIdMap();
        List<Source> sources = PartsReader.sources(t, sourceIds);
        Map<String, Location> metricIds = PartsReader.newIdMap();
        List<MetricReader.Read> read = metrics(t, file.file().getParent(), metricIds, sourceIds.keySet());
        Map<String, Metric> metrics = new LinkedHashMap<>();
        read.forEach(r -> metrics.put(r.metric().id(), r.metric()));
        SourceRules.checkCited(read.stream().filter(r -> !r.cited()).map(r -> new Located<>(r.metric(), r.at())).toList(),
                sourceIds.keySet(), problems);
        Map<String, Location> namesAt = new HashMap<>();
        Markdown body = new Markdown(fm.get().body(), file.file(), file.displayPath(), fm.get().bodyLine());
        Period period = YamlValues.period(t, "period");
        outsidePeriod(read, period, problems);
        CaseStudy cs = new CaseStudy(slug == null ? "" : slug.value(), title == null ? "" : title,
                t.text("summary"), t.text("organization"), texts(t, "partners"), country,
                period, texts(t, "channels", namesAt), texts(t, "themes", namesAt), sdgs(t),
                PartsReader.campaign(t), List.copyOf(metrics.values()), PartsReader.outcomes(t, metricIds, metrics.keySet()),
                PartsReader.awards(t), PartsReader.quotes(t), ChartReader.charts(t, metricIds, metrics),
                sources, body, bundleDir, partOf(t), iatiIdentifier(t));
        if (title == null || slug == null) {
            return Optional.empty();
        }
        return Optional.of(new Read(cs, slug.at(), file.displayPath(), t.hasKey("partOf") ? t.at("partOf") : null,
                Map.copyOf(namesAt)));
    }

    /**
     * A series read from a platform's export with points outside the case study's period: the
     * export likely covers more than the campaign (a warning, at the metric; the points stay).
     */
    private static void outsidePeriod(List<MetricReader.Read> read, Period period, Problems problems) {
        if (period == null) {
            return;
        }
        for (MetricReader.Read r : read) {
            Metric m = r.metric();
            if (m.origin() == null) {
                continue;
            }
            List<String> outside = m.series().stream().filter(p -> p.date().lastDay().isBefore(period.start().firstDay())
                    || p.date().firstDay().isAfter(period.end().lastDay())).map(p -> p.date().iso()).toList();
            if (!outside.isEmpty()) {
                problems.warning(r.at(), "metric \"" + m.id() + "\" has " + outside.size() + (outside.size() == 1 ? " point" : " points")
                        + " outside the case study's period (" + period.start().iso() + " to " + period.end().iso() + "): "
                        + String.join(", ", outside.subList(0, Math.min(5, outside.size()))) + (outside.size() > 5 ? "..." : "")
                        + ", read from " + m.origin(), "export only the campaign's dates, or widen the case study's period");
            }
        }
    }

    /** {@code iati.identifier}: the case study's own IATI activity identifier; null when not given or wrong (reported). */
    private static String iatiIdentifier(YamlMap t) {
        Optional<YamlMap> i = t.map("iati", KeySchema.CASE_IATI);
        if (i.isEmpty()) {
            return null;
        }
        String id = i.get().text("identifier");
        if (id != null && !IatiCodes.isIdentifier(id)) {
            i.get().problem("identifier", "iati.identifier must be written without spaces or / & | ?, got \"" + id + "\"",
                    "write the identifier as registered with IATI, such as XM-DAC-41122-PRJ-001");
            return null;
        }
        return id;
    }

    private List<MetricReader.Read> metrics(YamlMap t, Path baseDir, Map<String, Location> ids, Set<String> sourceIds)
            throws IOException {
        MetricReader reader = new MetricReader(new SeriesReader(paths, files, baseDir, usedFiles));
        List<MetricReader.Read> out = new ArrayList<>();
        for (YamlMap m : t.maps("metrics", KeySchema.METRIC)) {
            reader.read(m, ids, sourceIds).ifPresent(out::add);
        }
        return out;
    }

    /** The slug of the whole this case study is part of; checked against the others' slugs later. */
    private static String partOf(YamlMap t) {
        String whole = t.text("partOf");
        if (whole == null) {
            return null;
        }
        return whole.strip();
    }

    private static String country(YamlMap t) {
        String c = t.text("country");
        if (c == null) {
            return null;
        }
        String code = c.toUpperCase(java.util.Locale.ROOT);
        if (CountryCodes.isKnown(code)) {
            return code;
        }
        t.problem("country", "country must be a two-letter ISO 3166-1 code, got \"" + c + "\"",
                CountryCodes.suggest(c).map(s -> "write country: " + s)
                        .orElse("for example CN for China, KE for Kenya, NL for the Netherlands"));
        return null;
    }

    private static List<Integer> sdgs(YamlMap t) {
        List<Integer> out = new ArrayList<>();
        for (YamlMap.Item item : t.items("sdgs")) {
            Integer goal = YamlValues.integer(t.doc(), item.node(), item.name(), 1, 17,
                    "the UN Sustainable Development Goals are numbered 1 to 17: sdgs: [5, 16]");
            if (goal != null && !out.contains(goal)) {
                out.add(goal);
            }
        }
        return out;
    }

    private static List<String> texts(YamlMap t, String key) {
        return texts(t, key, new HashMap<>());
    }

    private static List<String> texts(YamlMap t, String key, Map<String, Location> at) {
        List<String> out = new ArrayList<>();
        for (Located<String> name : t.texts(key)) {
            // a name of spaces and invisible characters alone would give a link with nothing to click
            if (name.value().codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT || cp == 0xfe0f || cp == 0xfe0e)) {
                t.doc().problems().error(name.at(), key + " holds a name with no visible character",
                        "remove it, or write the name in letters");
            } else if (!out.contains(name.value())) {
                out.add(name.value());
                at.putIfAbsent(name.value(), name.at());
            }
        }
        return out;
    }
}
