package org.impactsite.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.impactsite.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.impactsite.model.Period;

class DateFormatsShortTest {

    @Test
    void shortFormsForAxes() {
        DateFormats en = new DateFormats(Locale.ENGLISH);
        assertThat(en.formatShort(PartialDate.ofMonth(2011, 2))).isEqualTo("Feb 2011");
        assertThat(en.formatShort(PartialDate.ofYear(2018))).isEqualTo("2018");
        assertThat(en.formatShort(PartialDate.ofDay(2021, 6, 10))).isEqualTo("10 Jun 2021");
    }

    @Test
    void shortMonthInChinese() {
        DateFormats zh = new DateFormats(Locale.forLanguageTag("zh-CN"));
        assertThat(zh.formatShort(PartialDate.ofMonth(2011, 2))).isEqualTo("2011年2月");
    }

    @Test
    void aYearAloneInChineseProseIsWrittenWithItsCharacterAndStaysBareOnAnAxis() {
        DateFormats zh = new DateFormats(Locale.forLanguageTag("zh-CN"));
        assertThat(zh.format(PartialDate.ofYear(2014))).isEqualTo("2014年");
        assertThat(zh.format(new Period(PartialDate.ofMonth(2011, 2), PartialDate.ofYear(2014))))
                .isEqualTo("2011年2月 – 2014年");
        assertThat(zh.formatShort(PartialDate.ofYear(2014))).isEqualTo("2014");
        assertThat(new DateFormats(Locale.ENGLISH).format(PartialDate.ofYear(2014))).isEqualTo("2014");
    }
}
