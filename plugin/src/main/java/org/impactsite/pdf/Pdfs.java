package org.impactsite.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.impactsite.chart.ChartMaker;
import org.impactsite.chart.ChartMaker.PrintChart;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.model.Funder;
import org.impactsite.model.SiteConfig;
import org.impactsite.page.PageRenderer;
import org.impactsite.plan.SiteFile;
import org.impactsite.portfolio.Addresses;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report's PDFs: {@code report.pdf} (cover, contents, the overview of the home page, every
 * case study, the free pages) and one per case study beside its page, made from the pages the
 * build rendered, the theme's {@code print.ftlh} and {@code print.css}, and the charts drawn
 * again as vectors.
 */
public final class Pdfs {

    /**
     * The most case studies report.pdf holds in full (at the benchmark's length, about 950
     * pages); a larger portfolio's report.pdf has the cover, the overview and the free pages,
     * and lists the case studies with a link to each one's own PDF: a book of thousands of pages
     * helps no reader, and its layout would need gigabytes of memory.
     */
    public static final int WHOLE = 200;

    private final Portfolio portfolio;
    private final PageRenderer renderer;
    private final ChartMaker charts;
    private final Function<String, byte[]> site;
    private final Instant date;
    private final Map<String, CaseStudy> byPage = new LinkedHashMap<>();
    private final Map<String, List<PrintChart>> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PrintChart>> eldest) {
            return size() > 16;
        }
    };

    /**
     * @param site the bytes of a file of the site by its path (its pages, pictures), null when it has none
     * @param date the report's date ({@code outputTimestamp}); null leaves the PDFs undated
     */
    public Pdfs(Portfolio portfolio, PageRenderer renderer, ChartMaker charts, Function<String, byte[]> site, Instant date) {
        this.portfolio = portfolio;
        this.renderer = renderer;
        this.charts = charts;
        this.site = site;
        this.date = date;
        portfolio.caseStudies().forEach(cs -> byPage.put(Addresses.caseStudy(cs.slug()), cs));
    }

    /** Every PDF of the report; a template that fails is reported in {@code problems} and its PDFs left out. */
    public List<SiteFile> all(Problems problems) {
        // the whole report is one long layout: it runs on a thread of its own beside the case studies' PDFs
        java.util.concurrent.CompletableFuture<Optional<SiteFile>> whole = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> report(problems), task -> {
                    Thread t = new Thread(task, "impact-site report.pdf");
                    t.setDaemon(true);
                    t.start();
                });
        List<SiteFile> out;
        try {
            out = new ArrayList<>(portfolio.caseStudies().parallelStream()
                    .map(cs -> caseStudy(cs, problems)).flatMap(Optional::stream).toList());
        } catch (RuntimeException e) {
            whole.handle((made, failed) -> made).join(); // no PDF is still being made once the build goes on
            throw e;
        }
        try {
            whole.join().ifPresent(out::add);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, say: reported as such, with how much to give
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return out;
    }

    /** The whole report as one PDF. */
    Optional<SiteFile> report(Problems problems) {
        SiteConfig s = portfolio.project().site();
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put(Addresses.home(), "overview");
        portfolio.caseStudies().forEach(cs -> anchors.put(Addresses.caseStudy(cs.slug()), "cs-" + cs.slug()));
        portfolio.project().pages().forEach(pg -> anchors.put(Addresses.page(pg.slug()), "page-" + pg.slug()));
        boolean whole = portfolio.caseStudies().size() <= WHOLE;
        if (!whole) {
            // the case studies are in their own PDFs: links to them are links out of this one
            portfolio.caseStudies().forEach(cs -> anchors.remove(Addresses.caseStudy(cs.slug())));
        }
        PrintParts parts = new PrintParts(anchors, s.baseUrl(), this::chart).printing(this::printable);
        Element overview = parts.overview(page(Addresses.home()), Addresses.home());
        List<Map<String, Object>> chapters = new ArrayList<>();
        List<Map<String, String>> apart = new ArrayList<>();
        for (CaseStudy cs : portfolio.caseStudies()) {
            if (whole) {
                chapters.add(chapter(parts.caseStudy(page(Addresses.caseStudy(cs.slug())), Addresses.caseStudy(cs.slug())), cs.title()));
            } else {
                String pdf = Addresses.caseStudyPdf(cs.slug());
                apart.add(Map.of("title", cs.title(), "href", s.baseUrl().isEmpty() ? pdf : Addresses.absolute(s.baseUrl(), pdf)));
            }
        }
        List<Map<String, Object>> pages = new ArrayList<>();
        for (FreePage pg : portfolio.project().pages()) {
            pages.add(chapter(parts.freePage(page(Addresses.page(pg.slug())), Addresses.page(pg.slug())), pg.title()));
        }
        Map<String, Object> book = book(true, s.title(), s.title(), overview.childrenSize() == 0 ? "" : overview.html(), chapters, pages);
        book.put("apart", apart);
        return make(Addresses.reportPdf(), book, s.title(), problems);
    }

    /** One case study as a PDF of its own. */
    Optional<SiteFile> caseStudy(CaseStudy cs, Problems problems) {
        SiteConfig s = portfolio.project().site();
        String at = Addresses.caseStudy(cs.slug());
        PrintParts parts = new PrintParts(Map.of(at, "cs-" + cs.slug()), s.baseUrl(), this::chart).printing(this::printable);
        Map<String, Object> chapter = chapter(parts.caseStudy(page(at), at), cs.title());
        Map<String, Object> book = book(false, cs.title(), s.title(), "", List.of(chapter), List.of());
        return make(Addresses.caseStudyPdf(cs.slug()), book, cs.title(), problems);
    }

    /** @param whole whether the book has a cover and contents (the report), or only a line naming the report (a case study) */
    private Map<String, Object> book(boolean whole, String title, String report, String overview, List<Map<String, Object>> chapters,
            List<Map<String, Object>> pages) {
        SiteConfig s = portfolio.project().site();
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("title", title);
        book.put("report", report);
        book.put("whole", whole);
        book.put("funders", s.funders().stream().map(Funder::name).toList());
        book.put("address", s.baseUrl());
        book.put("accent", s.accent());
        book.put("overview", overview);
        book.put("chapters", chapters);
        book.put("pages", pages);
        book.put("apart", List.of());
        return book;
    }

    private Optional<SiteFile> make(String path, Map<String, Object> book, String title, Problems problems) {
        SiteConfig s = portfolio.project().site();
        Optional<String> html = renderer.book(portfolio, book, problems);
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Document doc = Jsoup.parse(html.get());
        // the outline is read from the head, where the HTML parser does not keep an unknown element
        doc.select("bookmarks").forEach(b -> doc.head().appendChild(b));
        String author = s.organization() == null ? "" : s.organization();
        PdfMaker.Meta meta = new PdfMaker.Meta(title, author, s.title(), s.locale().toLanguageTag(),
                "rtl".equals(doc.selectFirst("html").attr("dir")), date);
        try {
            return Optional.of(SiteFile.of(path, new PdfMaker(this::chart, site).make(doc, html.get(), meta)));
        } catch (IOException | RuntimeException e) {
            throw new Failure(path, e);
        }
    }

    /** A chapter of the book: its part, title, and the sections its outline lists. */
    private static Map<String, Object> chapter(Element part, String title) {
        List<Map<String, String>> sections = new ArrayList<>();
        for (Element h2 : part.select("h2[id]")) {
            if (!h2.hasClass("visually-hidden")) {
                sections.add(Map.of("id", h2.id(), "title", h2.text()));
            }
        }
        Map<String, Object> chapter = new LinkedHashMap<>();
        chapter.put("id", part.id());
        chapter.put("title", title);
        chapter.put("html", part.outerHtml());
        chapter.put("sections", sections);
        return chapter;
    }

    private String page(String path) {
        byte[] bytes = site.apply(path);
        if (bytes == null) {
            throw new IllegalStateException("the page " + path + " was not made");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The most pixels a picture of a story may have to be printed: decoding one costs memory in proportion (25 million: 5,000 by 5,000). */
    static final long MAX_PIXELS = 25_000_000L;

    /**
     * Whether the site's picture at {@code path} is one the PDF can draw without a risk to the
     * build: a PNG, JPEG or GIF whose size, read from its header alone, is at most {@link #MAX_PIXELS}.
     */
    boolean printable(String path) {
        byte[] bytes = site.apply(path);
        if (bytes == null) {
            return false;
        }
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A chart by its page and id ({@code case-studies/a/index.html#chart-1}, {@code index.html#portfolio-1}). */
    Optional<PrintChart> chart(String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String page = key.substring(0, hash);
        String id = key.substring(hash + 1);
        List<PrintChart> list;
        synchronized (drawn) {
            list = drawn.get(page);
        }
        if (list == null) {
            CaseStudy cs = byPage.get(page);
            list = cs != null ? charts.forPrint(cs) : page.equals(Addresses.home()) ? charts.forPrint(portfolio.project()) : List.of();
            synchronized (drawn) {
                drawn.put(page, list);
            }
        }
        return list.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The PDF library stopped on a book: a print style it cannot lay out, or a fault of its own. */
    public static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String path;

        Failure(String path, Exception cause) {
            super(path + ": " + cause, cause);
            this.path = path;
        }

        /** The PDF that could not be made. */
        public String path() {
            return path;
        }
    }

    /** The bytes of a file of the site as the build holds it: in memory, or the file it is copied from. */
    public static byte[] bytes(SiteFile f, Function<SiteFile, byte[]> spilled) {
        byte[] b = spilled.apply(f);
        if (b != null || f.source() == null) {
            return b;
        }
        try {
            return Files.readAllBytes(f.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
