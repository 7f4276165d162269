package org.impactsite.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
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

    /**
     * A link that lands nowhere: on no file of the site, or ({@code fragment} not null) on a
     * page without a part of that id.
     */
    public record BrokenLink(String page, String target, String fragment) {

        public BrokenLink(String page, String target) {
            this(page, target, null);
        }

        @Override
        public String toString() {
            return fragment == null ? page + " links to " + target + ", which is not in the site"
                    : page + " links to " + target + ", but that page has no part with the id \"" + fragment + "\"";
        }
    }

    /** One page of the site as read for its links: what it refers to and the ids of its parts. */
    public static final class Page {
        private final String path;
        private final HtmlReferences.Read read;

        private Page(String path, HtmlReferences.Read read) {
            this.path = path;
            this.read = read;
        }
    }

    /** A generated HTML page read for checking (bytes from memory or {@code spill}); empty for other files. */
    public static Optional<Page> read(SiteFile f, Spill spill) {
        if (!f.path().endsWith(".html") || f.content() == null && !spill.holds(f)) {
            return Optional.empty();
        }
        return Optional.of(new Page(f.path(), HtmlReferences.read(new String(spill.bytes(f), StandardCharsets.UTF_8))));
    }

    public List<BrokenLink> check(List<SiteFile> files) {
        Set<String> present = new HashSet<>();
        Map<String, Page> pages = new HashMap<>();
        for (SiteFile f : files) {
            present.add(f.path());
            read(f, Spill.none()).ifPresent(p -> pages.put(p.path, p));
        }
        List<BrokenLink> broken = new ArrayList<>();
        for (SiteFile f : files) {
            Page page = pages.get(f.path());
            if (page != null) {
                broken.addAll(check(page, present, pages));
            }
        }
        return broken;
    }

    /**
     * The broken links of one page: to a file not in {@code present}, or to a part
     * ({@code other/#sources}, {@code #chart-2}) that the page of {@code pages} it lands on lacks.
     */
    public List<BrokenLink> check(Page page, Set<String> present, Map<String, Page> pages) {
        List<BrokenLink> broken = new ArrayList<>();
        for (String ref : page.read.refs()) {
            String r = fromRoot(ref);
            String target = r.trim().startsWith("#") ? page.path : resolve(page.path, r);
            if (target == null) {
                continue;
            }
            if (!present.contains(target)) {
                broken.add(new BrokenLink(page.path, ref));
                continue;
            }
            String fragment = fragment(r);
            Page landing = pages.get(target);
            if (fragment != null && landing != null && !landing.read.ids().contains(fragment)) {
                broken.add(new BrokenLink(page.path, ref, fragment));
            }
        }
        return broken;
    }

    /**
     * The part a link names, decoded; null for none and for the two every page has: the empty
     * fragment and {@code #top}, its start.
     */
    static String fragment(String ref) {
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String f = ref.substring(hash + 1).trim();
        try {
            f = URLDecoder.decode(f.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // an id may be written with a stray %: compared as written
        }
        if (f == null || f.isEmpty() || f.equalsIgnoreCase("top")) {
            return null;
        }
        return f;
    }

    /** A link from the host's root made relative to the site's root; other links as they are. */
    private String fromRoot(String ref) {
        String r = ref.trim();
        if (!r.startsWith("/") || r.startsWith("//")) {
            return ref;
        }
        return r.startsWith(rootPath) ? "/" + r.substring(rootPath.length()) : "/(outside the site)" + r;
    }

    /**
     * {@link #resolve} for the links a theme writes (letters, digits, {@code . - _ ~ /}, then
     * perhaps a query or part), without parsing them as addresses: the same path the parse gives;
     * null for any other link, for one whose {@code ..} would climb above the site, and for an
     * absolute path with dot segments.
     */
    static String plain(String page, String ref) {
        int end = ref.length();
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '#' || c == '?') {
                end = i;
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
                    || c == '~' || c == '/')) {
                return null;
            }
        }
        if (end == 0) {
            return null;
        }
        String path = ref.substring(0, end);
        if (path.startsWith("/") && (path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/.."))) {
            return null; // the parse keeps the dots of an absolute path as they are
        }
        String joined = path.startsWith("/") ? path.substring(1) : page.substring(0, page.lastIndexOf('/') + 1) + path;
        List<String> kept = new ArrayList<>();
        String[] segments = joined.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals("..")) {
                if (kept.isEmpty()) {
                    return null;
                }
                kept.remove(kept.size() - 1);
                if (last) {
                    kept.add("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    kept.add("");
                }
            } else if (!s.isEmpty() || last) {
                kept.add(s);
            } else {
                return null; // "a//b": left to the parse
            }
        }
        String resolved = String.join("/", kept);
        return resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
    }

    /** The site path a reference on {@code page} points to, or null when it leaves the site. */
    public static String resolve(String page, String ref) {
        String r = ref.trim();
        String lower = r.toLowerCase(Locale.ROOT);
        if (r.isEmpty() || r.startsWith("#") || lower.startsWith("http:") || lower.startsWith("https:")
                || lower.startsWith("mailto:") || lower.startsWith("data:") || r.startsWith("//")) {
            return null;
        }
        String quick = plain(page, r);
        return quick != null ? quick : parsed(page, r);
    }

    /** {@link #resolve} by parsing the link as an address relative to the page's. */
    static String parsed(String page, String r) {
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
