package org.impactsite.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.impactsite.model.PartialDate;

/**
 * The cells of a platform's export as numbers and dates, read exactly: a number in the export's
 * style ({@code 12,345}, {@code 12.345} with {@code decimal: ","}, {@code 1.2K}, {@code 3.4M},
 * {@code 1.2万}, {@code 3亿}, {@code 45%}; {@code -} for none), a date as ISO, {@code 2024/11/05},
 * {@code Nov 5, 2024}, {@code 2024年11月5日}, or with a declared {@code dateFormat}; a date that
 * could be a day or a month first ({@code 05/11/2024}) is never guessed.
 */
final class ExportValues {

    private ExportValues() {
    }

    /** A cell read: a value, nothing (the export left it empty or wrote a dash), or why not. */
    record Read<T>(T value, boolean none, String problem, String hint) {

        static <T> Read<T> of(T value) {
            return new Read<>(value, false, null, null);
        }

        static <T> Read<T> nothing() {
            return new Read<>(null, true, null, null);
        }

        static <T> Read<T> failed(String problem, String hint) {
            return new Read<>(null, false, problem, hint);
        }
    }

    /**
     * A number as an export writes it.
     *
     * @param decimal {@code ','} when the export writes 12,5 for twelve and a half (and 12.345 for
     *                twelve thousand), {@code '.'} otherwise
     */
    static Read<BigDecimal> number(String cell, char decimal) {
        String s = cell.replaceAll("[\\s\\u00a0\\u202f]+", "");
        if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("–") || s.equalsIgnoreCase("n/a")) {
            return Read.nothing();
        }
        String shown = "\"" + cell.strip() + "\"";
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (decimal == ',') {
            s = s.replace(".", "").replace(',', '.');
        }
        HumanNumber.Result r = HumanNumber.parse(s);
        if (r.ok() && r.number().qualifier() == null) {
            return Read.of(r.number().value());
        }
        if (r.failure() == HumanNumber.Failure.AMBIGUOUS) {
            return Read.failed(shown + " could be a thousand or a decimal",
                    "say how the export writes numbers: decimal: \",\" if 12.345 is twelve thousand, decimal: \".\" if it is twelve");
        }
        if (r.failure() == HumanNumber.Failure.NEGATIVE) {
            return Read.failed(shown + " is below zero", "a count cannot be negative: check the column");
        }
        String suggestion = suggestion(cell.strip());
        return Read.failed(shown + " is not a number" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"),
                "write the figure in digits, as the platform exports it: 12345, 12,345, 1.2K, 3.4M, 1.2万 or 45%");
    }

    /** A likely reading of a number written with a decimal comma before a scale ({@code 1,2K}). */
    private static String suggestion(String cell) {
        Matcher m = Pattern.compile("(\\d+),(\\d{1,2})\\s*([KkMmBb万亿])").matcher(cell);
        return m.matches() ? m.group(1) + "." + m.group(2) + m.group(3) : null;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?:[ T].*)?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?.*");
    private static final Pattern ENGLISH = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * A date as an export writes it.
     *
     * @param format a {@link DateTimeFormatter} pattern the export is declared to use
     *               ({@code dd/MM/yyyy}), or null
     */
    static Read<PartialDate> date(String cell, String format) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return Read.failed("the date is empty", "every row needs its date");
        }
        String shown = "\"" + s + "\"";
        // "Tue, Nov 5, 2024": the day of the week adds nothing
        s = s.replaceFirst("^(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", "");
        if (format != null) {
            try {
                LocalDate d = LocalDate.parse(s, DateTimeFormatter.ofPattern(format.replace("y", "u"), Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT));
                return Read.of(PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            } catch (DateTimeException | IllegalArgumentException e) {
                return Read.failed(shown + " is not a date written " + format, "check dateFormat, or the cell");
            }
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return day(shown, m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return day(shown, m.group(1), m.group(2), m.group(3));
        }
        m = ENGLISH.matcher(s);
        if (m.matches() && month(m.group(1)) > 0) {
            return day(shown, m.group(3), Integer.toString(month(m.group(1))), m.group(2));
        }
        m = ENGLISH_DAY_FIRST.matcher(s);
        if (m.matches() && month(m.group(2)) > 0) {
            return day(shown, m.group(3), Integer.toString(month(m.group(2))), m.group(1));
        }
        if (s.matches("\\d{4}年?")) {
            s = s.replace("年", "");
            return Read.of(PartialDate.ofYear(Integer.parseInt(s)));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 || b > 12) {
                String f = a > 12 ? "dd/MM/yyyy" : "MM/dd/yyyy";
                return Read.failed(shown + " puts the day and the month in an order not declared",
                        "say how the export writes dates: dateFormat: " + f.replace('/', s.charAt(m.end(1))));
            }
            return Read.failed(shown + " could be " + monthName(b) + " " + a + " or " + monthName(a) + " " + b,
                    "say how the export writes dates: dateFormat: dd/MM/yyyy (day first) or dateFormat: MM/dd/yyyy (month first)");
        }
        return Read.failed(shown + " is not a date", "the export's dates should look like 2024-11-05, 2024/11/05, Nov 5, 2024 or "
                + "2024年11月5日; for another style say it with dateFormat: dd.MM.yyyy");
    }

    /** A date a spreadsheet stored as a count of days (Excel's: day 1 is 1 January 1900, with its 29 February 1900). */
    static Read<PartialDate> excelDate(String cell) {
        try {
            double days = Double.parseDouble(cell.strip());
            if (days < 61 || days > 2958465) {
                return Read.failed("\"" + cell.strip() + "\" is a number where a date is expected",
                        "format the column as dates in the spreadsheet, or name the column of dates");
            }
            LocalDate d = LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(days));
            return Read.of(PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        } catch (NumberFormatException e) {
            return date(cell, null);
        }
    }

    private static String monthName(int m) {
        return m >= 1 && m <= 12 ? java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) : "month " + m;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = n.length() >= 3 ? MONTHS.get(n.substring(0, 3)) : null;
        if (m == null) {
            return 0;
        }
        // the whole word must be that month's name or its start (Sept, Sep, September)
        String full = java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        return full.startsWith(n) || n.equals("sept") ? m : 0;
    }

    private static Read<PartialDate> day(String shown, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return Read.failed(shown + " has no month " + mo, "months go from 1 to 12");
        }
        if (day == null) {
            return Read.of(PartialDate.ofMonth(y, mo));
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
            return Read.failed(shown + " is not a real date", "check the day of the month");
        }
        return Read.of(PartialDate.ofDay(y, mo, d));
    }
}
