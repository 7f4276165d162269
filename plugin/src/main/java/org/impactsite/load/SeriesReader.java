package org.impactsite.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.impactsite.problem.Problems;
import org.impactsite.validate.KeySchema;
import org.impactsite.validate.Located;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A metric's {@code series}: a list of {@code {date, value}}, the name of a CSV file beside the
 * case study, or a platform's export named by its columns ({@link ExportSeries}). Points come
 * out sorted by date; a date given twice is an error.
 */
final class SeriesReader {

    private final ProjectPaths paths;
    private final TextFiles files;
    private final Path baseDir;
    private final Set<Path> usedFiles;
    private final ExportSeries exports;

    /**
     * @param baseDir   the folder of the case-study file; CSV names are relative to it
     * @param usedFiles collects the CSV files read, so they are not reported as stray files
     */
    SeriesReader(ProjectPaths paths, TextFiles files, Path baseDir, Set<Path> usedFiles) {
        this.paths = paths;
        this.files = files;
        this.baseDir = baseDir;
        this.usedFiles = usedFiles;
        this.exports = new ExportSeries(paths, files, baseDir, usedFiles);
    }

    /**
     * A metric's series: its points, and where they were read from when a platform's export
     * gave them (null otherwise).
     */
    record Series(List<SeriesPoint> points, String origin) {
    }

    /** Whether {@code metric}'s value names a cell of a platform's export rather than a figure. */
    static boolean valueFromExport(YamlMap metric) {
        return metric.get("value").filter(n -> n instanceof MappingNode).isPresent();
    }

    /** {@code metric}'s value read from a platform's export; null when it cannot be read (reported). */
    ExportSeries.Value valueFrom(YamlMap metric) throws IOException {
        Optional<YamlMap> spec = metric.map("value", KeySchema.VALUE_FILE);
        return spec.isEmpty() ? null : exports.readValue(spec.get(), metric.name("value"));
    }

    /** The points of {@code metric}'s series, empty when absent or wrong (reported). */
    Series read(YamlMap metric) throws IOException {
        Optional<Node> node = metric.get("series");
        if (node.isEmpty()) {
            return new Series(List.of(), null);
        }
        Problems problems = metric.doc().problems();
        String name = metric.name("series");
        if (node.get() instanceof MappingNode) {
            Optional<YamlMap> spec = metric.map("series", KeySchema.SERIES_FILE);
            if (spec.isEmpty()) {
                return new Series(List.of(), null);
            }
            ExportSeries.Read read = exports.read(spec.get(), name);
            return new Series(read.points(), read.origin());
        }
        List<Located<SeriesPoint>> points;
        if (node.get() instanceof ScalarNode s) {
            points = fromCsv(s, name, metric.doc());
        } else {
            points = new ArrayList<>();
            List<YamlMap> items = metric.maps("series", KeySchema.SERIES_POINT);
            if (node.get() instanceof SequenceNode seq && seq.getValue().isEmpty()) {
                metric.problem("series", name + " is an empty list", "give at least one {date, value} point");
            }
            for (YamlMap item : items) {
                for (String k : new String[] {"date", "value"}) {
                    if (item.get(k).isEmpty()) {
                        item.problem(k, item.name(k) + " is missing", "each point is written {date: 2020-01, value: 1500}");
                    }
                }
                PartialDate date = YamlValues.date(item, "date");
                HumanNumber value = YamlValues.number(item, "value", false);
                if (date != null && value != null) {
                    points.add(new Located<>(new SeriesPoint(date, value.value()), item.at()));
                }
            }
        }
        return new Series(sortedWithoutDuplicates(points, name, problems), null);
    }

    private List<Located<SeriesPoint>> fromCsv(ScalarNode s, String name, YamlDoc doc) throws IOException {
        String ref = s.getValue().strip();
        ProjectPaths.Resolution r = paths.resolve(baseDir, ref);
        if (!r.ok() && !r.missing()) {
            doc.error(s, name + ": " + r.reason(), "keep data files inside the report's source folder, beside the case study");
            return List.of();
        }
        if (!ref.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            doc.error(s, name + " must be a list of points or the name of a .csv file, got " + YamlMap.describe(s),
                    "write series: followers.csv (a file beside the case study) or a list of {date, value}");
            return List.of();
        }
        if (!r.ok()) {
            doc.error(s, name + ": " + r.reason(), "the file name is relative to the case study's file; put the CSV beside it");
            return List.of();
        }
        usedFiles.add(r.file());
        Optional<SourceText> csv = files.read(r.file(), doc.problems());
        return csv.map(c -> CsvSeries.parse(c, doc.problems())).orElse(List.of());
    }

    static List<SeriesPoint> sortedWithoutDuplicates(List<Located<SeriesPoint>> points, String name, Problems problems) {
        List<Located<SeriesPoint>> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing((Located<SeriesPoint> p) -> p.value().date()).thenComparing(Located::at));
        List<SeriesPoint> out = new ArrayList<>();
        Located<SeriesPoint> previous = null;
        for (Located<SeriesPoint> p : sorted) {
            if (previous != null && previous.value().date().equals(p.value().date())) {
                problems.error(p.at(), name + " has two points for " + p.value().date()
                        + " (the other is on line " + previous.at().line() + ")", "keep one point per date");
                continue;
            }
            out.add(p.value());
            previous = p;
        }
        return out;
    }
}
