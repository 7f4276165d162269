package org.impactsite.publish;
import org.impactsite.plan.SitePlan;

/** {@code robots.txt}: every page may be read; the sitemap is named when there is one. */
final class Robots {

    static final String PATH = SitePlan.ROBOTS;

    private Robots() {
    }

    /** @param sitemapUrl absolute address of the sitemap, or "" for none */
    static String of(String sitemapUrl) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!sitemapUrl.isEmpty()) {
            out.append("\nSitemap: ").append(sitemapUrl).append('\n');
        }
        return out.toString();
    }
}
