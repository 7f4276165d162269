package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daily export drawn as a monthly chart, its points traceable to the file and column they came from. */
class ExportProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void aYearOfDailyRowsIsAMonthlyChartAndTheDataNameTheExport() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("p"));
        Path folder = project.resolve("src/impact/case-studies/daily-views");
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder("\uFEFFDate,Video Views,Profile Views\r\n");
        Map<Integer, Long> sums = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            long views = 1000 + (d.getDayOfYear() * 7919L) % 5000;
            csv.append('"').append(d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                    .append(d.getDayOfMonth()).append(", 2024\",\"").append(NumberFormat.getIntegerInstance(Locale.US).format(views))
                    .append("\",12\r\n");
            sums.merge(d.getMonthValue(), views, Long::sum);
        }
        Files.writeString(folder.resolve("tiktok-overview.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("index.md"), "---\ntitle: A year of daily views\nperiod: 2024\nmetrics:\n"
                + "  - id: views\n    label: Video views\n    unit: views\n    level: output\n    source: s\n"
                + "    series: {file: tiktok-overview.csv, date: Date, value: Video Views, per: month, take: sum}\n"
                + "sources:\n  - {id: s, title: TikTok Studio export, publisher: TikTok}\n---\nA year on TikTok.\n");
        BuildResult result = new ImpactBuild(BuildSettings.of(project, true).withPdf(false)).run();
        assertThat(result.problems().errors()).isEmpty();
        Path site = project.resolve("target/impact-site/case-studies/daily-views");

        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element table = page.selectFirst("figure.chart table");
        assertThat(table).as("a chart of the series").isNotNull();
        List<String> values = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            values.add(row.select("td").get(0).text());
        }
        List<String> expected = sums.values().stream().map(v -> NumberFormat.getIntegerInstance(Locale.US).format(v)).toList();
        assertThat(values).as("twelve points, each the sum of its month's rows").isEqualTo(expected);

        String data = Files.readString(site.resolve("data.csv"));
        assertThat(data.lines().filter(l -> l.contains(",views,Video views,")).toList()).hasSize(12)
                .allMatch(l -> l.endsWith("\"tiktok-overview.csv, column Video Views by Date, summed per month\""));
        assertThat(Files.readString(site.resolve("data.json")))
                .contains("\"seriesFrom\": \"tiktok-overview.csv, column Video Views by Date, summed per month\"");
        assertThat(site.resolve("tiktok-overview.csv")).as("the export is published beside the page").isRegularFile();
    }
}
