package org.impactsite.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.impactsite.problem.Problems;
import org.impactsite.validate.DidYouMean;
import org.impactsite.validate.Located;

/**
 * A series read from a platform's export, as it was downloaded:
 * {@code series: {file: overview.csv, date: Date, value: "Video views", per: month, take: sum}}.
 * The file's rows are read as the platform wrote them (see {@link ExportTable} and
 * {@link ExportValues}); a description row under the header and a total row are passed over;
 * with {@code per}, the rows of each month (or year) become one point, their sum, the last or
 * the largest ({@code take}), which must be said: views add up over days, followers do not.
 */
final class ExportSeries {

    /** The words a total row starts with, in the platforms' languages. */
    private static final Set<String> TOTALS = Set.of("total", "totals", "合计", "总计", "汇总", "jumlah", "summe", "totaal");

    /** A series read: its points (sorted, one per date) and where they came from, for the published data. */
    record Read(List<SeriesPoint> points, String origin) {
    }

    private final ProjectPaths paths;
    private final TextFiles files;
    private final Path baseDir;
    private final Set<Path> usedFiles;

    ExportSeries(ProjectPaths paths, TextFiles files, Path baseDir, Set<Path> usedFiles) {
        this.paths = paths;
        this.files = files;
        this.baseDir = baseDir;
        this.usedFiles = usedFiles;
    }

    Read read(YamlMap spec, String name) throws IOException {
        Problems problems = spec.doc().problems();
        String file = spec.requiredText("file", "name the file the platform exported, beside the case study: file: overview.csv");
        String dateColumn = spec.requiredText("date", "name the column of dates as the export's header writes it: date: Date");
        String valueColumn = spec.requiredText("value", "name the column of figures as the export's header writes it: value: \"Video views\"");
        String per = spec.text("per");
        String take = spec.text("take");
        String dateFormat = spec.text("dateFormat");
        boolean ok = file != null && dateColumn != null && valueColumn != null;
        ProjectPaths.Resolution r = file == null ? null : resolve(file);
        if (per != null && !List.of("day", "month", "year").contains(per)) {
            spec.problem("per", spec.name("per") + " must be day, month or year, got \"" + per + "\"", "per: month draws one point a month");
            ok = false;
        }
        if (take != null && !List.of("sum", "last", "max").contains(take)) {
            spec.problem("take", spec.name("take") + " must be sum, last or max, got \"" + take + "\"",
                    "take: sum adds the rows up (views, likes), take: last keeps the latest (followers)");
            ok = false;
        }
        if (per != null && take == null) {
            spec.problem("per", name + " says per: " + per + " but not how its rows make one point",
                    "add take: sum when each row adds to the total (views, likes, shares), take: last when each row is a "
                            + "count at that moment (followers), or take: max");
            ok = false;
        }
        if (take != null && per == null) {
            spec.problem("take", name + " says take: " + take + " but not per what", "add per: month (or day, year)");
            ok = false;
        }
        char decimal = decimal(spec);
        if (decimal == 0) {
            ok = false;
        }
        if (dateFormat != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                spec.problem("dateFormat", spec.name("dateFormat") + " is not a date pattern: " + e.getMessage(),
                        "write the pattern with dd (day), MM (month) and yyyy (year): dateFormat: dd/MM/yyyy");
                ok = false;
            }
        }
        if (!ok) {
            return new Read(List.of(), null);
        }
        Optional<ExportTable> table = open(spec, r);
        if (table.isEmpty()) {
            return new Read(List.of(), null);
        }
        ExportTable t = table.get();
        int dates = column(t, dateColumn, "date", problems);
        int values = column(t, valueColumn, "value", problems);
        if (dates < 0 || values < 0) {
            return new Read(List.of(), null);
        }
        List<Located<SeriesPoint>> points = new ArrayList<>();
        boolean first = true;
        for (ExportTable.Row row : t.rows()) {
            String d = row.text(dates);
            boolean isFirst = first;
            first = false;
            if (TOTALS.contains(d.toLowerCase(Locale.ROOT).replaceAll("[:：]$", "").strip())) {
                continue;
            }
            ExportValues.Read<PartialDate> date = dates < row.cells().size() && row.cells().get(dates).number()
                    ? ExportValues.excelDate(d) : ExportValues.date(d, dateFormat);
            ExportValues.Read<BigDecimal> value = ExportValues.number(row.text(values), decimal);
            if (isFirst && date.value() == null && value.value() == null && !digits(d) && !digits(row.text(values))) {
                continue; // a row of words that describes the columns, under the header (Meta's exports have one)
            }
            if (date.problem() != null) {
                problems.error(row.at(t.file(), dates), date.problem(), date.hint());
            }
            if (value.problem() != null) {
                problems.error(row.at(t.file(), values), value.problem(), value.hint());
            }
            if (date.value() != null && value.value() != null) {
                points.add(new Located<>(new SeriesPoint(date.value(), value.value()), row.at(t.file(), dates)));
            }
        }
        List<SeriesPoint> sorted = SeriesReader.sortedWithoutDuplicates(points, name + " (" + t.file().displayPath() + ")", problems);
        if (sorted.isEmpty() && !problems.hasErrors()) {
            problems.error(t.file().at(t.header().line(), 1), "this table has no rows with a date and a figure in "
                    + dateColumn + " and " + valueColumn, "export the table with its rows, or name other columns");
        }
        List<SeriesPoint> out = per == null ? sorted : grouped(sorted, per, take, points, t, problems);
        String origin = t.file().displayPath().replaceFirst(".*/", "") + ", column " + t.names().get(values) + " by "
                + t.names().get(dates) + (per == null ? "" : ", " + (take.equals("sum") ? "summed" : take.equals("last") ? "last value"
                        : "largest value") + " per " + per);
        return new Read(out, origin);
    }

    /** Where {@code file} is; a file that is there counts as used, whatever else is wrong, so it is not reported as stray. */
    private ProjectPaths.Resolution resolve(String file) {
        ProjectPaths.Resolution r = paths.resolve(baseDir, file);
        if (r.ok()) {
            usedFiles.add(r.file());
        }
        return r;
    }

    /** The table {@code spec} names (its {@code file}, and {@code sheet} of a workbook); empty when it cannot be read (reported). */
    private Optional<ExportTable> open(YamlMap spec, ProjectPaths.Resolution r) throws IOException {
        String file = spec.text("file");
        String sheet = spec.text("sheet");
        Problems problems = spec.doc().problems();
        String lower = file.toLowerCase(Locale.ROOT);
        boolean workbook = lower.endsWith(".xlsx");
        if (r.ok() && !(workbook || lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt"))) {
            spec.problem("file", spec.name("file") + " must be an .xlsx workbook or a .csv, .tsv or .txt table, got " + file,
                    "export the table from the platform as CSV or Excel (.xlsx)");
            return Optional.empty();
        }
        if (sheet != null && !workbook) {
            spec.problem("sheet", spec.name("sheet") + " names a sheet of a workbook, but " + file + " is a text table",
                    "leave sheet out for a CSV file");
            return Optional.empty();
        }
        if (!r.ok()) {
            spec.problem("file", spec.name("file") + ": " + r.reason(), "put the exported file beside the case study");
            return Optional.empty();
        }
        return workbook ? XlsxTable.read(r.file(), paths.display(r.file()), sheet, problems)
                : files.readTable(r.file(), problems).flatMap(t -> ExportTable.parse(t, problems));
    }

    /** {@code decimal} as '.' or ','; 0, reported, when it is neither. */
    private static char decimal(YamlMap spec) {
        String d = spec.text("decimal");
        if (d == null || d.equals(".")) {
            return '.';
        }
        if (d.equals(",")) {
            return ',';
        }
        spec.problem("decimal", spec.name("decimal") + " must be \".\" or \",\", got \"" + d + "\"",
                "decimal: \",\" reads 12,5 as twelve and a half and 12.345 as twelve thousand");
        return 0;
    }

    /** A figure read from one cell of an export: a total row's, or the only row's. */
    record Value(BigDecimal value, String origin) {
    }

    /**
     * A metric's single {@code value} from an export: {@code {file: totals.csv, column: Views, row: Total}},
     * the cell of {@code column} in the row whose first cell is {@code row} (the table's only row
     * when {@code row} is left out); null when it cannot be read (reported).
     */
    Value readValue(YamlMap spec, String name) throws IOException {
        Problems problems = spec.doc().problems();
        String file = spec.requiredText("file", "name the file the platform exported, beside the case study: file: totals.csv");
        String columnName = spec.requiredText("column", "name the column of the figure as the export's header writes it: column: Views");
        String rowName = spec.text("row");
        char decimal = decimal(spec);
        if (file == null || columnName == null || decimal == 0) {
            return null;
        }
        Optional<ExportTable> table = open(spec, resolve(file));
        if (table.isEmpty()) {
            return null;
        }
        ExportTable t = table.get();
        int column = column(t, columnName, "figure", problems);
        if (column < 0) {
            return null;
        }
        List<ExportTable.Row> rows = rowName == null ? t.rows() : t.rows().stream()
                .filter(row -> row.text(0).strip().equalsIgnoreCase(rowName.strip())).toList();
        if (rows.size() != 1) {
            List<String> firsts = t.rows().stream().map(row -> row.text(0)).filter(x -> !x.isEmpty()).distinct().limit(12).toList();
            String hint = rowName == null ? "name the row by its first cell: row: Total"
                    : DidYouMean.closest(rowName, firsts).map(x -> "did you mean \"" + x + "\"? ").orElse("")
                            + "the rows start with: " + String.join(", ", firsts);
            problems.error(t.file().at(t.header().line(), 1), rows.isEmpty()
                    ? "no row \"" + rowName + "\" in this table (" + name + ")"
                    : (rowName == null ? "this table has " + rows.size() + " rows, and " + name + " names none"
                            : "this table has " + rows.size() + " rows \"" + rowName + "\""), hint);
            return null;
        }
        ExportTable.Row row = rows.get(0);
        ExportValues.Read<BigDecimal> v = ExportValues.number(row.text(column), decimal);
        if (v.value() == null) {
            problems.error(row.at(t.file(), column), v.problem() != null ? v.problem() : "this cell has no figure",
                    v.hint() != null ? v.hint() : "name the row and column of a cell with a figure");
            return null;
        }
        return new Value(v.value(), t.file().displayPath().replaceFirst(".*/", "") + ", column " + t.names().get(column)
                + (rowName == null ? "" : ", row " + row.text(0)));
    }

    private static boolean digits(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static int column(ExportTable t, String name, String what, Problems problems) {
        int i = t.column(name);
        if (i < 0) {
            String hint = DidYouMean.closest(name, t.names()).map(s -> "did you mean \"" + s + "\"? ").orElse("")
                    + "the columns of this table are: " + String.join(", ", t.names());
            problems.error(t.file().at(t.header().line(), 1), "no column \"" + name + "\" in this table's header (the " + what + " column)", hint);
        }
        return i;
    }

    /** The points of each month, year or day made one, by {@code take}. */
    private static List<SeriesPoint> grouped(List<SeriesPoint> sorted, String per, String take, List<Located<SeriesPoint>> located,
            ExportTable t, Problems problems) {
        Map<PartialDate, List<SeriesPoint>> groups = new LinkedHashMap<>();
        for (SeriesPoint p : sorted) {
            PartialDate d = p.date();
            PartialDate key = switch (per) {
                case "year" -> PartialDate.ofYear(d.year());
                case "month" -> d.hasMonth() ? PartialDate.ofMonth(d.year(), d.month()) : null;
                default -> d.hasDay() ? d : null;
            };
            if (key == null) {
                located.stream().filter(l -> l.value().equals(p)).findFirst().ifPresent(l -> problems.error(l.at(),
                        "the date " + d + " is coarser than per: " + per + ", so its row cannot be counted in one " + per,
                        "export the table per day, or set per: year"));
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<SeriesPoint> out = new ArrayList<>();
        groups.forEach((date, points) -> {
            BigDecimal v = switch (take) {
                case "sum" -> points.stream().map(SeriesPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                case "max" -> points.stream().map(SeriesPoint::value).reduce(BigDecimal::max).orElseThrow();
                default -> points.get(points.size() - 1).value();
            };
            out.add(new SeriesPoint(date, v));
        });
        return out;
    }
}
