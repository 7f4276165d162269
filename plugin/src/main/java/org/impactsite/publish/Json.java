package org.impactsite.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value built in memory and written with a stable layout: keys in the order they were
 * added, two-space indentation, a final newline. Strings are escaped so the text is also safe
 * inside an HTML page: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become {@code \\u}
 * escapes. Numbers are exact decimals, never exponents.
 */
public final class Json {

    private Json() {
    }

    /** A JSON object whose keys keep their order; null values are written as {@code null}. */
    public static final class Obj {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Obj put(String key, Object value) {
            fields.put(key, value);
            return this;
        }
    }

    /**
     * A value {@link #write} wrote before, placed as it is inside a larger document (its lines
     * indented to where it goes): the same text as writing the value again, without the work.
     */
    record Written(String text) {
    }

    public static Obj obj() {
        return new Obj();
    }

    /** Objects, lists, text, whole and exact numbers, yes/no and null, two spaces per level. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof BigDecimal d) {
            out.append(number(d));
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Written w) {
            String t = w.text().endsWith("\n") ? w.text().substring(0, w.text().length() - 1) : w.text();
            out.append(depth == 0 ? t : t.replace("\n", "\n" + "  ".repeat(depth)));
        } else if (value instanceof Obj o) {
            if (o.fields.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : o.fields.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, depth + 1);
                string(e.getKey(), out);
                out.append(": ");
                write(e.getValue(), out, depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, depth + 1);
                write(item, out, depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** An exact decimal: 1000000, 2.7, -0.5; never 1E+6. */
    static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static List<Object> list(List<?> items) {
        return new ArrayList<>(items);
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** A JSON string literal of {@code s}, safe inside an HTML page too. */
    public static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        string(s, out);
        return out.toString();
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
