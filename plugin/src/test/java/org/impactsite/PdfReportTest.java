package org.impactsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf and each case study's PDF, read back with PDFBox: what the pages show is in them
 * (Chinese and Hebrew included), with the plugin's fonts embedded, an outline of every case study,
 * the report's language and title, charts as vectors, and the same bytes from the same sources.
 */
public class PdfReportTest {

    @TempDir
    Path dir;

    static final String CHINESE = "---\n"
            + "title: 微博上的儿童权利运动\n"
            + "summary: 一个关于儿童权利的微博活动。\n"
            + "organization: 联合国儿童基金会\n"
            + "country: CN\n"
            + "period: 2013\n"
            + "metrics:\n"
            + "  - {id: followers, label: 微博粉丝, baseline: about 1000, value: more than 20000, unit: 粉丝, level: output, source: s}\n"
            + "  - {id: shares, label: 转发次数, value: 60000, unit: 次, level: output, source: s}\n"
            + "sources:\n  - {id: s, title: 微博报告, publisher: 联合国儿童基金会}\n"
            + "---\n## 故事\n\n孩子们的声音被听见了。\n";

    static final String HEBREW = "---\n"
            + "title: קול הילדים ברשת\n"
            + "summary: Hebrew title, English figures.\n"
            + "period: 2022\n"
            + "metrics:\n"
            + "  - {id: views, label: Views of the clip, value: 15000, unit: views, level: output, source: s}\n"
            + "sources:\n  - {id: s, title: Channel report, publisher: Example}\n"
            + "---\nA story.\n";

    static final String ARABIC = "---\n"
            + "title: صوت الأطفال\n"
            + "period: 2023\n"
            + "---\nA story.\n";

    private Path project(String name) throws IOException {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve(name));
        Files.writeString(project.resolve("src/impact/case-studies/weibo-zh.md"), CHINESE);
        Files.writeString(project.resolve("src/impact/case-studies/hebrew-title.md"), HEBREW);
        Files.writeString(project.resolve("src/impact/case-studies/arabic-title.md"), ARABIC);
        return project;
    }

    private static BuildResult build(Path project, boolean pdf) throws IOException {
        return new ImpactBuild(BuildSettings.of(project, true).withOutputTimestamp("2026-11-22T00:00:00Z").withPdf(pdf)).run();
    }

    @Test
    void theReportAndEachCaseStudyPrintWhatTheirPagesShow() throws Exception {
        Path project = project("a");
        BuildResult result = build(project, true);
        assertThat(result.problems().errors()).isEmpty();
        Path site = project.resolve("target/impact-site");
        printsWhatThePagesShow(site);
        try (PDDocument report = Loader.loadPDF(site.resolve("report.pdf").toFile())) {
            String text = text(report);
            assertThat(report.getDocumentInformation().getTitle()).isEqualTo("清洁水项目 Clean water: results 2019–2023");
            assertThat(report.getDocumentInformation().getAuthor()).isEqualTo("水之友 Friends of Water");
            assertThat(report.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(report.getDocumentInformation().getCreationDate().toInstant()).hasToString("2026-11-22T00:00:00Z");
            assertThat(text).contains("微博粉丝", "孩子们的声音被听见了", "more than 20,000");
            assertThat(text).as("right to left kept").contains("קול הילדים ברשת");
            // drawn in joined forms, which a reader's copy and search give back as the letters
            assertThat(text).as("Arabic joined and right to left").contains("صوت الأطفال");
            StringBuilder drawn = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String t, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> drawn.append(p.getUnicode()));
                }
            }.getText(report);
            assertThat(drawn.toString()).as("lam and hamza-alef drawn as their ligature, sad as its initial form")
                    .contains("\uFEF7", "\uFEBB");
            assertThat(fonts(report)).extracting(PDFont::getName).anyMatch(n -> n.contains("WenQuanYi"));
        }
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("footer a[href=report.pdf]")).hasSize(1);
        assertThat(home.select(".downloads a[href=report.pdf]")).hasSize(1);
        assertThat(home.select(".downloads p").text()).startsWith("The whole report as a PDF");

        Path zh = site.resolve("case-studies/weibo-zh/weibo-zh.pdf");
        try (PDDocument one = Loader.loadPDF(zh.toFile())) {
            String text = text(one);
            assertThat(one.getDocumentInformation().getTitle()).isEqualTo("微博上的儿童权利运动");
            assertThat(text).contains("微博上的儿童权利运动", "more than 20,000", "60,000", "微博报告");
            assertThat(text).as("only its own case study").doesNotContain("Pupils", "Taps");
            assertThat(outline(one)).containsExactly("微博上的儿童权利运动");
        }
    }

    @Test
    void theSameSourcesGiveTheSameBytesAndThePdfCanBeLeftOut() throws Exception {
        Path a = project("a");
        Path b = project("b");
        build(a, true);
        build(b, true);
        for (String pdf : List.of("report.pdf", "case-studies/weibo-zh/weibo-zh.pdf", "case-studies/school-taps/school-taps.pdf")) {
            assertThat(Files.readAllBytes(b.resolve("target/impact-site").resolve(pdf)))
                    .as(pdf).isEqualTo(Files.readAllBytes(a.resolve("target/impact-site").resolve(pdf)));
        }

        // the same sources without the PDFs are not "up to date": the report is written again without them
        BuildResult without = build(a, false);
        assertThat(without.problems().errors()).isEmpty();
        assertThat(without.written()).isTrue();
        Path site = a.resolve("target/impact-site");
        List<String> pdfs;
        try (Stream<Path> s = Files.walk(site)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).map(Path::toString).toList();
        }
        assertThat(pdfs).isEmpty();
        assertThat(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)).doesNotContain(".pdf", "as a PDF");
    }

    @Test
    void aPortfolioTooLargeForOneBookListsItsCaseStudiesPdfs() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("large"));
        Path studies = project.resolve("src/impact/case-studies");
        for (int i = 1; i <= org.impactsite.pdf.Pdfs.WHOLE; i++) {
            Files.writeString(studies.resolve(String.format("story-%03d.md", i)),
                    "---\ntitle: Story number " + i + "\nperiod: 2022\n---\nA short story.\n");
        }
        BuildResult result = build(project, true);
        assertThat(result.problems().errors()).isEmpty();
        Path site = project.resolve("target/impact-site");
        try (PDDocument report = Loader.loadPDF(site.resolve("report.pdf").toFile())) {
            String text = text(report);
            assertThat(text).contains("Story number 1 ", "Story number 200", "are each a PDF of their own");
            assertThat(text).as("the stories are in their own PDFs").doesNotContain("A short story.");
            assertThat(outline(report)).contains("Overview", "Case studies").doesNotContain("Story number 7");
            List<String> links = new ArrayList<>();
            for (PDPage page : report.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains("https://water.example.org/report/case-studies/story-007/story-007.pdf");
        }
        assertThat(site.resolve("case-studies/story-007/story-007.pdf")).isRegularFile();
    }

    /** A PNG that says it is {@code width} by {@code height} (its header alone: nothing to decode behind it). */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    @Test
    void aPictureTooLargeToDecodeSafelyPrintsAsItsDescription() throws Exception {
        Path project = ImpactBuildTest.copyFixture("portfolio", dir.resolve("pictures"));
        Path folder = project.resolve("src/impact/case-studies/pictures");
        Files.createDirectories(folder);
        Files.write(folder.resolve("huge.png"), pngHeader(40_000, 40_000));
        java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(small, "png", folder.resolve("small.png").toFile());
        Files.writeString(folder.resolve("index.md"), "---\ntitle: Pictures\nperiod: 2024\n---\n"
                + "![A map of every village](huge.png)\n\n![The team at work](small.png)\n");
        BuildResult result = build(project, true);
        assertThat(result.problems().errors()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(project.resolve("target/impact-site/case-studies/pictures/pictures.pdf").toFile())) {
            assertThat(text(pdf)).contains("A map of every village");
            assertThat(images(pdf)).as("only the small picture is drawn").singleElement()
                    .satisfies(i -> assertThat(i.getWidth()).isEqualTo(40));
        }
    }

    @Test
    void aPrintStyleThePdfMakerCannotLayOutIsALocatedMistakeAndTheLastReportStays() throws Exception {
        Path project = project("d");
        assertThat(build(project, true).problems().errors()).isEmpty();
        Path report = project.resolve("target/impact-site/report.pdf");
        byte[] before = Files.readAllBytes(report);
        Path style = project.resolve("src/impact/templates/print.css");
        Files.createDirectories(style.getParent());
        Files.writeString(style, "li { float: left; width: 40mm; }\n");
        BuildResult broken = build(project, true);
        assertThat(broken.written()).isFalse();
        assertThat(broken.problems().errors()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("src/impact/templates/print.css:1:1");
            assertThat(p.message()).startsWith("the PDF ").contains("could not be made");
            assertThat(p.hint()).contains("-Dimpact.pdf=false");
        });
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
    }

    /**
     * What the pages of a report show is in its report.pdf: every case study's title (in the
     * outline too), every headline total and every key figure with its label, each chart as a
     * tagged figure with its description and drawn as vectors; the fonts embedded, the PDF tagged,
     * titled and in the report's language; and each case study's page links to its own PDF.
     */
    public static void printsWhatThePagesShow(Path site) throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<Path> pages;
        try (Stream<Path> s = Files.list(site.resolve("case-studies"))) {
            pages = s.map(d -> d.resolve("index.html")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        try (PDDocument report = Loader.loadPDF(site.resolve("report.pdf").toFile())) {
            // a line may break anywhere in Chinese text: what the pages show is looked for without white space
            String text = flat(new PDFTextStripper().getText(report));
            assertThat(report.getDocumentInformation().getTitle()).isEqualTo(home.selectFirst("h1").text());
            assertThat(report.getDocumentCatalog().getLanguage()).isEqualTo(home.selectFirst("html").attr("lang"));
            assertThat(report.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(report.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<String> figures = new ArrayList<>();
            figures(report.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            List<String> outline = outline(report);
            for (Element h : home.select(".headline")) {
                assertThat(text).contains(flat(h.selectFirst(".headline-figure").text()));
            }
            int charts = home.select("figure.chart").size();
            for (Path page : pages) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                charts += html.select("figure.chart").size();
                String title = html.selectFirst("h1").text();
                assertThat(text).as("the title of " + page).contains(flat(title));
                assertThat(outline).as("the outline").contains(title);
                for (Element desc : html.select("figure.chart .chart-desc")) {
                    assertThat(figures).as("each chart is a tagged figure with its description").contains(desc.text());
                }
                for (Element tile : html.select(".tile")) {
                    assertThat(text).as("a figure of " + page).contains(flat(tile.selectFirst(".tile-figure").text()));
                    assertThat(text).contains(flat(tile.selectFirst(".tile-label").text()));
                }
                String own = page.getParent().getFileName() + ".pdf";
                assertThat(html.select("a[href$=.pdf]").eachAttr("href")).as("the page links to its PDF").contains(own);
                assertThat(page.resolveSibling(own)).isRegularFile();
            }
            assertThat(fonts(report)).isNotEmpty().allMatch(PDFont::isEmbedded)
                    .extracting(PDFont::getName).anyMatch(n -> n.contains("DejaVuSans"));
            assertThat(images(report)).as("charts are vectors, not pictures").isEmpty();
            assertThat(forms(report)).as("one drawing per chart").isGreaterThanOrEqualTo(charts);
        }
        try {
            assertThat(pdfUaFailures(site.resolve("report.pdf"))).as("PDF/UA-1, as veraPDF checks it").isEmpty();
            assertThat(pdfUaFailures(pages.get(0).resolveSibling(pages.get(0).getParent().getFileName() + ".pdf")))
                    .as("a case study's PDF/UA-1").isEmpty();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rules of PDF/UA-1 the veraPDF validator checks that a PDF breaks, each as
     * {@code clause-test: message}; none is the aim.
     */
    public static List<String> pdfUaFailures(Path pdf) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        List<String> failures = new ArrayList<>();
        try (var in = Files.newInputStream(pdf);
                var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(in, flavour);
                var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour, false)) {
            var result = validator.validate(parser);
            for (var t : result.getTestAssertions()) {
                if (t.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED) {
                    failures.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage());
                }
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add("not compliant, with no failed rule named");
            }
        }
        return failures.stream().distinct().toList();
    }

    /** The text of a PDF with every run of white space made one space. */
    static String text(PDDocument doc) throws IOException {
        return squash(new PDFTextStripper().getText(doc));
    }

    static String flat(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    static List<String> outline(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    /** The alternative texts of every Figure of a structure tree. */
    static void figures(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources r = page.getResources();
            for (COSName n : r.getFontNames()) {
                fonts.add(r.getFont(n));
            }
        }
        return fonts;
    }

    static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), images, new int[1]);
        }
        return images;
    }

    static int forms(PDDocument doc) throws IOException {
        int[] forms = new int[1];
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), new ArrayList<>(), forms);
        }
        return forms[0];
    }

    private static void collect(PDResources r, List<PDImageXObject> images, int[] forms) throws IOException {
        if (r == null) {
            return;
        }
        for (COSName n : r.getXObjectNames()) {
            PDXObject x = r.getXObject(n);
            if (x instanceof PDImageXObject img) {
                images.add(img);
            } else if (x instanceof PDFormXObject form) {
                forms[0]++;
                collect(form.getResources(), images, forms);
            }
        }
    }
}
