package org.impactsite.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.impactsite.format.DateFormats;
import org.impactsite.model.PartialDate;

/**
 * Date tick labels through {@link DateFormats}, at the precision of the tick unit: "2011",
 * "Feb 2011", "10 Feb 2011". Dates on the axis are UTC midnights, so no time zone of the
 * machine running the build shows in the output.
 */
final class AxisDateFormat extends DateFormat {

    private static final long serialVersionUID = 1L;

    enum Precision { YEAR, MONTH, DAY }

    private final transient DateFormats dates;
    private final Precision precision;

    AxisDateFormat(DateFormats dates, Precision precision, Locale locale) {
        this.dates = dates;
        this.precision = precision;
        this.calendar = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), locale);
        this.numberFormat = NumberFormat.getIntegerInstance(Locale.ROOT);
    }

    @Override
    public StringBuffer format(Date date, StringBuffer to, FieldPosition pos) {
        LocalDate d = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        if (d.getYear() < PartialDate.MIN_YEAR || d.getYear() > PartialDate.MAX_YEAR) {
            return to; // a tick in the axis margin beyond any date a user can write: no label
        }
        PartialDate p = switch (precision) {
            case YEAR -> PartialDate.ofYear(d.getYear());
            case MONTH -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            case DAY -> PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        };
        return to.append(dates.formatShort(p));
    }

    @Override
    public Date parse(String source, ParsePosition pos) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AxisDateFormat f && f.precision == precision && f.dates == dates;
    }

    @Override
    public int hashCode() {
        return precision.hashCode();
    }
}
