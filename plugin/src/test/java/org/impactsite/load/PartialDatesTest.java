package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactsite.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2018         | 2018 | 0  | 0
            2020-09      | 2020 | 9  | 0
            2020-9       | 2020 | 9  | 0
            2021-06-10   | 2021 | 6  | 10
            ' 2024-02-29 ' | 2024 | 2 | 29
            """)
    void readsYearsMonthsAndDays(String text, int year, int month, int day) {
        PartialDates.Result r = PartialDates.parse(text);
        assertThat(r.date()).isEqualTo(new PartialDate(year, month, day));
    }

    @org.junit.jupiter.api.Test
    void isoDatesAreAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(PartialDate.ofDay(987, 3, 5).iso()).isEqualTo("0987-03-05");
            assertThat(PartialDate.ofMonth(2020, 11).iso()).isEqualTo("2020-11");
            assertThat(PartialDate.ofYear(45).iso()).isEqualTo("0045");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2021-02-30 | February 2021 has 28 days
            2023-02-29 | February 2023 has 28 days
            2021-04-31 | April 2021 has 30 days
            2021-01-00 | January 2021 has 31 days
            2020-13    | there is no month 13; months go from 01 to 12
            2020-00    | there is no month 0; months go from 01 to 12
            0000       | there is no year 0
            """)
    void explainsImpossibleDates(String text, String why) {
        PartialDates.Result r = PartialDates.parse(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.impossible()).isEqualTo(why);
    }

    @ParameterizedTest
    @CsvSource({"September 2020", "20-09-2020", "2020/09", "18", "2020-09-10T10:00", "2020.5", "''"})
    void refusesOtherShapes(String text) {
        PartialDates.Result r = PartialDates.parse(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.impossible()).isNull();
    }
}
