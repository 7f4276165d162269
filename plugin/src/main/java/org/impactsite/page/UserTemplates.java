package org.impactsite.page;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.impactsite.load.ProjectPaths;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.validate.DidYouMean;

/**
 * The project's {@code templates} folder, checked before the template engine may read it: the
 * folder and every file in it must stay inside the report's source folder, so a symbolic link
 * cannot make the build read a file elsewhere on the machine.
 */
public final class UserTemplates {

    private UserTemplates() {
    }

    /** @return the folder to read templates from, or null when there is none or it cannot be trusted */
    public static Path folder(ProjectPaths paths, Problems problems) throws IOException {
        ProjectPaths.Resolution dir = paths.resolve(paths.sourceRoot(), "templates");
        if (!dir.ok()) {
            if (!dir.missing()) {
                refuse(paths, paths.sourceRoot().resolve("templates"), dir.reason(), problems);
            }
            return null;
        }
        if (!Files.isDirectory(dir.file())) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.file())) {
            files = walk.sorted().toList();
        }
        boolean ok = true;
        for (Path file : files) {
            if (!Files.isSymbolicLink(file)) {
                continue;
            }
            ProjectPaths.Resolution target = paths.resolve(file.getParent(), file.getFileName().toString());
            if (!target.ok()) {
                refuse(paths, file, target.reason(), problems);
                ok = false;
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (file.getParent().equals(dir.file()) && Files.isRegularFile(file) && !THEME_FILES.contains(name)
                    && !name.matches("messages_[A-Za-z_-]+\\.properties")) {
                // a file of one's own (macros a template includes) is fine; a near miss replaces nothing
                THEME_FILES.stream().filter(t -> DidYouMean.distance(
                        name.toLowerCase(java.util.Locale.ROOT), t) <= 2).findFirst().ifPresent(meant ->
                        problems.warning(Location.file(paths.display(file)), "the theme has no file called " + name
                                + ", so this one replaces nothing", "did you mean `" + meant + "`?"));
            }
        }
        return ok ? dir.file() : null;
    }

    /** The default theme's files, which a file of the same name in templates/ replaces. */
    /** The names of the theme's files, read from the theme jar itself: a file added to the theme is known at once. */
    static final List<String> THEME_FILES = themeFiles();

    private static List<String> themeFiles() {
        URL layout = UserTemplates.class.getResource(Templates.THEME_ROOT + "layout.ftlh");
        if (layout == null) {
            throw new IllegalStateException("the theme jar is not on the class path");
        }
        try {
            URI uri = layout.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(jar.getPath(Templates.THEME_ROOT));
                } catch (FileSystemAlreadyExistsException open) {
                    return names(FileSystems.getFileSystem(uri).getPath(Templates.THEME_ROOT));
                }
            }
            return names(Path.of(uri).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the theme's files", e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void refuse(ProjectPaths paths, Path file, String reason, Problems problems) {
        problems.error(Location.file(paths.display(file)), reason,
                "copy the template into the templates folder instead of linking to it");
    }
}
