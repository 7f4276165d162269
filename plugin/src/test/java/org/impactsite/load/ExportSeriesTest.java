package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.impactsite.model.Metric;
import org.impactsite.model.PartialDate;
import org.impactsite.model.SeriesPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series read from the table a platform exports, as it was downloaded: each platform's
 * columns, encoding and number style, and each malformed variant as a located problem.
 */
class ExportSeriesTest {

    @TempDir
    Path root;

    private int projects;

    private Fixtures.Loaded load(String series, String file, byte[] bytes) throws Exception {
        Path root = this.root.resolve("p" + ++projects);
        Fixtures.withCaseStudy(root, "c", "---\ntitle: C\nperiod: 2024\nmetrics:\n  - id: m\n    label: Views\n    source: s\n    series: " + series
                + "\nsources:\n  - {id: s, title: The platform's export}\n---\nStory.\n");
        Fixtures.writeBytes(root, "src/impact/case-studies/" + file, bytes);
        return Fixtures.load(root);
    }

    private static Metric metric(Fixtures.Loaded l) {
        return l.project().caseStudies().get(0).metrics().get(0);
    }

    private static SeriesPoint point(int y, int m, int d, String v) {
        return new SeriesPoint(d == 0 ? PartialDate.ofMonth(y, m) : PartialDate.ofDay(y, m, d), new BigDecimal(v));
    }

    private static byte[] utf8Bom(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    @Test
    void tiktokStudioOverviewUtf8WithBomAndEnglishDates() throws Exception {
        Fixtures.Loaded l = load("{file: overview.csv, date: Date, value: Video Views}", "overview.csv",
                utf8Bom("Date,Video Views,Profile Views,Likes,Comments,Shares\r\n\"Nov 5, 2024\",\"1,234\",56,78,9,1\r\n"
                        + "\"Nov 6, 2024\",\"2,345\",60,80,10,2\r\n"));
        assertThat(l.headlines()).isEmpty();
        assertThat(metric(l).series()).containsExactly(point(2024, 11, 5, "1234"), point(2024, 11, 6, "2345"));
        assertThat(metric(l).origin()).isEqualTo("overview.csv, column Video Views by Date");
    }

    @Test
    void metaBusinessSuiteUtf16TabsAndADescriptionRow() throws Exception {
        String text = "Date\tFacebook Page reach\tInstagram reach\n"
                + "\tLifetime: the number of people who saw any content\tLifetime\n"
                + "2024-11-05T00:00:00\t1200\t300\n2024-11-06T00:00:00\t1500\t-\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Fixtures.Loaded l = load("{file: reach.csv, date: Date, value: Facebook Page reach}", "reach.csv", bytes);
        assertThat(l.headlines()).isEmpty();
        assertThat(metric(l).series()).containsExactly(point(2024, 11, 5, "1200"), point(2024, 11, 6, "1500"));
    }

    @Test
    void youtubeStudioTotalRowAndXWeekdayDates() throws Exception {
        Fixtures.Loaded yt = load("{file: yt.csv, date: Date, value: Views}", "yt.csv",
                "Date,Views,Watch time (hours)\nTotal,3579,12.5\n2024-11-05,1234,4.5\n2024-11-06,2345,8\n\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(yt.headlines()).isEmpty();
        assertThat(metric(yt).series()).containsExactly(point(2024, 11, 5, "1234"), point(2024, 11, 6, "2345"));

        Fixtures.Loaded x = load("{file: x.csv, date: Date, value: impressions}", "x.csv",
                "Date,Impressions,Engagements\n\"Tue, Nov 05, 2024\",4567,89\n\"Wed, Nov 06, 2024\",\"5,678\",90\n".getBytes(StandardCharsets.UTF_8));
        assertThat(x.headlines()).isEmpty();
        assertThat(metric(x).series()).containsExactly(point(2024, 11, 5, "4567"), point(2024, 11, 6, "5678"));
    }

    @Test
    void weiboDataCentreInGb18030AndDouyinWithTenThousands() throws Exception {
        Fixtures.Loaded weibo = load("{file: weibo.csv, date: 日期, value: 阅读数}", "weibo.csv",
                "日期,阅读数,转发数\n2024年11月5日,1.2万,300\n2024年11月6日,\"12,345\",310\n".getBytes(Charset.forName("GB18030")));
        assertThat(weibo.headlines()).isEmpty();
        assertThat(metric(weibo).series()).containsExactly(point(2024, 11, 5, "12000"), point(2024, 11, 6, "12345"));

        Fixtures.Loaded douyin = load("{file: douyin.csv, date: 日期, value: 播放量}", "douyin.csv",
                "日期,播放量,点赞量\n2024/11/05,3.4万,-\n2024/11/06,1亿,12\n2024/11/07,-,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(douyin.headlines()).isEmpty();
        assertThat(metric(douyin).series()).as("a dash is no figure, not a zero")
                .containsExactly(point(2024, 11, 5, "34000"), point(2024, 11, 6, "100000000"));
    }

    @Test
    void semicolonsDecimalCommasAndADeclaredDateFormat() throws Exception {
        Fixtures.Loaded l = load("{file: de.csv, date: Datum, value: Aufrufe, decimal: \",\", dateFormat: dd.MM.yyyy}", "de.csv",
                "Datum;Aufrufe;Anteil\n05.11.2024;12.345;4,5%\n06.11.2024;1.234.567;5%\n".getBytes(StandardCharsets.UTF_8));
        assertThat(l.headlines()).isEmpty();
        assertThat(metric(l).series()).containsExactly(point(2024, 11, 5, "12345"), point(2024, 11, 6, "1234567"));
    }

    @Test
    void aDailyExportOfAYearDrawsMonthlyPointsThatAreTheSumsOrTheLastValues() throws Exception {
        StringBuilder csv = new StringBuilder("Date,Video Views,Followers\n");
        Map<Integer, BigDecimal> sums = new LinkedHashMap<>();
        Map<Integer, BigDecimal> last = new LinkedHashMap<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            int views = (d.getDayOfYear() * 37) % 1000 + 50;
            int followers = 1000 + d.getDayOfYear() * 3;
            csv.append(d).append(',').append(views).append(',').append(followers).append('\n');
            sums.merge(d.getMonthValue(), BigDecimal.valueOf(views), BigDecimal::add);
            last.put(d.getMonthValue(), BigDecimal.valueOf(followers));
        }
        Fixtures.Loaded views = load("{file: daily.csv, date: Date, value: Video Views, per: month, take: sum}", "daily.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(views.headlines()).isEmpty();
        List<SeriesPoint> expected = new ArrayList<>();
        sums.forEach((m, v) -> expected.add(point(2024, m, 0, v.toPlainString())));
        assertThat(metric(views).series()).hasSize(12).isEqualTo(expected);
        assertThat(metric(views).origin()).isEqualTo("daily.csv, column Video Views by Date, summed per month");

        Fixtures.Loaded followers = load("{file: daily.csv, date: Date, value: Followers, per: month, take: last}", "daily.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        List<SeriesPoint> lastValues = new ArrayList<>();
        last.forEach((m, v) -> lastValues.add(point(2024, m, 0, v.toPlainString())));
        assertThat(metric(followers).series()).isEqualTo(lastValues);
    }

    @Test
    void eachMalformedExportIsALocatedProblemWithAHint() throws Exception {
        Fixtures.Loaded column = load("{file: t.csv, date: Date, value: Vidoe Views}", "t.csv",
                "Date,Video Views\n2024-11-05,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(column.headlines()).singleElement().asString()
                .startsWith("src/impact/case-studies/t.csv:1:1: error: no column \"Vidoe Views\" in this table's header");
        assertThat(column.problems().all().get(0).hint()).contains("did you mean \"Video Views\"?");

        Fixtures.Loaded numbers = load("{file: t.csv, date: Date, value: Views}", "t.csv",
                "Date,Views\n2024-11-05,\"1,2K\"\n2024-11-06,lots\n2024-11-06,3\n05/11/2024,4\n2024-02-30,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(numbers.headlines()).containsExactlyInAnyOrder(
                "src/impact/case-studies/t.csv:2:12: error: \"1,2K\" is not a number (did you mean 1.2K?)",
                "src/impact/case-studies/t.csv:3:12: error: \"lots\" is not a number",
                "src/impact/case-studies/t.csv:5:1: error: \"05/11/2024\" could be November 5 or May 11",
                "src/impact/case-studies/t.csv:6:1: error: \"2024-02-30\" is not a real date");

        Fixtures.Loaded twice = load("{file: t.csv, date: Date, value: Views}", "t.csv",
                "Date,Views\n2024-11-05,1\n2024-11-05,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(twice.headlines()).singleElement().asString().startsWith("src/impact/case-studies/t.csv:3:1: error: ")
                .contains("two points for 2024-11-05");

        Fixtures.Loaded quote = load("{file: t.csv, date: Date, value: Views}", "t.csv",
                "Date,Views\n2024-11-05,\"12\n".getBytes(StandardCharsets.UTF_8));
        assertThat(quote.headlines()).containsExactly("src/impact/case-studies/t.csv:2:12: error: this quote is never closed");

        Fixtures.Loaded noTake = load("{file: t.csv, date: Date, value: Views, per: month}", "t.csv",
                "Date,Views\n2024-11-05,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noTake.headlines()).singleElement().asString().startsWith("src/impact/case-studies/c.md:").contains("not how its rows make one point");

        Fixtures.Loaded binary = load("{file: t.csv, date: Date, value: Views}", "t.csv", new byte[] {(byte) 0x81, 0x30, (byte) 0xFF, 0x00});
        assertThat(binary.headlines()).singleElement().asString().contains("not text in UTF-8, UTF-16 or GB18030");

        Fixtures.Loaded key = load("{file: t.csv, date: Date, values: Views}", "t.csv", "Date,Views\n2024-11-05,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(key.headlines()).anyMatch(h -> h.contains("values")).allMatch(h -> h.startsWith("src/impact/case-studies/c.md:"));
    }

    /** A workbook as spreadsheet programs write it: sheets named in workbook.xml, strings shared, dates as day counts. */
    static byte[] workbook(Map<String, String> sheets, List<String> strings) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int i = 0;
            for (Map.Entry<String, String> e : sheets.entrySet()) {
                i++;
                wb.append("<sheet name=\"").append(e.getKey()).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + i + ".xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><sheetData>" + e.getValue() + "</sheetData></worksheet>");
            }
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
            put(zip, "xl/workbook.xml", wb + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", rels + "</Relationships>");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            strings.forEach(t -> sst.append("<si><t>").append(t).append("</t></si>"));
            put(zip, "xl/sharedStrings.xml", sst + "</sst>");
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void tiktokBusinessCenterWorkbookWithExcelDatesAndANamedSheet() throws Exception {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("Notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Exported from TikTok</t></is></c></row>");
        sheets.put("Overview", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>45601</v></c><c r=\"B2\"><v>1234</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" t=\"str\"><v>2.5K</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>45603</v></c><c r=\"C4\"><v>9</v></c></row>");
        byte[] xlsx = workbook(sheets, List.of("Date", "Video views", "2024-11-06"));
        Fixtures.Loaded l = load("{file: tiktok.xlsx, sheet: Overview, date: Date, value: Video views}", "tiktok.xlsx", xlsx);
        assertThat(l.headlines()).isEmpty();
        assertThat(metric(l).series()).containsExactly(point(2024, 11, 5, "1234"), point(2024, 11, 6, "2500"));

        Fixtures.Loaded wrongSheet = load("{file: tiktok.xlsx, sheet: Overveiw, date: Date, value: Video views}", "tiktok.xlsx", xlsx);
        assertThat(wrongSheet.headlines()).containsExactly("src/impact/case-studies/tiktok.xlsx:1:1: error: this workbook has no sheet \"Overveiw\"");
        assertThat(wrongSheet.problems().all().get(0).hint()).contains("did you mean \"Overview\"?");

        Fixtures.Loaded firstSheet = load("{file: tiktok.xlsx, date: Date, value: Video views}", "tiktok.xlsx", xlsx);
        assertThat(firstSheet.headlines()).as("the first sheet is read when none is named")
                .anyMatch(h -> h.contains("no column \"Date\"")).allMatch(h -> h.startsWith("src/impact/case-studies/tiktok.xlsx:1:1:"));

        Fixtures.Loaded notZip = load("{file: t.xlsx, date: Date, value: Views}", "t.xlsx", "Date,Views\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.headlines()).singleElement().asString().startsWith("src/impact/case-studies/t.xlsx:1:1: error: this ");
    }

    @Test
    void aHostileWorkbookIsRefusedAtItsFirstCell() throws Exception {
        // a sheet that unpacks to 70 MB of nothing
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            put(zip, "xl/workbook.xml", "<workbook/>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 70; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Fixtures.Loaded big = load("{file: t.xlsx, date: Date, value: Views}", "t.xlsx", bomb.toByteArray());
        assertThat(big.headlines()).singleElement().asString()
                .isEqualTo("src/impact/case-studies/t.xlsx:1:1: error: this is not a workbook that can be read (it unpacks to more than 64 MB)");

        // a sheet that asks for a file of this machine through an entity
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>");
        byte[] xxe = workbook(sheets, List.of());
        byte[] withDoctype = replaceInZip(xxe, "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><worksheet "
                        + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                        + "t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>");
        Fixtures.Loaded entity = load("{file: t.xlsx, date: Date, value: Views}", "t.xlsx", withDoctype);
        assertThat(entity.headlines()).singleElement().asString().startsWith("src/impact/case-studies/t.xlsx:1:1: error: ")
                .doesNotContain(java.nio.file.Files.exists(Path.of("/etc/hostname"))
                        ? java.nio.file.Files.readString(Path.of("/etc/hostname")).strip() : "\u0000");
    }

    private static byte[] replaceInZip(byte[] zipBytes, String name, String text) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                put(zip, e.getName(), e.getName().equals(name) ? text : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private Fixtures.Loaded loadValue(String value, String file, byte[] bytes) throws Exception {
        Path root = this.root.resolve("p" + ++projects);
        Fixtures.withCaseStudy(root, "c", "---\ntitle: C\nperiod: 2024\nmetrics:\n  - id: m\n    label: Views\n    source: s\n    value: " + value
                + "\nsources:\n  - {id: s, title: The platform's export}\n---\nStory.\n");
        Fixtures.writeBytes(root, "src/impact/case-studies/" + file, bytes);
        return Fixtures.load(root);
    }

    @Test
    void aSingleFigureFromAnExportsTotalRow() throws Exception {
        byte[] yt = "Content,Video title,Views,Watch time (hours)\nTotal,,\"3,579\",12.5\nabc123,First video,1234,4.5\nxyz789,Second video,2345,8\n"
                .getBytes(StandardCharsets.UTF_8);
        Fixtures.Loaded total = loadValue("{file: yt.csv, column: Views, row: Total}", "yt.csv", yt);
        assertThat(total.headlines()).isEmpty();
        assertThat(metric(total).value()).isEqualByComparingTo("3579");
        assertThat(metric(total).valueOrigin()).isEqualTo("yt.csv, column Views, row Total");

        Fixtures.Loaded misspelt = loadValue("{file: yt.csv, column: Views, row: Totl}", "yt.csv", yt);
        assertThat(misspelt.headlines()).containsExactly("src/impact/case-studies/yt.csv:1:1: error: no row \"Totl\" in this table (metrics[1].value)");
        assertThat(misspelt.problems().all().get(0).hint()).startsWith("did you mean \"Total\"?");

        Fixtures.Loaded which = loadValue("{file: yt.csv, column: Views}", "yt.csv", yt);
        assertThat(which.headlines()).singleElement().asString().contains("this table has 3 rows, and metrics[1].value names none");

        Fixtures.Loaded empty = loadValue("{file: yt.csv, column: Video title, row: Total}", "yt.csv", yt);
        assertThat(empty.headlines()).containsExactly("src/impact/case-studies/yt.csv:2:7: error: this cell has no figure");
    }

    @Test
    void rowsOutsideTheCaseStudysPeriodAreAWarning() throws Exception {
        Fixtures.Loaded l = load("{file: t.csv, date: Date, value: Views}", "t.csv",
                "Date,Views\n2023-12-31,5\n2024-01-01,1\n2025-01-02,7\n".getBytes(StandardCharsets.UTF_8));
        assertThat(l.headlines()).containsExactly("src/impact/case-studies/c.md:5:5: warning: metric \"m\" has 2 points outside "
                + "the case study's period (2024 to 2024): 2023-12-31, 2025-01-02, read from t.csv, column Views by Date");
        assertThat(metric(l).series()).hasSize(3);
    }

    @Test
    void aBrokenFirstRowIsReportedNotTakenForADescription() throws Exception {
        Fixtures.Loaded l = load("{file: t.csv, date: Date, value: Views}", "t.csv",
                "Date,Views\nNov 5 2024x,12a\n2024-11-06,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(l.headlines()).containsExactly(
                "src/impact/case-studies/t.csv:2:1: error: \"Nov 5 2024x\" is not a date",
                "src/impact/case-studies/t.csv:2:13: error: \"12a\" is not a number");
    }
}
