package org.impactsite.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import com.vladsch.flexmark.ast.HtmlBlock;

/**
 * The story's HTML after sanitising, put in the shape of the page it goes on: headings below
 * the page's own, tags left open closed, addresses in the text made links, figures in tables
 * marked, and only the story's own classes and prefixed ids kept.
 */
final class StoryHtml {

    private StoryHtml() {
    }

    /**
     * Headings take the levels below the page's own: the text's highest heading becomes
     * {@code topLevel} and each deeper level used the next one, so the outline never skips a
     * level (a text that starts at {@code ##} or jumps from {@code #} to {@code ###} still reads
     * as one tree) and never competes with the page's title.
     */
    static void shiftHeadings(Element body, int topLevel) {
        Elements headings = body.select("h1, h2, h3, h4, h5, h6");
        SortedSet<Integer> used = new TreeSet<>();
        headings.forEach(h -> used.add(h.tagName().charAt(1) - '0'));
        List<Integer> levels = List.copyOf(used);
        for (Element h : headings) {
            int rank = levels.indexOf(h.tagName().charAt(1) - '0');
            h.tagName("h" + Math.min(6, topLevel + rank));
        }
    }

    /**
     * A web or e-mail address written as plain text: ASCII only, so that it ends where Chinese
     * text or punctuation (。，：) begins, and without the punctuation that ends a sentence.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9@/.\\-])(?:https?://|www\\.)[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]+"
                    + "|(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+",
            Pattern.CASE_INSENSITIVE);

    /** Web and e-mail addresses in the text (not in links or code) become links. */
    static void linkAddresses(Element body) {
        for (TextNode text : body.select("*").stream().flatMap(e -> e.textNodes().stream()).toList()) {
            if (insideLinkOrCode(text)) {
                continue;
            }
            String t = text.getWholeText();
            Matcher m = ADDRESS.matcher(t);
            List<Node> parts = new ArrayList<>();
            int done = 0;
            while (m.find()) {
                String address = trimEnd(m.group());
                if (!address.contains(".") || address.endsWith("@")) {
                    continue;
                }
                int end = m.start() + address.length();
                parts.add(new TextNode(t.substring(done, m.start())));
                String lower = address.toLowerCase(Locale.ROOT);
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

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    /**
     * A block of raw HTML as written when what it opens is closed further on (a {@code <details>}
     * around Markdown), else with what it leaves open closed at its end: a {@code <table>} or
     * {@code <details>} never closed would otherwise take in the rest of the story.
     */
    static String rawBlock(HtmlBlock block) {
        String html = block.getChars().toString();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                open.remove(name);
            }
        }
        String rest = block.getDocument().getChars().subSequence(block.getEndOffset()).toString().toLowerCase(Locale.ROOT);
        boolean closedLater = open.stream().allMatch(name -> rest.contains("</" + name));
        return closedLater ? html : balanced(html);
    }

    private static final Pattern NUMBER = Pattern.compile(
            "[+\\-\u2212~≈<>]?\\s*\\d[\\d.,\u00a0\u202f' ]*(%|[KMB]|万|亿|\\s?(million|billion|thousand))?");

    /**
     * Table cells that hold a figure ("1,461", "+171.5%", "2.7 million") get the class
     * {@code num}: the theme right-aligns them with figures of one width and never breaks them.
     */
    static void numericCells(Element body) {
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
    static void openInlineTags(Element body) {
        Set<Element> wrapping = new LinkedHashSet<>();
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

    /** The classes a story's HTML may carry: those flexmark gives footnotes and tables. */
    private static final Set<String> STORY_CLASSES = Set.of("footnote-ref", "footnote-backref", "footnotes", "story-table");

    /** Other classes go: a story could otherwise borrow the theme's (a fixed header, say) to pass for the page's own parts. */
    static void ownClassesOnly(Element body) {
        for (Element el : body.select("[class]")) {
            Set<String> kept = new LinkedHashSet<>(el.classNames());
            kept.retainAll(STORY_CLASSES);
            if (kept.isEmpty()) {
                el.removeAttr("class");
            } else {
                el.classNames(kept);
            }
        }
    }

    /** Ids get a prefix so a heading called "main" cannot collide with the page's own ids. */
    static void prefixIds(Element body) {
        // footnotes first: a heading "Fn 1" must not take the id their marks link to
        List<Element> withIds = new ArrayList<>(body.select("[id]"));
        withIds.sort(Comparator.comparing(el -> isFootnotePart(el) ? 0 : 1));
        Map<String, String> given = new HashMap<>();
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
}
