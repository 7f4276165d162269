package org.impactsite.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.impactsite.chart.ChartMaker.PrintChart;
import org.impactsite.portfolio.Addresses;
import org.impactsite.site.LinkChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of the site made into parts of a printed book: the content of each page without
 * what only a screen needs (navigation, filters, download buttons, the phone layout of charts),
 * every figure's working opened out (what a headline adds up, each chart's data), ids made
 * unique in the book, links to pages the book holds turned into links inside it, other links
 * into the site made absolute under the report's address (or plain text without one), charts
 * marked for drawing as vectors, and pictures read from the site's own files.
 */
final class PrintParts {

    /** The scheme under which the PDF reads the site's own files (pictures); nothing else is read. */
    static final String SITE = "impact:";
    /** The type of the element a chart is drawn into. */
    static final String CHART_TYPE = "application/x-impact-chart";

    /** Where in the book each page of the site is: the page's path, and the id of its part. */
    private final Map<String, String> anchors;
    private final String baseUrl;
    private final Function<String, Optional<PrintChart>> charts;
    private java.util.function.Predicate<String> printable = path -> true;

    /** How wide a chart is drawn on the page, in millimetres: the width of A4 less print.css's margins, and a little air. */
    static final double CHART_WIDTH_MM = 170;

    /**
     * @param anchors the id of the part each page of the book becomes, by the page's path
     * @param baseUrl the report's address; empty when it has none
     * @param charts  a chart by its page and id, for its size
     */
    PrintParts(Map<String, String> anchors, String baseUrl, Function<String, Optional<PrintChart>> charts) {
        this.anchors = Map.copyOf(anchors);
        this.baseUrl = baseUrl;
        this.charts = charts;
    }

    /** Only the pictures of the site for which {@code test} holds are printed; the others give their text alternative. */
    PrintParts printing(java.util.function.Predicate<String> test) {
        this.printable = test;
        return this;
    }

    /** The id of the part the page at {@code path} becomes. */
    String anchor(String path) {
        return anchors.get(path);
    }

    /** The case study page's article, made fit for print. */
    Element caseStudy(String html, String path) {
        Element article = Jsoup.parse(html).selectFirst("article.case-study");
        if (article == null) {
            throw new IllegalStateException(path + " has no article.case-study");
        }
        return adapt(article, path);
    }

    /** A free page's article, made fit for print. */
    Element freePage(String html, String path) {
        Document page = Jsoup.parse(html);
        Element article = page.selectFirst("main article");
        return adapt(article != null ? article : page.selectFirst("main"), path);
    }

    /** The home page's introduction, headline figures and portfolio charts, made fit for print. */
    Element overview(String html, String path) {
        Element main = Jsoup.parse(html).selectFirst("main");
        Element part = new Element("section");
        Element intro = main.selectFirst(".hero .intro");
        if (intro != null) {
            part.appendChild(intro);
        }
        for (String id : new String[] {"headlines", "charts"}) {
            Element heading = main.getElementById(id);
            Element section = heading == null ? null : heading.closest("section");
            if (section != null) {
                part.appendChild(section);
            }
        }
        return adapt(part, path);
    }

    private Element adapt(Element part, String path) {
        String prefix = anchors.get(path);
        part.select("nav, script, .downloads, .chart-narrow, .skip-link, .card-filter").remove();
        part.select("[download]").removeAttr("download");
        // tiles side by side are not a list to the PDF's tags (its line boxes come between list and
        // item), so they are groups: a reader hears each figure with its label all the same
        for (Element list : part.select("ul.tiles, ul.headlines")) {
            list.tagName("div");
            list.children().forEach(item -> item.tagName("div"));
        }
        for (Element details : part.select("details")) {
            details.tagName("div").addClass("details").removeAttr("open");
        }
        for (Element summary : part.select("summary")) {
            summary.tagName("p").addClass("summary");
        }
        for (Element bar : part.select("progress")) {
            String value = bar.attr("value");
            double percent = parse(value);
            Element track = new Element("span").addClass("bar");
            track.appendElement("span").addClass("bar-fill")
                    .attr("style", String.format(Locale.ROOT, "width: %.1f%%", Math.max(0, Math.min(100, percent))));
            bar.replaceWith(track);
        }
        for (Element chart : part.select(".chart-svg")) {
            Element figure = chart.closest("figure.chart");
            String id = figure == null ? "" : figure.id();
            String alt = figure == null ? "" : figure.select(".chart-desc").text();
            Optional<PrintChart> drawing = charts.apply(path + "#" + id);
            if (drawing.isEmpty()) {
                chart.remove();
                continue;
            }
            double height = CHART_WIDTH_MM * drawing.get().height() / drawing.get().width();
            chart.empty().appendElement("object").attr("type", CHART_TYPE).attr("data", path + "#" + id).attr("alt", alt)
                    .addClass("chart-drawing")
                    .attr("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", CHART_WIDTH_MM, height));
        }
        for (Element img : part.select("img[src]")) {
            String src = img.attr("src");
            String target = LinkChecker.resolve(path, stripFragment(src));
            if (external(src) || target == null || target.toLowerCase(Locale.ROOT).endsWith(".svg") || !printable.test(target)) {
                // a picture elsewhere is not fetched (the PDF is made from the project alone), an SVG
                // picture is not drawn, nor one too large to decode safely: its text alternative stands in
                img.replaceWith(new Element("span").addClass("picture-elsewhere").text(img.attr("alt")));
            } else {
                img.attr("src", SITE + "/" + target);
            }
        }
        for (Element a : part.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                a.attr("href", "#" + prefix + "--" + href.substring(1));
            } else if (!external(href)) {
                link(a, path, href);
            }
        }
        // a paragraph that starts in Hebrew or Arabic reads from right to left, as dir=auto
        // has it: the PDF library orders the runs of mixed text only within such a paragraph
        for (Element e : part.select("p, h1, h2, h3, h4, h5, h6, li, dd, dt, td, th, caption, figcaption, blockquote")) {
            if (!e.hasAttr("dir") && JdkBidi.direction(e.text()) == com.openhtmltopdf.bidi.BidiSplitter.RTL) {
                e.attr("dir", "rtl");
            }
        }
        for (Element e : part.select("[id]")) {
            e.attr("id", prefix + "--" + e.id());
        }
        part.attr("id", prefix);
        return part;
    }

    /** A link into the site: inside the book when it holds the page, else to the report's address, else plain text. */
    private void link(Element a, String from, String href) {
        int hash = href.indexOf('#');
        String target = LinkChecker.resolve(from, hash < 0 ? href : href.substring(0, hash));
        if (target == null) {
            a.unwrap();
            return;
        }
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        String anchor = anchors.get(target);
        if (anchor != null) {
            a.attr("href", "#" + anchor + (fragment == null || fragment.isEmpty() ? "" : "--" + fragment));
        } else if (!baseUrl.isEmpty()) {
            a.attr("href", Addresses.absolute(baseUrl, target) + (fragment == null ? "" : "#" + fragment));
        } else {
            a.unwrap();
        }
    }

    private static boolean external(String href) {
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) || href.startsWith("//");
    }

    private static String stripFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
