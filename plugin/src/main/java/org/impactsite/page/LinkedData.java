package org.impactsite.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.publish.Json;

/**
 * schema.org JSON-LD for the head of the home page (the report as a {@code Dataset} with a
 * {@code DataDownload} for each of its files) and of each case study ({@code Article} and the
 * {@code Dataset} of its figures), so dataset search engines find the downloads. Addresses are
 * absolute with {@code baseUrl}, else relative to the page. The JSON escapes {@code <}, {@code >}
 * and {@code &}, so no text of it can end the script element it sits in.
 */
final class LinkedData {

    private LinkedData() {
    }

    /** The report's files a reader can download, with their media types, among those published. */
    static List<String[]> downloads(Set<String> published, String... pathAndType) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < pathAndType.length; i += 2) {
            if (published.contains(pathAndType[i])) {
                out.add(new String[] {pathAndType[i], pathAndType[i + 1]});
            }
        }
        return out;
    }

    static String home(SiteConfig site, String description, List<String[]> downloads, List<CaseStudy> studies) {
        String at = Addresses.home();
        List<Object> parts = new ArrayList<>();
        for (CaseStudy cs : studies) {
            parts.add(Json.obj().put("@type", "Article").put("headline", cs.title())
                    .put("url", address(site, at, Addresses.caseStudy(cs.slug()))));
        }
        Json.Obj dataset = Json.obj().put("@context", "https://schema.org").put("@type", "Dataset")
                .put("name", site.title()).put("description", description(description, site.title()))
                .put("inLanguage", site.language());
        if (!site.baseUrl().isEmpty()) {
            dataset.put("url", site.baseUrl());
        }
        if (site.organization() != null) {
            dataset.put("creator", Json.obj().put("@type", "Organization").put("name", site.organization()));
        }
        dataset.put("distribution", distribution(site, at, downloads));
        dataset.put("hasPart", parts);
        return Json.write(dataset);
    }

    static String caseStudy(SiteConfig site, CaseStudy cs, String description, List<String[]> downloads) {
        String at = Addresses.caseStudy(cs.slug());
        String url = address(site, at, at);
        Json.Obj article = Json.obj().put("@type", "Article").put("headline", cs.title())
                .put("description", description(description, cs.title())).put("inLanguage", site.language()).put("url", url);
        if (cs.organization() != null) {
            article.put("author", Json.obj().put("@type", "Organization").put("name", cs.organization()));
        }
        List<Object> basedOn = new ArrayList<>();
        cs.sources().stream().filter(s -> s.url() != null).forEach(s -> basedOn.add(s.url()));
        if (!basedOn.isEmpty()) {
            article.put("isBasedOn", basedOn);
        }
        Json.Obj dataset = Json.obj().put("@type", "Dataset").put("name", cs.title())
                .put("description", description(description, cs.title())).put("url", url)
                .put("distribution", distribution(site, at, downloads));
        return Json.write(Json.obj().put("@context", "https://schema.org").put("@graph", List.of(article, dataset)));
    }

    private static List<Object> distribution(SiteConfig site, String at, List<String[]> downloads) {
        List<Object> out = new ArrayList<>();
        for (String[] d : downloads) {
            out.add(Json.obj().put("@type", "DataDownload").put("encodingFormat", d[1]).put("contentUrl", address(site, at, d[0])));
        }
        return out;
    }

    private static String address(SiteConfig site, String at, String path) {
        if (!site.baseUrl().isEmpty()) {
            return Addresses.absolute(site.baseUrl(), path);
        }
        String relative = Addresses.relative(at, path).replaceFirst("(^|/)index\\.html$", "$1");
        return relative.isEmpty() ? "./" : relative;
    }

    /** A dataset's description: search engines ask for one; the title when there is no other. */
    private static String description(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
