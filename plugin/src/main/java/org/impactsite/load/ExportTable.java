package org.impactsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/**
 * A table as a platform exports it (CSV or tab-separated text): the first row that is not empty
 * is the header, each further row a list of cells located at their line and column. The
 * separator (comma, semicolon or tab) is the one the header uses most; cells may be quoted,
 * with {@code ""} for a quote and line breaks inside; rows with nothing in them are left out.
 */
final class ExportTable {

    /**
     * One cell: its text (spaces around it removed) and where it starts.
     *
     * @param number whether a spreadsheet stored it as a number (a date column's numbers are
     *               Excel's day counts); false for text files
     */
    record Cell(String text, int line, int column, boolean number) {

        Cell(String text, int line, int column) {
            this(text, line, column, false);
        }
    }

    /** One row of cells, and the line it starts on. */
    record Row(List<Cell> cells, int line) {

        /** The text of column {@code index}, empty when the row is shorter. */
        String text(int index) {
            return index < cells.size() ? cells.get(index).text() : "";
        }

        /** Where column {@code index} of this row is (its start, or the row's end when it is shorter). */
        Location at(SourceText file, int index) {
            if (index < cells.size()) {
                return file.at(cells.get(index).line(), cells.get(index).column());
            }
            Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            return file.at(last == null ? line : last.line(), last == null ? 1 : last.column() + last.text().length());
        }
    }

    private final SourceText file;
    private final Row header;
    private final List<Row> rows;

    /** A table read from a spreadsheet: its first row that is not empty is the header. */
    static Optional<ExportTable> of(SourceText file, List<Row> all, Problems problems) {
        if (all.isEmpty()) {
            problems.error(file.at(1, 1), "this sheet has no header row", "name a sheet whose first row holds the column names: sheet: Overview");
            return Optional.empty();
        }
        return Optional.of(new ExportTable(file, all.get(0), all.subList(1, all.size())));
    }

    private ExportTable(SourceText file, Row header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    SourceText file() {
        return file;
    }

    Row header() {
        return header;
    }

    /** The rows under the header, in file order. */
    List<Row> rows() {
        return rows;
    }

    /** The column of the header named {@code name}: exactly, else ignoring case and spaces; -1 when none is. */
    int column(String name) {
        List<Cell> names = header.cells();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).text().equals(name)) {
                return i;
            }
        }
        String loose = loose(name);
        for (int i = 0; i < names.size(); i++) {
            if (loose(names.get(i).text()).equals(loose)) {
                return i;
            }
        }
        return -1;
    }

    /** The names in the header, in order. */
    List<String> names() {
        return header.cells().stream().map(Cell::text).toList();
    }

    private static String loose(String s) {
        return s.replaceAll("[\\s\\u00a0]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The table in {@code file}; empty, with a located problem, when it has no header or a quote is never closed. */
    static Optional<ExportTable> parse(SourceText file, Problems problems) {
        String text = file.text();
        char separator = separator(text);
        List<Row> all = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 1;
        int cellLine = 1;
        int cellColumn = 1;
        int rowLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted && !end) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                        column += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                continue;
            }
            if (quoted) {
                problems.error(file.at(quoteLine, quoteColumn), "this quote is never closed",
                        "end the cell with a quote (\"), or write a quote inside a cell as two (\"\")");
                return Optional.empty();
            }
            if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
                cell.setLength(0);
                column++;
                continue;
            }
            if (c == separator || c == '\n') {
                cells.add(new Cell(cell.toString().strip(), cellLine, cellColumn));
                cell.setLength(0);
                if (c == '\n') {
                    if (cells.stream().anyMatch(x -> !x.text().isEmpty())) {
                        all.add(new Row(List.copyOf(cells), rowLine));
                    }
                    cells.clear();
                    line++;
                    column = 1;
                    rowLine = line;
                } else {
                    column++;
                }
                cellLine = line;
                cellColumn = column;
                continue;
            }
            if (cell.length() == 0 && Character.isWhitespace(c)) {
                cellColumn = column + 1;
            } else {
                cell.append(c);
            }
            column++;
        }
        if (all.isEmpty()) {
            problems.error(file.at(1, 1), "this table has no header row",
                    "export the table again with its column names in the first row");
            return Optional.empty();
        }
        return Optional.of(new ExportTable(file, all.get(0), all.subList(1, all.size())));
    }

    /** The separator the first row that is not empty uses most: a comma, a semicolon or a tab. */
    static char separator(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }
}
