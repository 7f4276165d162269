package org.impactsite.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.impactsite.validate.Segments;

/**
 * The stable, site-relative addresses of the report's pages. Every address names its
 * {@code index.html}, so links work from disk and from any sub-path of any host.
 */
public final class Addresses {

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Addresses() {
    }

    public static String home() {
        return "index.html";
    }

    public static String caseStudy(String slug) {
        return "case-studies/" + segment(slug) + "/index.html";
    }

    /** A free page from {@code pages/}. */
    public static String page(String slug) {
        return segment(slug) + "/index.html";
    }

    public static String themes() {
        return "themes/index.html";
    }

    public static String theme(String name) {
        return "themes/" + slugify(name) + "/index.html";
    }

    public static String channels() {
        return "channels/index.html";
    }

    public static String channel(String name) {
        return "channels/" + slugify(name) + "/index.html";
    }

    public static String countries() {
        return "countries/index.html";
    }

    /** @param code ISO 3166-1 alpha-2; written in lower case */
    public static String country(String code) {
        return "countries/" + slugify(code) + "/index.html";
    }

    public static String years() {
        return "years/index.html";
    }

    public static String year(int year) {
        return "years/" + year + "/index.html";
    }

    public static String awards() {
        return "awards/index.html";
    }

    public static String notFound() {
        return "404.html";
    }

    /**
     * A name (a theme's, a channel's) as one path segment: see {@link Segments#of}.
     */
    public static String slugify(String name) {
        return Segments.of(name);
    }

    /**
     * The relative link from one page of the site to another file of the site, each segment
     * percent-encoded: from {@code case-studies/a/index.html} to {@code assets/x.svg} is
     * {@code ../../assets/x.svg}.
     */
    public static String relative(String fromPage, String toPath) {
        Objects.requireNonNull(fromPage, "fromPage");
        Objects.requireNonNull(toPath, "toPath");
        String[] from = fromPage.split("/", -1);
        String[] to = toPath.split("/", -1);
        int fromDirs = from.length - 1;
        int common = 0;
        while (common < fromDirs && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < fromDirs; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            sb.append(encode(to[i]));
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    /** A case study's open data, beside its page: {@code case-studies/<slug>/data.json}. */
    public static String caseStudyJson(String slug) {
        return "case-studies/" + segment(slug) + "/data.json";
    }

    /** A case study's figures as CSV rows: {@code case-studies/<slug>/data.csv}. */
    public static String caseStudyCsv(String slug) {
        return "case-studies/" + segment(slug) + "/data.csv";
    }

    /** The open data of the whole report. */
    public static String portfolioJson() {
        return "data/portfolio.json";
    }

    /** The whole report as one PDF, at the root of the site. */
    public static String reportPdf() {
        return "report.pdf";
    }

    /** A case study as a PDF of its own, beside its page: {@code case-studies/<slug>/<slug>.pdf}. */
    public static String caseStudyPdf(String slug) {
        return "case-studies/" + segment(slug) + "/" + segment(slug) + ".pdf";
    }

    /** The results as IATI 2.03 activities, when site.yaml has {@code iati}. */
    public static String iatiActivities() {
        return "data/iati-activities.xml";
    }

    /** The figures of every case study as CSV rows under one header. */
    public static String portfolioCsv() {
        return "data/portfolio.csv";
    }

    /** The social-media picture of a case study: {@code case-studies/<slug>/card.png}. */
    public static String caseStudyCard(String slug) {
        return "case-studies/" + segment(slug) + "/card.png";
    }

    /** The social-media picture of the report as a whole. */
    public static String siteCard() {
        return "card.png";
    }

    /**
     * The absolute address of a site file under {@code baseUrl} (which ends with a slash), a page
     * named by its folder: {@code case-studies/a/index.html} is {@code <baseUrl>case-studies/a/}.
     * Empty when there is no {@code baseUrl}.
     */
    public static String absolute(String baseUrl, String sitePath) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return "";
        }
        String path = sitePath.equals("index.html") ? ""
                : sitePath.endsWith("/index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length())
                : sitePath;
        return baseUrl + relative("index.html", path.isEmpty() ? "" : path);
    }

    /**
     * Where the site starts on its host, for the "not found" page, which a host serves at any
     * depth: {@code /report/} for {@code https://example.org/report/}; "" without a base URL.
     * A path, not the full address, so the page loads its styles from whatever host serves it.
     */
    public static String rootPath(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return "";
        }
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    public static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String segment(String slug) {
        Objects.requireNonNull(slug, "slug");
        if (slug.isEmpty() || slug.contains("/") || slug.equals(".") || slug.equals("..")) {
            throw new IllegalArgumentException("unsafe slug: " + slug);
        }
        return slug;
    }
}
