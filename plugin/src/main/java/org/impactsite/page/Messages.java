package org.impactsite.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import org.impactsite.format.Bundles;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/**
 * The theme's words in the report's language, from message bundles: the theme's
 * {@code messages.properties} (English) and {@code messages_<language>.properties}, each
 * overridden key by key by a file of the same name in the project's templates folder. The most
 * specific file wins: {@code messages_zh_CN}, then {@code messages_zh}, then {@code messages}.
 * Templates call it as {@code msg("key")} or {@code msg("key", number)}; only messages with a
 * {@code {0}} are patterns ({@link MessageFormat}), the others are plain text.
 */
public final class Messages implements TemplateMethodModelEx {

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
    }

    /**
     * @param userDir the project's templates folder, or null
     * @param display how a file is named in messages
     */
    public static Messages load(Locale locale, Path userDir, Function<Path, String> display, Problems problems) {
        Map<String, String> root = Bundles.themeBundle("messages");
        Map<String, String> texts = Bundles.theme(locale);
        List<String> chain = Bundles.chain(locale);
        if (userDir != null) {
            for (String name : chain) {
                Path file = userDir.resolve(name + ".properties");
                if (Files.isRegularFile(file)) {
                    texts.putAll(userBundle(file, root, display.apply(file), problems));
                }
            }
            // the other languages' files are checked too, so that a mistake shows before the report switches to them
            try (java.util.stream.Stream<Path> files = Files.isDirectory(userDir) ? Files.list(userDir) : java.util.stream.Stream.empty()) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("messages_") && name.endsWith(".properties") && Files.isRegularFile(file)
                            && !chain.contains(name.substring(0, name.length() - ".properties".length()))) {
                        userBundle(file, root, display.apply(file), problems);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Messages(locale, texts);
    }

    /** The chart words of this report, theme's and project's, by key without the {@code chart.} prefix. */
    public Map<String, String> chartWords() {
        return Bundles.under(Bundles.CHART, texts);
    }

    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("the theme has no message " + key);
        }
        return t;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("msg needs a message key, such as msg(\"skip\")");
        }
        String k = key.getAsString();
        if (!texts.containsKey(k)) {
            throw new TemplateModelException("no message " + k + " in messages.properties");
        }
        if (arguments.size() == 1) {
            return text(k);
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            Object a = arguments.get(i);
            args[i - 1] = a instanceof TemplateNumberModel n ? n.getAsNumber()
                    : a instanceof TemplateScalarModel s ? s.getAsString() : String.valueOf(a);
        }
        return format(k, args);
    }

    private static Map<String, String> userBundle(Path file, Map<String, String> known, String shown, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(Location.file(shown), "cannot read this file as UTF-8 text",
                    "save it as UTF-8 (any editor offers this when saving)");
            return Map.of();
        }
        Map<String, String> texts = new HashMap<>(Bundles.read(text));
        String[] lines = text.split("\\R", -1);
        for (Map.Entry<String, String> e : Bundles.read(text).entrySet()) {
            String key = e.getKey();
            int line = lineOf(lines, key);
            if (!known.containsKey(key)) {
                problems.warning(new Location(shown, line, line == 0 ? 0 : 1), "the theme has no message \"" + key + "\"",
                        "the keys are those of the theme's messages.properties; check the spelling");
                texts.remove(key);
                continue;
            }
            if (!known.get(key).contains("{0")) {
                continue;
            }
            try {
                new MessageFormat(e.getValue(), Locale.ROOT);
            } catch (IllegalArgumentException bad) {
                problems.error(new Location(shown, line, line == 0 ? 0 : 1),
                        "the message \"" + key + "\" is not a valid pattern: " + bad.getMessage(),
                        "in a message with {0}, write an apostrophe as '' and use braces only around {0}");
                texts.remove(key);
            }
        }
        return texts;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith(key) && t.substring(key.length()).matches("^\\s*[=:\\s].*")) {
                return i + 1;
            }
        }
        return 0;
    }
}
