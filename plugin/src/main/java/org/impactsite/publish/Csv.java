package org.impactsite.publish;

import java.util.List;

/**
 * CSV as RFC 4180 describes it (comma, double quotes, CRLF), in UTF-8 with a byte-order mark
 * so that spreadsheet programs show non-Latin text correctly when the file is opened with a
 * double click. A text cell that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return first) is prefixed with an apostrophe; numbers,
 * negative ones included, are left as they are.
 */
final class Csv {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    String text() {
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
