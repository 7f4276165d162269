package org.impactsite.load;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impactsite.problem.Location;
import org.impactsite.problem.Severity;
import org.impactsite.problem.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.impactsite.validate.Characters;

/**
 * YAML 1.2 (core schema) composed into nodes that keep their marks. Hostile input is bounded
 * before composing: nesting depth and aliases to collections ("billion laughs") are counted in
 * a streaming pass, so a bad file gives a located error quickly instead of exhausting memory or
 * the stack.
 */
final class YamlParser {

    /** Aliases to lists or mappings allowed in one document. */
    static final int MAX_ALIASES = 50;
    /** Lists and mappings nested deeper than this are refused. */
    static final int MAX_DEPTH = 40;

    private YamlParser() {
    }

    /**
     * The document's root node (an empty mapping for an empty document), or empty when the text
     * is not usable YAML; the reason is reported in the document's problems.
     */
    static Optional<Node> parse(String yaml, YamlDoc doc) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(doc.displayPath())
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) TextFiles.MAX_BYTES * 2)
                .build();
        try {
            if (!withinBounds(yaml, settings, doc)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(yaml);
            return Optional.of(root.orElseGet(() -> new MappingNode(Tag.MAP, List.of(), FlowStyle.BLOCK)));
        } catch (MarkedYamlEngineException e) {
            reportSyntax(e, doc, yaml);
        } catch (ReaderException e) {
            doc.problems().error(at(yaml, e.getPosition(), doc), String.format(Locale.ROOT,
                    "the text holds the character U+%04X, which YAML does not allow", e.getCodePoint()),
                    "remove it: control characters are invisible in most editors, so retype the line");
        } catch (YamlEngineException e) {
            doc.problems().error(doc.whole(), "the YAML cannot be read: " + e.getMessage(),
                    "check the indentation and the quotes of the front matter");
        }
        return Optional.empty();
    }

    private static boolean withinBounds(String yaml, LoadSettings settings, YamlDoc doc) {
        int depth = 0;
        int aliases = 0;
        Set<Anchor> collectionAnchors = new HashSet<>();
        String[] lines = yaml.split("\n", -1);
        for (Event e : new Parse(settings).parseString(yaml)) {
            if (e instanceof ScalarEvent scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN) {
                hashtagComment(scalar, lines, doc);
            }
            if (e instanceof ScalarEvent scalar && swallowsLines(scalar, lines)) {
                unclosed(doc, doc.at(scalar.getStartMark()), " up to line " + (doc.firstLine() + scalar.getEndMark().get().getLine()));
            }
            if (e instanceof ScalarEvent scalar) {
                unshowable(scalar.getValue()).ifPresent(cp -> doc.problems().error(doc.at(scalar.getStartMark()),
                        cp >= 0x2000 && cp < 0x2100
                                ? String.format(Locale.ROOT, "the text holds the invisible character U+%04X, which turns the text"
                                        + " around it the other way on the page", cp)
                                : String.format(Locale.ROOT, "the text holds the character U+%04X (written as an escape), which a web page cannot show", cp),
                        "remove the \\ escape that makes it; to break a line, write the text as a block (key: |)"));
            }
            if (e instanceof CollectionStartEvent c) {
                c.getAnchor().ifPresent(collectionAnchors::add);
                if (++depth > MAX_DEPTH) {
                    doc.problems().error(doc.at(e.getStartMark()),
                            "lists and groups of keys are nested more than " + MAX_DEPTH + " levels deep here",
                            "a report file never needs this much nesting; check the indentation");
                    return false;
                }
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            } else if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAlias())
                    && ++aliases > MAX_ALIASES) {
                doc.problems().error(doc.at(e.getStartMark()),
                        "more than " + MAX_ALIASES + " aliases (*name) to lists or groups of keys",
                        "write the content out instead of repeating it with & and * aliases");
                return false;
            }
        }
        return true;
    }

    /**
     * The first code point of a text that HTML forbids or cannot carry: control characters but tab
     * and line breaks, noncharacters, lone surrogates. YAML refuses them written as they are, not
     * written as escapes ("\\0", "\\x1b").
     */
    static Optional<Integer> unshowable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean bidiControl = cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
            if (Characters.unshowable(cp) || bidiControl) {
                return Optional.of(cp);
            }
        }
        return Optional.empty();
    }

    private static final Pattern HASHTAG = Pattern.compile("^[ \\t]*#[^\\s#]");

    /**
     * In YAML, " #" starts a comment, so {@code title: Launch of #CreateKindness} is read as
     * "Launch of". A comment that starts like a hashtag right after an unquoted value is almost
     * always meant as text: warn where it starts.
     */
    private static void hashtagComment(ScalarEvent scalar, String[] lines, YamlDoc doc) {
        Optional<Mark> end = scalar.getEndMark();
        if (end.isEmpty() || end.get().getLine() >= lines.length) {
            return;
        }
        String line = lines[end.get().getLine()];
        int column = end.get().getColumn();
        if (column > line.codePointCount(0, line.length())) {
            return;
        }
        int at = line.offsetByCodePoints(0, column);
        Matcher m = HASHTAG.matcher(line.substring(at));
        if (!m.find()) {
            return;
        }
        int hash = at + m.end() - 2;
        if (hash == 0 || !Character.isWhitespace(line.charAt(hash - 1))) {
            return;
        }
        String dropped = line.substring(hash).strip();
        String value = scalar.getValue();
        doc.problems().warning(new Location(doc.displayPath(), doc.firstLine() + end.get().getLine(),
                        line.codePointCount(0, hash) + 1),
                "the text from \"" + (dropped.length() > 40 ? dropped.substring(0, 37) + "..." : dropped)
                        + "\" on is read as a comment, so the value is " + (value.isEmpty() ? "empty" : "\"" + value + "\""),
                "in YAML, \" #\" starts a comment: put the whole value in quotes, such as title: \"Launch of #CreateKindness\"");
    }

    /** The place of the {@code index}-th code point of {@code yaml}. */
    private static Location at(String yaml, int index, YamlDoc doc) {
        int line = 0;
        int column = 0;
        int i = 0;
        for (int cp = 0; cp < index && i < yaml.length(); cp++) {
            int c = yaml.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Location(doc.displayPath(), doc.firstLine() + line, column + 1);
    }

    private static void reportSyntax(MarkedYamlEngineException e, YamlDoc doc, String yaml) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        Optional<int[]> quote = unclosedQuote(yaml, mark.map(Mark::getLine).orElse(Integer.MAX_VALUE));
        if (quote.isPresent()) {
            // a quoted text that does not end on its line: YAML reads on into the lines below and
            // fails far from the mistake, in its own words
            int[] q = quote.get();
            Location there = new Location(doc.displayPath(), doc.firstLine() + q[0], q[1] + 1);
            if (doc.problems().all().stream().anyMatch(p -> p.location().equals(there) && p.kind() == Problem.Kind.UNCLOSED_QUOTE)) {
                return; // said already, while the text was read
            }
            unclosed(doc, there, mark.map(m -> " and stopped at line " + (doc.firstLine() + m.getLine())).orElse(""));
            return;
        }
        String problem = e.getProblem() == null ? "" : e.getProblem().trim();
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
        String context = e.getContext();
        if (context != null && !context.isBlank()) {
            message.append(" (").append(context.trim());
            Location contextAt = doc.at(e.getContextMark());
            if (e.getContextMark().isPresent() && contextAt.line() != doc.at(mark).line()) {
                message.append(", which started on line ").append(contextAt.line());
            }
            message.append(')');
        }
        doc.problems().error(doc.at(mark), message.toString(), syntaxHint(problem));
    }

    /**
     * The first quoted value up to line {@code lastLine} (0-based) that does not close on its line
     * and runs on into lines that look like YAML (a key, a list item), as {line, column} (0-based,
     * the column in characters as people count them). YAML allows text in quotes over several
     * lines, so text that goes on as prose is left alone, as are quotes inside block text
     * ({@code key: |}).
     */
    static Optional<int[]> unclosedQuote(String yaml, int lastLine) {
        String[] lines = yaml.split("\n", -1);
        int blockIndent = -1;
        for (int i = 0; i < lines.length && i <= lastLine; i++) {
            String line = lines[i];
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                blockIndent = -1;
            }
            if (BLOCK_START.matcher(line).matches()) {
                blockIndent = indent;
                continue;
            }
            int open = openingQuote(line);
            if (open < 0) {
                continue;
            }
            char q = line.charAt(open);
            int closing = i + 1;
            while (closing < lines.length && !closes(lines[closing], 0, q)) {
                if (YAML_LINE.matcher(lines[closing]).find()) {
                    return Optional.of(new int[] {i, line.codePointCount(0, open)});
                }
                closing++;
            }
            if (closing >= lines.length) {
                return Optional.of(new int[] {i, line.codePointCount(0, open)});
            }
            i = closing; // text in quotes over several lines, closed: read on after it
        }
        return Optional.empty();
    }

    /** A quoted text not closed on its line, told where the quote starts. */
    private static void unclosed(YamlDoc doc, Location at, String howFar) {
        doc.problems().add(new Problem(Severity.ERROR, at,
                "the quote that starts here is not closed on its line, so YAML read the lines below as part of the text" + howFar,
                UNCLOSED_HINT, Problem.Kind.UNCLOSED_QUOTE));
    }

    static final String UNCLOSED_HINT = "end the text with the same quote on this line; write \\\" for a quote inside \"...\", '' inside '...'";

    /** A quoted text that runs over lines reading as YAML (a forgotten closing quote, found further down by chance). */
    private static boolean swallowsLines(ScalarEvent scalar, String[] lines) {
        if (scalar.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED && scalar.getScalarStyle() != ScalarStyle.SINGLE_QUOTED
                || scalar.getStartMark().isEmpty() || scalar.getEndMark().isEmpty()) {
            return false;
        }
        int first = scalar.getStartMark().get().getLine();
        int last = Math.min(scalar.getEndMark().get().getLine(), lines.length - 1);
        for (int i = first + 1; i <= last; i++) {
            if (YAML_LINE.matcher(lines[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /** A line that starts block text: {@code key: |}, {@code - >-}. */
    private static final java.util.regex.Pattern BLOCK_START =
            java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?(?:[^#\"']*?:\\s*)?[|>][-+0-9]*\\s*(?:#.*)?$");

    /** A line that reads as YAML rather than as the continuation of a text: a key, a list item, a document line. */
    private static final java.util.regex.Pattern YAML_LINE =
            java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?[\\p{L}_][\\p{L}\\p{N}_-]*:(?:\\s|$)|^\\s*-\\s|^---\\s*$");

    /**
     * Where a quote opens a value on this line and is not closed on it (index), else -1. A quote
     * opens a value at the start of the line, or after {@code :}, {@code -}, {@code [}, {@code {}
     * or {@code ,} and spaces; a {@code #} after a space outside quotes starts a comment.
     */
    static int openingQuote(String line) {
        char lastNonSpace = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char prev = i == 0 ? ' ' : line.charAt(i - 1);
            boolean afterSpace = prev == ' ' || prev == '\t';
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (c == '#' && afterSpace) {
                return -1;
            }
            boolean valueStart = lastNonSpace == 0 || ":-[{,".indexOf(lastNonSpace) >= 0;
            if ((c == '"' || c == '\'') && valueStart && (afterSpace || "[{,".indexOf(prev) >= 0)) {
                int end = closingAt(line, i + 1, c);
                if (end < 0) {
                    return i;
                }
                i = end;
                lastNonSpace = c;
                continue;
            }
            lastNonSpace = c;
        }
        return -1;
    }

    /** Where the quote {@code q} that opened before {@code from} closes on this line, else -1. */
    private static int closingAt(String line, int from, char q) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                if (q == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean closes(String line, int from, char q) {
        return closingAt(line, from, q) >= 0;
    }

    private static String syntaxHint(String problem) {
        if (problem.contains("(TAB)")) {
            return "indent with spaces, never with tabs";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "text that contains \": \" must be written in quotes: title: \"Pets: who keeps them?\"";
        }
        if (problem.contains("undefined alias")) {
            return "* starts an alias in YAML: put text that starts with * in quotes";
        }
        if (problem.contains("another document")) {
            return "a line --- (or ...) ends the YAML here; remove it, or move what follows above it";
        }
        if (problem.contains("cannot start any token")) {
            return "put text that starts with @, ` or another special character in quotes";
        }
        return "check the indentation and the quotes near this place; text with special characters goes in quotes";
    }
}
