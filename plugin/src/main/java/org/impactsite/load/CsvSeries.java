package org.impactsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.impactsite.problem.Problems;
import org.impactsite.validate.Located;

/**
 * A series in a CSV file: a header row {@code date,value}, then one row per point. Spaces around
 * values, quoted values ({@code "1,000"}) and blank lines are fine; each bad row is reported at
 * its line in the CSV file.
 */
final class CsvSeries {

    private CsvSeries() {
    }

    /** One cell of a row and the 1-based column it starts in. */
    private record Cell(String text, int column) {
    }

    /** The points in file order, each located at its row; bad rows are reported and left out. */
    static List<Located<SeriesPoint>> parse(SourceText csv, Problems problems) {
        List<Located<SeriesPoint>> points = new ArrayList<>();
        String[] lines = csv.text().split("\n", -1);
        boolean header = false;
        int rows = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<Cell> cells = cells(line, lineNo, csv, problems);
            if (cells == null) {
                continue;
            }
            if (!header) {
                if (!isHeader(cells, line, lineNo, csv, problems)) {
                    return List.of();
                }
                header = true;
                continue;
            }
            rows++;
            if (cells.size() != 2) {
                problems.error(csv.at(lineNo, 1), "this row has " + cells.size() + " values; each row is a date and a value",
                        "put a number that contains commas in quotes: 2020-01,\"1,000\"");
                continue;
            }
            Cell d = cells.get(0);
            Cell v = cells.get(1);
            PartialDate date = YamlValues.date(d.text(), "the date", csv.at(lineNo, d.column()), problems);
            HumanNumber value = YamlValues.number(v.text(), "the value", false, csv.at(lineNo, v.column()), problems);
            if (date != null && value != null) {
                points.add(new Located<>(new SeriesPoint(date, value.value()), csv.at(lineNo, d.column())));
            }
        }
        if (!header) {
            problems.error(csv.whole(), "the CSV file is empty", "write the header date,value, then one row per date");
        } else if (rows == 0) {
            problems.error(csv.whole(), "the CSV file has a header but no rows", "add one row per date: 2020-01,1500");
        }
        return points;
    }

    private static boolean isHeader(List<Cell> cells, String line, int lineNo, SourceText csv, Problems problems) {
        List<String> names = cells.stream().map(c -> c.text().strip().toLowerCase(Locale.ROOT)).toList();
        if (names.equals(List.of("date", "value"))) {
            return true;
        }
        if (!cells.isEmpty() && PartialDates.parse(cells.get(0).text()).ok()) {
            problems.error(csv.at(lineNo, 1), "the CSV file has no header row",
                    "add the line date,value at the top of the file");
        } else {
            problems.error(csv.at(lineNo, 1), "the first row must be the header date,value, got \"" + line.strip() + "\"",
                    "a series file has two columns, separated by a comma: date,value");
        }
        return false;
    }

    /** Splits a row on commas outside quotes; null when a quote is not closed (reported). */
    private static List<Cell> cells(String line, int lineNo, SourceText csv, Problems problems) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int cellStart = 1;
        boolean quoted = false;
        int quoteColumn = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteColumn = i + 1;
                if (cell.length() == 0) {
                    cellStart = i + 1;
                }
            } else if (c == ',') {
                cells.add(new Cell(cell.toString().strip(), cellStart));
                cell.setLength(0);
                cellStart = i + 2;
            } else if (cell.length() > 0 || (c != ' ' && c != '\t')) {
                if (cell.length() == 0) {
                    cellStart = i + 1;
                }
                cell.append(c);
            }
        }
        if (quoted) {
            problems.error(csv.at(lineNo, quoteColumn), "this quote is not closed on its line",
                    "end the quoted value with another \": \"1,000\"");
            return null;
        }
        cells.add(new Cell(cell.toString().strip(), cellStart));
        return cells;
    }
}
