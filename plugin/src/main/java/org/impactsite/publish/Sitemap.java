package org.impactsite.publish;

import java.util.Collection;
import java.util.List;

import org.impactsite.portfolio.Addresses;
import org.impactsite.plan.SitePlan;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9): every HTML page of the site but the "not found" page,
 * by its absolute folder address under {@code baseUrl}, in path order.
 */
final class Sitemap {

    static final String PATH = SitePlan.SITEMAP;

    private Sitemap() {
    }

    static String of(String baseUrl, Collection<String> sitePaths) {
        List<String> pages = sitePaths.stream()
                .filter(p -> p.endsWith(".html") && !p.equals(Addresses.notFound()))
                .sorted()
                .toList();
        StringBuilder out = new StringBuilder(Xml.DECLARATION);
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            out.append("  <url>").append(Xml.element("loc", Addresses.absolute(baseUrl, page))).append("</url>\n");
        }
        return out.append("</urlset>\n").toString();
    }
}
