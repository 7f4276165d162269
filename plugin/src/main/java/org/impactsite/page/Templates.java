package org.impactsite.page;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import org.impactsite.format.Bundles;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/**
 * The FreeMarker set-up: the user's templates folder shadowing the theme's files, strict
 * settings, and template errors turned into located problems. Thread-safe once built.
 */
final class Templates {

    static final String THEME_ROOT = Bundles.THEME_ROOT;

    static {
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Path userDir;
    private final Function<Path, String> display;
    private final Configuration cfg;
    private final Fragments fragments = new Fragments();

    /** @param display how a file is named in messages (relative to the project) */
    Templates(Path userDir, Locale locale, Function<Path, String> display) {
        this.userDir = userDir;
        this.display = display;
        this.cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setRecognizeStandardFileExtensions(true);
        // A user's template named .ftl (not .ftlh) escapes as HTML too: data is never trusted.
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setLocale(locale);
        cfg.setNumberFormat("computer");
        cfg.setSharedVariable("kept", fragments);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userDir != null && Files.isDirectory(userDir)) {
            try {
                loaders.add(new FileTemplateLoader(userDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates folder " + userDir, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME_ROOT));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    }

    /** The theme's {@code <@kept on=...>} directive, whose store the renderer sets for each build. */
    Fragments fragments() {
        return fragments;
    }

    Path userDir() {
        return userDir;
    }

    Function<Path, String> display() {
        return display;
    }

    /** Makes {@code msg(...)} available to every template. */
    void useMessages(Messages messages) {
        cfg.setSharedVariable("msg", messages);
    }

    /** The page, or empty after adding a located problem when the template is broken. */
    Optional<String> render(String template, Map<String, Object> model, Problems problems) {
        try {
            StringWriter out = new StringWriter();
            cfg.getTemplate(template).process(model, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            report(e, problems);
        } catch (TemplateException e) {
            ParseException parse = parseCause(e);
            if (parse != null) {
                report(parse, problems);
            } else {
                String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
                problems.error(at(name, e.getLineNumber(), e.getColumnNumber()),
                        message(name, firstLine(e.getMessageWithoutStackTop())),
                        hint(name));
            }
        } catch (IOException e) {
            ParseException parse = parseCause(e);
            if (parse != null) {
                report(parse, problems);
            } else if (e instanceof freemarker.template.TemplateNotFoundException) {
                problems.error(Location.file(display(null)), "template not found: " + template,
                        "the theme and the templates folder have no file named " + template);
            } else {
                throw new UncheckedIOException("cannot read template " + template, e);
            }
        }
        return Optional.empty();
    }

    /** The user's copy of a theme file when there is one. */
    Optional<Path> userFile(String name) {
        if (userDir == null) {
            return Optional.empty();
        }
        Path p = userDir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private void report(ParseException e, Problems problems) {
        String name = e.getTemplateName() != null ? e.getTemplateName() : "";
        problems.error(at(name, e.getLineNumber(), e.getColumnNumber()),
                message(name, firstLine(e.getEditorMessage())), hint(name));
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ParseException p) {
                return p;
            }
        }
        return null;
    }

    private Location at(String name, Integer line, Integer column) {
        int l = line == null || line < 1 ? 0 : line;
        int c = l == 0 || column == null || column < 1 ? 0 : column;
        return new Location(display(userFile(name).isPresent() ? name : null), l, c);
    }

    private String message(String name, String text) {
        return userFile(name).isPresent() ? text : "the theme's template " + name + " failed: " + text;
    }

    private String hint(String name) {
        return userFile(name).isPresent()
                ? "fix the template, or delete it to use the theme's own " + name
                : "a template of yours that the theme's " + name + " uses may be the cause";
    }

    /** The user's file, or the templates folder when {@code name} is null, as messages name it. */
    private String display(String name) {
        Path dir = userDir == null ? Path.of("templates") : userDir;
        return display.apply((name == null ? dir : dir.resolve(name)).toAbsolutePath().normalize());
    }

    /** Names a file relative to the working directory when inside it. */
    static String relativeToWorkingDirectory(Path p) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The first sentence of FreeMarker's message, with the expression it quotes after a colon. */
    static String firstLine(String text) {
        if (text == null) {
            return "template error";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("----")) {
                lines.add(t);
            }
        }
        if (lines.isEmpty()) {
            return "template error";
        }
        String first = lines.get(0);
        if (first.endsWith(":") && lines.size() > 1) {
            String next = lines.get(1).replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template.*$", "");
            return first + " " + next;
        }
        return first;
    }
}
