package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.validate.Located;
import org.junit.jupiter.api.Test;

class CsvSeriesTest {

    private final Problems problems = new Problems();

    private List<Located<SeriesPoint>> parse(String text) {
        return CsvSeries.parse(new SourceText(Path.of("/p/s.csv"), "s.csv", TextFiles.normaliseLineEndings(text)),
                problems);
    }

    private List<String> headlines() {
        return problems.all().stream().map(Problem::headline).toList();
    }

    @Test
    void toleratesSpacesQuotesBlankLinesAndCrlf() {
        List<Located<SeriesPoint>> points = parse(" Date , VALUE \r\n2020-01, 1000\r\n\r\n\"2020-02\",\"1,500\"\r\n2020-03 ,2.5K\r\n");
        assertThat(headlines()).isEmpty();
        assertThat(points).extracting(Located::value).containsExactly(
                new SeriesPoint(PartialDate.ofMonth(2020, 1), new BigDecimal("1000")),
                new SeriesPoint(PartialDate.ofMonth(2020, 2), new BigDecimal("1500")),
                new SeriesPoint(PartialDate.ofMonth(2020, 3), new BigDecimal("2500")));
        assertThat(points).extracting(p -> p.at().line()).containsExactly(2, 4, 5);
    }

    @Test
    void reportsEachBadRowAtItsLineAndColumnAndKeepsTheGoodOnes() {
        List<Located<SeriesPoint>> points = parse("date,value\n2020-01,1\n2020-02-30,2\n2020-03, -3\n"
                + "2020-04,1,000\n2020-05,\"1,000\n2020-06,about 5\n2020-07,12%\n2020-08,7\n2020-09, \"x\"\n");
        assertThat(headlines()).containsExactly(
                "s.csv:3:1: error: the date is not a real date: 2020-02-30 (February 2020 has 29 days)",
                "s.csv:4:10: error: the value cannot be negative, got \"-3\"",
                "s.csv:5:1: error: this row has 3 values; each row is a date and a value",
                "s.csv:6:9: error: this quote is not closed on its line",
                "s.csv:7:9: error: the value cannot have a qualifier (\"about\")",
                "s.csv:8:9: error: the value must be a number, got \"12%\"",
                "s.csv:10:10: error: the value must be a number, got \"x\"");
        assertThat(points).extracting(p -> p.value().date().month()).containsExactly(1, 8);
    }

    @Test
    void aMissingHeaderIsNamedAsSuch() {
        assertThat(parse("2020-01,1\n2020-02,2\n")).isEmpty();
        assertThat(headlines()).containsExactly("s.csv:1:1: error: the CSV file has no header row");
    }

    @Test
    void aWrongHeaderIsShown() {
        parse("month;followers\n2020-01;1\n");
        assertThat(headlines()).containsExactly(
                "s.csv:1:1: error: the first row must be the header date,value, got \"month;followers\"");
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreErrors() {
        parse("\n\n");
        parse("date,value\n");
        assertThat(headlines()).containsExactly(
                "s.csv:1:1: error: the CSV file has a header but no rows",
                "s.csv:1:1: error: the CSV file is empty");
    }

    @Test
    void duplicateDatesAreReportedAtTheLaterRowAndPointsComeOutSorted() {
        List<SeriesPoint> sorted = SeriesReader.sortedWithoutDuplicates(
                parse("date,value\n2021,3\n2019,1\n2020,2\n2019,9\n"), "metrics[1].series", problems);
        assertThat(sorted).extracting(p -> p.date().year()).containsExactly(2019, 2020, 2021);
        assertThat(sorted.get(0).value()).isEqualTo(new BigDecimal("1"));
        assertThat(headlines()).containsExactly(
                "s.csv:5:1: error: metrics[1].series has two points for 2019 (the other is on line 3)");
    }
}
