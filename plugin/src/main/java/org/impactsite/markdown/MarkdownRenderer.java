package org.impactsite.markdown;

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
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

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

/**
 * Renders a story to a sanitised HTML fragment for one published page. Thread-safe: the
 * flexmark parser and renderer are built once; each render keeps its own context.
 */
public final class MarkdownRenderer {

    /** The deepest nesting of elements a story may have; real stories stay below 30. */
    static final int MAX_NESTING = 256;

    private static Rendered tooDeep(Markdown md, Problems problems) {
        problems.error(new Location(md.displayPath(), md.firstLine(), 1),
                "the text nests quotes, lists or HTML elements too deeply to be shown",
                "use at most a few dozen levels of > quotes, nested lists or HTML elements inside each other"
                        + " (" + MAX_NESTING + " at the very most)");
        return new Rendered("", false);
    }

    /** How deep the elements of a fragment nest, found in one pass over it. */
    private static int deepest(Element body) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), body);
        return deepest[0];
    }

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
                        com.vladsch.flexmark.ast.HtmlBlock.class, (block, context, html) -> html.raw(StoryHtml.rawBlock(block)))))
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
            com.vladsch.flexmark.util.ast.Document parsed = parser.parse(WrittenAddresses.showable(md.text()));
            html = renderer.render(parsed);
            repeatProblems(parsed, ctx);
            checkFootnotes(parsed, ctx);
            Document dirty = Jsoup.parseBodyFragment(html, "https://impact.invalid/");
            if (deepest(dirty.body()) > MAX_NESTING) {
                // the sanitiser's time grows with the square of the nesting: refused before it
                return tooDeep(md, problems);
            }
            clean = new Cleaner(safelist).clean(dirty);
        } catch (StackOverflowError tooDeep) {
            // the Markdown and HTML libraries recurse once per level of nesting
            return tooDeep(md, problems);
        } finally {
            CURRENT.remove();
        }
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        StoryHtml.shiftHeadings(body, topLevel);
        StoryHtml.openInlineTags(body);
        StoryHtml.linkAddresses(body);
        StoryHtml.ownClassesOnly(body);
        StoryHtml.numericCells(body);
        policeLinks(body, ctx);
        StoryHtml.prefixIds(body);
        return new Rendered(body.html(), !ctx.namesFiles);
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
                    ctx.problems.add(p.at(ctx.at(node)));
                }
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
            String url = WrittenAddresses.bareAddress(written, image, md.file().getParent());
            if (url.isBlank()) {
                sink.warning(at, (image ? "an image" : "a link") + " with no address was left out",
                        "write the address between the brackets: [text](https://example.org/) or [text](other-case-study.md)");
                return REFUSED;
            }
            switch (UrlPolicy.classify(url)) {
                case FRAGMENT:
                    return WrittenAddresses.lonePercents(url);
                case MAIL:
                    return url;
                case WEB:
                    if (image) {
                        sink.warning(at, "the image " + url + " is on another website and is shown as a link",
                                "save the image into assets/ and write its path, so the report makes no request to another site");
                    }
                    return url;
                case REFUSED:
                    sink.warning(at, (image ? "an image" : "a link") + " to an unsafe address was removed: " + WrittenAddresses.shorten(url),
                            "links may go to http(s) addresses, mailto:, #anchors or files of the report");
                    return REFUSED;
                default:
                    return local(url, at);
            }
        }

        private String local(String url, Location at) {
            int cut = WrittenAddresses.firstOf(url, "?#");
            String path = url.substring(0, cut);
            String suffix = WrittenAddresses.lonePercents(url.substring(cut));
            if (path.isEmpty()) {
                return url;
            }
            namesFiles = true;
            String decoded = WrittenAddresses.percentDecoded(path);
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
                suffix = WrittenAddresses.storyFragment(suffix);
            }
            String rel = Addresses.relative(page, published.get()) + suffix;
            rewritten.add(rel);
            return rel;
        }
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
