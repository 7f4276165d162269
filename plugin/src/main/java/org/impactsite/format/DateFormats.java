package org.impactsite.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.impactsite.model.PartialDate;
import org.impactsite.model.Period;

/** Partial dates and periods written for one locale: "2018", "September 2020", "2020年9月". Thread-safe. */
public final class DateFormats {

    private final DateTimeFormatter month;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter shortDay;
    /** What follows a year written alone in prose: "年" in Chinese and Japanese ("2014年"), "년" in Korean. */
    private final String yearSuffix;

    public DateFormats(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String lang = locale.getLanguage();
        boolean cjk = lang.equals("zh") || lang.equals("ja") || lang.equals("ko");
        String monthPattern = switch (lang) {
            case "zh", "ja" -> "y年M月";
            case "ko" -> "y년 M월";
            default -> "LLLL y";
        };
        this.month = DateTimeFormatter.ofPattern(monthPattern, locale);
        this.yearSuffix = switch (lang) {
            case "zh", "ja" -> "年";
            case "ko" -> "년";
            default -> "";
        };
        String shortMonthPattern = switch (lang) {
            case "zh", "ja" -> "y年M月";
            case "ko" -> "y년 M월";
            default -> "LLL y";
        };
        this.shortMonth = DateTimeFormatter.ofPattern(shortMonthPattern, locale);
        this.shortDay = cjk || !locale.getCountry().isEmpty()
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                : DateTimeFormatter.ofPattern("d MMM y", locale);
        this.day = cjk || !locale.getCountry().isEmpty()
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                : DateTimeFormatter.ofPattern("d MMMM y", locale);
    }

    /** "2018", "September 2020", "10 June 2021" (English without a country uses day-month-year); "2018年". */
    public String format(PartialDate date) {
        LocalDate d = date.firstDay();
        if (date.hasDay()) {
            return day.format(d);
        }
        if (date.hasMonth()) {
            return month.format(d);
        }
        return date.year() + yearSuffix;
    }

    /** Short form for chart axes: "2018", "Feb 2011", "10 Jun 2021", "2011年2月". */
    public String formatShort(PartialDate date) {
        LocalDate d = date.firstDay();
        if (date.hasDay()) {
            return shortDay.format(d);
        }
        if (date.hasMonth()) {
            return shortMonth.format(d);
        }
        return Integer.toString(date.year());
    }

    /** One date, or "September 2019 – June 2021" with an en dash. */
    public String format(Period period) {
        if (!period.isRange()) {
            return format(period.start());
        }
        return format(period.start()) + " – " + format(period.end());
    }
}
