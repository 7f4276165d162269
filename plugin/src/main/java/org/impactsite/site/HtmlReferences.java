package org.impactsite.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The addresses a page refers to: the {@code href} of each element that has one, else its
 * {@code src}, in the order of the page, entities decoded ({@code &amp;} is {@code &}); a
 * {@code <base>} element's is left out. It reads the page as an HTML tokenizer does (comments,
 * script and style text and the text of a title or textarea hold no elements; attribute values
 * quoted, single-quoted or bare) without building the page's tree, which made checking the links
 * of a large report several times slower: the same references as jsoup's parser finds (a test
 * compares the two on every page of the example report and on malformed pages). One difference:
 * a self-closing {@code <script/>} or {@code <style/>} (as in SVG) ends there, where jsoup reads
 * the rest of the page as its text and so checks no link after it.
 */
final class HtmlReferences {

    /** Elements whose content is text up to their end tag. */
    private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");

    private HtmlReferences() {
    }

    static List<String> of(String html) {
        return read(html).refs();
    }

    /** What a page refers to, and the ids of its parts (what {@code page#id} can land on). */
    record Read(List<String> refs, Set<String> ids) {
    }

    static Read read(String html) {
        List<String> refs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                i = skipPast(html, "-->", lt + 4);
            } else if (html.startsWith("<![CDATA[", lt)) {
                i = skipPast(html, "]]>", lt + 9);
            } else if (c == '!' || c == '?') {
                i = skipPast(html, ">", lt + 2);
            } else if (c == '/') {
                i = skipPast(html, ">", lt + 2);
            } else if (isLetter(c)) {
                i = tag(html, lt + 1, refs, ids);
            } else {
                i = lt + 1;
            }
        }
        return new Read(refs, ids);
    }

    /** Reads a start tag from its name; returns where reading goes on. */
    private static int tag(String html, int start, List<String> refs, Set<String> ids) {
        int n = html.length();
        int i = start;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        String name = html.substring(start, i).toLowerCase(Locale.ROOT);
        String href = null;
        String src = null;
        boolean selfClosing = false;
        boolean closed = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                selfClosing = html.charAt(i - 1) == '/';
                closed = true;
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            i++; // an attribute name may start with '='
            while (i < n && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attr = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int j = skipSpaces(html, i);
            String value = "";
            if (j < n && html.charAt(j) == '=') {
                j = skipSpaces(html, j + 1);
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    int close = html.indexOf(html.charAt(j), j + 1);
                    int end = close < 0 ? n : close;
                    value = html.substring(j + 1, end);
                    i = close < 0 ? n : close + 1;
                } else {
                    int end = j;
                    while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
                        end++;
                    }
                    value = html.substring(j, end);
                    i = end;
                }
            }
            if (attr.equals("id") || attr.equals("name") && name.equals("a")) {
                ids.add(Parser.unescapeEntities(value, true));
            }
            if (attr.equals("href") && href == null) {
                href = value;
            } else if (attr.equals("src") && src == null) {
                src = value;
            }
        }
        if (!closed) {
            return n; // a tag cut off by the end of the page is no element
        }
        if (!name.equals("base") && (href != null || src != null)) {
            refs.add(Parser.unescapeEntities(href != null ? href : src, true));
        }
        if (TEXT_ONLY.contains(name) && !selfClosing) {
            return endTag(html, name, i);
        }
        return i;
    }

    /** Where the text of a text-only element ends: at its end tag, or the end of the page. */
    private static int endTag(String html, String name, int from) {
        int n = html.length();
        int i = from;
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) {
                return n;
            }
            int after = lt + 2 + name.length();
            if (html.regionMatches(true, lt + 2, name, 0, name.length())
                    && (after >= n || isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/')) {
                return lt;
            }
            i = lt + 2;
        }
    }

    private static int skipPast(String html, String end, int from) {
        int at = html.indexOf(end, from);
        return at < 0 ? html.length() : at + end.length();
    }

    private static int skipSpaces(String html, int from) {
        int i = from;
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
