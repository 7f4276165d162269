package org.impactsite.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.impactsite.load.ProjectPaths;
import org.impactsite.model.Markdown;
import org.impactsite.portfolio.Addresses;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.impactsite.problem.Problem;
import org.impactsite.validate.Characters;

/**
 * Renders a story to a sanitised HTML fragment for one published page. Thread-safe: the
 * flexmark parser and renderer are built once; each render keeps its own context.
 */
public final class MarkdownRenderer {

    /** Marks a link the policy refused, so the fragment shows its text without the link. */
    private static final String REFUSED = "#impact-refused-link";

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    private final ProjectPaths paths;
    private final LinkResolver resolver;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer(ProjectPaths paths, LinkResolver resolver) {
        this.paths = paths;
        this.resolver = resolver;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "story-table");
        // flexmark drops javascript: links quietly; they go through this class's policy, which says so
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new Factory())
                .nodeRendererFactory(data -> () -> Set.of(new com.vladsch.flexmark.html.renderer.NodeRenderingHandler<>(
                        com.vladsch.flexmark.ast.HtmlBlock.class, (block, context, html) -> html.raw(rawBlock(block)))))
                .build();
        this.safelist = Safelist.relaxed()
                .removeTags("colgroup", "col")
                .addTags("figure", "figcaption", "details", "summary", "abbr", "hr", "mark", "kbd", "s", "section")
                .addAttributes(":all", "id")
                .addAttributes("a", "class")
                .addAttributes("div", "class")
                .addAttributes("table", "class")
                .addAttributes("abbr", "title")
                .addAttributes("th", "scope", "align")
                .addAttributes("td", "align")
                .preserveRelativeLinks(true);
        // No protocol lists: every href and src goes through this class's own policy instead.
        this.safelist.removeProtocols("a", "href", "ftp", "http", "https", "mailto");
        this.safelist.removeProtocols("img", "src", "http", "https");
        // a quotation's source address is shown nowhere; not kept
        this.safelist.removeAttributes("blockquote", "cite");
        this.safelist.removeAttributes("q", "cite");
    }

    /**
     * Renders Markdown to a sanitised HTML fragment for the page published at {@code sitePagePath}
     * ({@code case-studies/unicef-weibo/index.html}); problems are located at their real line.
     */
    public String render(Markdown md, String sitePagePath, Problems problems) {
        return render(md, sitePagePath, 2, problems);
    }

    /**
     * @param topLevel the heading level the text's highest heading gets: 2 on a page of its own,
     *                 3 for a story under the case study's "The story" heading
     */
    public String render(Markdown md, String sitePagePath, int topLevel, Problems problems) {
        return rendered(md, sitePagePath, topLevel, problems).html();
    }

    /**
     * A text rendered, and whether its HTML stands alone: it names no file of the project, so the
     * same text for the same page gives the same HTML whatever else the project holds.
     */
    public record Rendered(String html, boolean standsAlone) {
    }

    /** As {@link #render(Markdown, String, int, Problems)}, saying whether the HTML stands alone. */
    public Rendered rendered(Markdown md, String sitePagePath, int topLevel, Problems problems) {
        if (md.isBlank()) {
            return new Rendered("", true);
        }
        Context ctx = new Context(md, sitePagePath, problems);
        String html;
        CURRENT.set(ctx);
        Document clean;
        try {
            com.vladsch.flexmark.util.ast.Document parsed = parser.parse(showable(md.text()));
            html = renderer.render(parsed);
            repeatProblems(parsed, ctx);
            checkFootnotes(parsed, ctx);
            Document dirty = Jsoup.parseBodyFragment(html, "https://impact.invalid/");
            clean = new Cleaner(safelist).clean(dirty);
        } catch (StackOverflowError tooDeep) {
            // the Markdown and HTML libraries recurse once per level of nesting
            problems.error(new Location(md.displayPath(), md.firstLine(), 1),
                    "the text nests quotes, lists or HTML elements too deeply to be shown",
                    "use at most a few dozen levels of > quotes, nested lists or HTML elements inside each other");
            return new Rendered("", false);
        } finally {
            CURRENT.remove();
        }
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        shiftHeadings(body, topLevel);
        openInlineTags(body);
        linkAddresses(body);
        ownClassesOnly(body);
        numericCells(body);
        policeLinks(body, ctx);
        prefixIds(body);
        return new Rendered(body.html(), !ctx.namesFiles);
    }

    /**
     * Headings take the levels below the page's own: the text's highest heading becomes
     * {@code topLevel} and each deeper level used the next one, so the outline never skips a
     * level (a text that starts at {@code ##} or jumps from {@code #} to {@code ###} still reads
     * as one tree) and never competes with the page's title.
     */
    private static void shiftHeadings(Element body, int topLevel) {
        Elements headings = body.select("h1, h2, h3, h4, h5, h6");
        java.util.SortedSet<Integer> used = new java.util.TreeSet<>();
        headings.forEach(h -> used.add(h.tagName().charAt(1) - '0'));
        List<Integer> levels = List.copyOf(used);
        for (Element h : headings) {
            int rank = levels.indexOf(h.tagName().charAt(1) - '0');
            h.tagName("h" + Math.min(6, topLevel + rank));
        }
    }

    /**
     * flexmark resolves each address once, so a mistake written twice ([a](gone.png) on two lines)
     * was reported once: the later links get the first one's problems at their own place.
     */
    private static void repeatProblems(com.vladsch.flexmark.util.ast.Document parsed, Context ctx) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Node node : parsed.getDescendants()) {
            LinkType type = node instanceof com.vladsch.flexmark.ast.Image ? LinkType.IMAGE
                    : node instanceof com.vladsch.flexmark.ast.Link ? LinkType.LINK : null;
            if (type == null) {
                continue;
            }
            String key = type.getName() + " " + ((com.vladsch.flexmark.ast.LinkNode) node).getUrl().unescape();
            if (seen.merge(key, 1, Integer::sum) > 1) {
                for (Problem p : ctx.byLink.getOrDefault(key, List.of())) {
                    ctx.problems.add(new Problem(p.severity(), ctx.at(node), p.message(), p.hint()));
                }
            }
        }
    }

    /**
     * A web or e-mail address written as plain text: ASCII only, so that it ends where Chinese
     * text or punctuation (。，：) begins, and without the punctuation that ends a sentence.
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9@/.\\-])(?:https?://|www\\.)[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]+"
                    + "|(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Web and e-mail addresses in the text (not in links or code) become links. */
    private static void linkAddresses(Element body) {
        for (TextNode text : body.select("*").stream().flatMap(e -> e.textNodes().stream()).toList()) {
            if (insideLinkOrCode(text)) {
                continue;
            }
            String t = text.getWholeText();
            java.util.regex.Matcher m = ADDRESS.matcher(t);
            List<org.jsoup.nodes.Node> parts = new java.util.ArrayList<>();
            int done = 0;
            while (m.find()) {
                String address = trimEnd(m.group());
                if (!address.contains(".") || address.endsWith("@")) {
                    continue;
                }
                int end = m.start() + address.length();
                parts.add(new TextNode(t.substring(done, m.start())));
                String lower = address.toLowerCase(java.util.Locale.ROOT);
                String href = lower.startsWith("http") ? address : lower.startsWith("www.") ? "https://" + address : "mailto:" + address;
                parts.add(new Element("a").attr("href", href).text(address));
                done = end;
            }
            if (done > 0) {
                parts.add(new TextNode(t.substring(done)));
                parts.forEach(text::before);
                text.remove();
            }
        }
    }

    private static boolean insideLinkOrCode(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("a") || e.normalName().equals("code") || e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** An address without the punctuation after it ("see www.x.org." or "(www.x.org)"). */
    private static String trimEnd(String address) {
        String a = address;
        while (!a.isEmpty()) {
            char last = a.charAt(a.length() - 1);
            boolean unbalanced = last == ')' && a.chars().filter(c -> c == '(').count() < a.chars().filter(c -> c == ')').count();
            if (".,;:!?'\"".indexOf(last) >= 0 || unbalanced || last == '-') {
                a = a.substring(0, a.length() - 1);
            } else {
                break;
            }
        }
        return a;
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    /**
     * A block of raw HTML as written when what it opens is closed further on (a {@code <details>}
     * around Markdown), else with what it leaves open closed at its end: a {@code <table>} or
     * {@code <details>} never closed would otherwise take in the rest of the story.
     */
    private static String rawBlock(com.vladsch.flexmark.ast.HtmlBlock block) {
        String html = block.getChars().toString();
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        java.util.regex.Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                open.remove(name);
            }
        }
        String rest = block.getDocument().getChars().subSequence(block.getEndOffset()).toString().toLowerCase(java.util.Locale.ROOT);
        boolean closedLater = open.stream().allMatch(name -> rest.contains("</" + name));
        return closedLater ? html : balanced(html);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[+\\-\u2212~≈<>]?\\s*\\d[\\d.,\u00a0\u202f' ]*(%|[KMB]|万|亿|\\s?(million|billion|thousand))?");

    /**
     * Table cells that hold a figure ("1,461", "+171.5%", "2.7 million") get the class
     * {@code num}: the theme right-aligns them with figures of one width and never breaks them.
     */
    private static void numericCells(Element body) {
        for (Element cell : body.select("table td")) {
            if (NUMBER.matcher(cell.text().strip()).matches()) {
                cell.addClass("num");
            }
        }
    }

    /** A block of raw HTML with what it leaves open closed at its end. */
    static String balanced(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html() + "\n";
    }

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, div, table, ul, ol, dl, blockquote, pre, section, "
            + "figure, hr, details, address, li, dt, dd, tr, td, th, thead, tbody, tfoot, caption";
    private static final Set<String> PHRASING = Set.of("b", "i", "em", "strong", "span", "s", "mark", "kbd", "abbr",
            "code", "sub", "sup", "small", "u", "q", "cite", "dfn", "var", "samp", "time", "font");

    /**
     * A tag such as {@code <b>} left open in the story's HTML swallows the headings and
     * paragraphs after it, which may not sit inside it: such tags give way to what they hold.
     */
    private static void openInlineTags(Element body) {
        Set<Element> wrapping = new java.util.LinkedHashSet<>();
        Set<Element> walked = new HashSet<>();
        for (Element block : body.select(BLOCKS)) {
            for (Element p = block.parent(); p != null && p != body && walked.add(p); p = p.parent()) {
                if (PHRASING.contains(p.normalName())) {
                    wrapping.add(p);
                }
            }
        }
        wrapping.forEach(Element::unwrap);
        // an item without its list (<li> written alone) becomes a paragraph
        for (Element li : body.select("li")) {
            Element parent = li.parent();
            if (parent == null || !(parent.normalName().equals("ul") || parent.normalName().equals("ol"))) {
                li.tagName("p");
            }
        }
    }

    /** A footnote mark with no note, and a note written twice (flexmark keeps the first), are said. */
    private static void checkFootnotes(com.vladsch.flexmark.util.ast.Document parsed, Context ctx) {
        Set<String> written = new HashSet<>();
        for (Node node : parsed.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock note) {
                String name = note.getText().toString();
                if (!written.add(name)) {
                    ctx.problems.warning(ctx.at(node), "the footnote [^" + name + "] is written twice; the second is left out",
                            "give one of them another name, such as [^" + name + "-2], and its mark too");
                }
            } else if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote mark && !mark.isDefined()) {
                String name = mark.getText().toString();
                ctx.problems.warning(ctx.at(node), "there is no footnote [^" + name + "] for this mark, so it shows as written",
                        "add the note on a line of its own below the text: [^" + name + "]: the note");
            }
        }
    }

    /** The classes a story's HTML may carry: those flexmark gives footnotes and tables. */
    private static final Set<String> STORY_CLASSES = Set.of("footnote-ref", "footnote-backref", "footnotes", "story-table");

    /** Other classes go: a story could otherwise borrow the theme's (a fixed header, say) to pass for the page's own parts. */
    private static void ownClassesOnly(Element body) {
        for (Element el : body.select("[class]")) {
            java.util.Set<String> kept = new java.util.LinkedHashSet<>(el.classNames());
            kept.retainAll(STORY_CLASSES);
            if (kept.isEmpty()) {
                el.removeAttr("class");
            } else {
                el.classNames(kept);
            }
        }
    }

    /** Ids get a prefix so a heading called "main" cannot collide with the page's own ids. */
    private static void prefixIds(Element body) {
        // footnotes first: a heading "Fn 1" must not take the id their marks link to
        List<Element> withIds = new java.util.ArrayList<>(body.select("[id]"));
        withIds.sort(java.util.Comparator.comparing(el -> isFootnotePart(el) ? 0 : 1));
        java.util.Map<String, String> given = new java.util.HashMap<>();
        Set<String> used = new HashSet<>();
        for (Element el : withIds) {
            // headings "Intro", "Intro" and "Intro 1", or an HTML id written twice, would share an
            // id: the later ones get -2, -3...
            String id = "s-" + el.id();
            for (int n = 2; !used.add(id); n++) {
                id = "s-" + el.id() + "-" + n;
            }
            given.putIfAbsent(el.id(), id);
            el.attr("id", id);
        }
        for (Element a : body.select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (given.containsKey(target)) {
                a.attr("href", "#" + given.get(target));
            }
        }
    }

    private static boolean isFootnotePart(Element el) {
        return el.closest(".footnotes") != null || el.selectFirst("a.footnote-ref") != null;
    }

    private void policeLinks(Element body, Context ctx) {
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            if (href.equals(REFUSED)) {
                a.unwrap();
            } else if (!ctx.rewritten.contains(href)) {
                String url = ctx.apply(href, LinkType.LINK, ctx.rawHtmlAt(href));
                if (url.equals(REFUSED)) {
                    a.unwrap();
                } else {
                    a.attr("href", url);
                }
            }
        }
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            String url = src.equals(REFUSED) || ctx.rewritten.contains(src) ? src : ctx.apply(src, LinkType.IMAGE, ctx.rawHtmlAt(src));
            String alt = img.attr("alt");
            UrlPolicy.Kind kind = UrlPolicy.classify(url);
            if (url.equals(REFUSED) || src.isEmpty()) {
                img.replaceWith(new TextNode(alt));
            } else if (kind == UrlPolicy.Kind.WEB) {
                Element link = new Element("a").attr("href", url).text(alt.isBlank() ? url : alt);
                img.replaceWith(link);
            } else {
                img.attr("src", url);
                img.attr("alt", alt);
            }
        }
    }

    /** One render: the file, the page it goes on, and where problems go. */
    private final class Context {
        final Markdown md;
        final String page;
        final Problems problems;
        final Set<String> rewritten = new HashSet<>();
        /** Whether a link or image named a file (what it becomes depends on the project's files). */
        boolean namesFiles;
        /** Where {@link #apply} reports: the render's problems, or one link's while flexmark resolves it. */
        Problems sink;
        /** What each Markdown link's address gave, by type and address: flexmark resolves an address once. */
        final java.util.Map<String, List<Problem>> byLink = new java.util.HashMap<>();

        Context(Markdown md, String page, Problems problems) {
            this.md = md;
            this.page = page;
            this.problems = problems;
            this.sink = problems;
        }

        Location at(Node node) {
            return at(node.getStartOffset());
        }

        private Location at(int startOffset) {
            int offset = Math.max(0, Math.min(startOffset, md.text().length()));
            String before = md.text().substring(0, offset);
            int line = (int) before.chars().filter(c -> c == '\n').count();
            int column = offset - (before.lastIndexOf('\n') + 1) + 1;
            return new Location(md.displayPath(), md.firstLine() + line, column);
        }

        /**
         * Where an address written in raw HTML is: the first place the text holds it (the HTML
         * tree keeps no positions); the text's first line when it is written otherwise there
         * (with entities, say).
         */
        Location rawHtmlAt(String address) {
            int i = address.isEmpty() ? md.text().lastIndexOf('[', md.text().indexOf("]()")) : md.text().indexOf(address);
            return i < 0 ? new Location(md.displayPath(), md.firstLine(), 1) : at(i);
        }

        /** The target to publish for {@code url}, or {@link #REFUSED}; problems reported at {@code at}. */
        String apply(String written, LinkType type, Location at) {
            boolean image = type == LinkType.IMAGE;
            String url = bareAddress(written, image, md.file().getParent());
            if (url.isBlank()) {
                sink.warning(at, (image ? "an image" : "a link") + " with no address was left out",
                        "write the address between the brackets: [text](https://example.org/) or [text](other-case-study.md)");
                return REFUSED;
            }
            switch (UrlPolicy.classify(url)) {
                case FRAGMENT:
                    return lonePercents(url);
                case MAIL:
                    return url;
                case WEB:
                    if (image) {
                        sink.warning(at, "the image " + url + " is on another website and is shown as a link",
                                "save the image into assets/ and write its path, so the report makes no request to another site");
                    }
                    return url;
                case REFUSED:
                    sink.warning(at, (image ? "an image" : "a link") + " to an unsafe address was removed: " + shorten(url),
                            "links may go to http(s) addresses, mailto:, #anchors or files of the report");
                    return REFUSED;
                default:
                    return local(url, at);
            }
        }

        private String local(String url, Location at) {
            int cut = firstOf(url, "?#");
            String path = url.substring(0, cut);
            String suffix = lonePercents(url.substring(cut));
            if (path.isEmpty()) {
                return url;
            }
            namesFiles = true;
            String decoded = percentDecoded(path);
            Path dir = md.file().getParent();
            ProjectPaths.Resolution found = paths.resolve(dir, decoded);
            if (!found.ok()) {
                sink.error(at, found.reason(), found.missing()
                        ? "check the file name; paths are relative to this file"
                        : "link only to files inside the report's source folder");
                return REFUSED;
            }
            if (Files.isDirectory(found.file())) {
                sink.error(at, "\"" + decoded + "\" is a folder; a link or an image names a file",
                        "name the file inside it, such as " + (decoded.endsWith("/") ? decoded : decoded + "/") + "index.md or "
                                + (decoded.endsWith("/") ? decoded : decoded + "/") + "photo.jpg");
                return REFUSED;
            }
            Optional<String> published = resolver.publishedPath(found.file());
            if (published.isEmpty() && resolver.isCaseStudyOrPageFile(found.file())) {
                return REFUSED; // the file's own mistakes kept it out of the report, and are reported there
            }
            if (published.isEmpty()) {
                sink.error(at, "\"" + decoded + "\" is not part of the published report",
                        "put images in assets/ or beside a folder case study's index.md, and link to case studies and pages by their .md file");
                return REFUSED;
            }
            if (resolver.isCaseStudyOrPageFile(found.file())) {
                suffix = storyFragment(suffix);
            }
            String rel = Addresses.relative(page, published.get()) + suffix;
            rewritten.add(rel);
            return rel;
        }
    }

    /** {@code a%20b.md} is {@code a b.md}; a {@code %} that starts no escape ({@code 50%.md}) is itself. */
    static String percentDecoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAnEscape) {
            return path;
        }
    }

    private static int firstOf(String s, String chars) {
        int best = s.length();
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern WWW =
            java.util.regex.Pattern.compile("(?i)www\\.[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+([/?#].*)?");
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^\\s@/:?#\"<>]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    /**
     * An address written without its scheme, as people write them in text and as the automatic
     * links of a text give them: www.unicef.org becomes https://www.unicef.org, info@example.org
     * mailto:info@example.org. Anything else is returned as it is.
     */
    static String bareAddress(String url, boolean image, Path dir) {
        String u = url.strip();
        if (WWW.matcher(u).matches()) {
            return "https://" + u;
        }
        // not an image, nor a file beside the text (logo@2x.png)
        if (!image && EMAIL.matcher(u).matches() && (dir == null || !Files.exists(dir.resolve(u)))) {
            return "mailto:" + u;
        }
        return url;
    }

    /** A % that starts no escape (#50%-growth) written as %25, so that the address is valid. */
    static String lonePercents(String s) {
        return s.replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
    }

    /** The ids the default theme gives the parts of a case study's or a free page's page. */
    private static final java.util.regex.Pattern THEME_IDS = java.util.regex.Pattern.compile(
            "main|story|results|key-numbers|charts|sources|downloads|voices|campaign|awards|headlines|funders|browse"
                    + "|case-studies|(metric|level|year|source|chart)-.*|s-.*");

    /**
     * {@code #results} in a link to another case study or page: the theme's own part of that
     * name, else a heading of its text, whose ids start with {@code s-} ({@link #prefixIds}).
     */
    static String storyFragment(String suffix) {
        int hash = suffix.indexOf('#');
        if (hash < 0 || hash == suffix.length() - 1) {
            return suffix;
        }
        String fragment = suffix.substring(hash + 1);
        return THEME_IDS.matcher(fragment).matches() ? suffix : suffix.substring(0, hash + 1) + "s-" + fragment;
    }

    private static String shorten(String url) {
        String oneLine = url.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    /**
     * The text with each character a web page cannot show (control characters such as the
     * vertical tab a word processor leaves for a line break, noncharacters) as a space: the same
     * length, so that problems keep their lines and columns.
     */
    static String showable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Characters.unshowable(cp)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = 0; k < n; k++) {
                    out.setCharAt(i + k, ' ');
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** Hands every Markdown link and image to the render's context. */
    private static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public com.vladsch.flexmark.html.LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                Context current = CURRENT.get();
                if (current == null || !(link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE)
                        || node instanceof com.vladsch.flexmark.ast.MailLink) {
                    return link; // an e-mail address in the text: flexmark writes mailto: before it
                }
                Problems own = new Problems();
                current.sink = own;
                String url;
                try {
                    url = current.apply(link.getUrl(), link.getLinkType(), current.at(node));
                } finally {
                    current.sink = current.problems;
                }
                current.problems.addAll(own);
                current.byLink.put(link.getLinkType().getName() + " " + link.getUrl(), own.all());
                current.rewritten.add(url);
                return link.withUrl(url);
            };
        }
    }
}
