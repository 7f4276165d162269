package org.impactsite.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.Spill;


/**
 * Checks that every link and image inside the site's HTML pages lands on a file of the site.
 * Links to other hosts, {@code mailto:} and fragments on the same page are not followed.
 */
public final class LinkChecker {

    private final String rootPath;

    /** A checker for a site whose pages link only relatively. */
    public LinkChecker() {
        this("/");
    }

    /**
     * @param rootPath where the site starts on its host ({@code /report/}): a link from the
     *                 root ({@code /report/theme/style.css}) lands inside the site only under it
     */
    public LinkChecker(String rootPath) {
        this.rootPath = rootPath.isEmpty() ? "/" : rootPath;
    }

    /** A link that lands nowhere. */
    public record BrokenLink(String page, String target) {
        @Override
        public String toString() {
            return page + " links to " + target + ", which is not in the site";
        }
    }

    public List<BrokenLink> check(List<SiteFile> files) {
        Set<String> present = new HashSet<>();
        for (SiteFile f : files) {
            present.add(f.path());
        }
        List<BrokenLink> broken = new ArrayList<>();
        for (SiteFile f : files) {
            broken.addAll(checkPage(f, present));
        }
        return broken;
    }

    /** The broken links of one file of the site (none unless it is a generated HTML page). */
    public List<BrokenLink> checkPage(SiteFile f, Set<String> present) {
        return checkPage(f, Spill.none(), present);
    }

    /** The broken links of one file, whose bytes may be in {@code spill}. */
    public List<BrokenLink> checkPage(SiteFile f, Spill spill, Set<String> present) {
        if (!f.path().endsWith(".html") || f.content() == null && !spill.holds(f)) {
            return List.of();
        }
        List<BrokenLink> broken = new ArrayList<>();
        for (String ref : HtmlReferences.of(new String(spill.bytes(f), StandardCharsets.UTF_8))) {
            String target = resolve(f.path(), fromRoot(ref));
            if (target != null && !present.contains(target)) {
                broken.add(new BrokenLink(f.path(), ref));
            }
        }
        return broken;
    }

    /** A link from the host's root made relative to the site's root; other links as they are. */
    private String fromRoot(String ref) {
        String r = ref.trim();
        if (!r.startsWith("/") || r.startsWith("//")) {
            return ref;
        }
        return r.startsWith(rootPath) ? "/" + r.substring(rootPath.length()) : "/(outside the site)" + r;
    }

    /** The site path a reference on {@code page} points to, or null when it leaves the site. */
    static String resolve(String page, String ref) {
        String r = ref.trim();
        String lower = r.toLowerCase(Locale.ROOT);
        if (r.isEmpty() || r.startsWith("#") || lower.startsWith("http:") || lower.startsWith("https:")
                || lower.startsWith("mailto:") || lower.startsWith("data:") || r.startsWith("//")) {
            return null;
        }
        try {
            URI base = new URI("site", "x", "/" + page, null);
            URI resolved = base.resolve(new URI(r));
            String path = resolved.getPath();
            if (path == null) {
                return null;
            }
            path = path.startsWith("/") ? path.substring(1) : path;
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            return path;
        } catch (URISyntaxException e) {
            return "(unreadable address) " + r;
        }
    }
}
