package org.impactsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;

/**
 * Finds the files of a report: case studies ({@code case-studies/<name>.md} or
 * {@code case-studies/<name>/index.md}) and free pages ({@code pages/<name>.md}). Hidden files
 * are skipped; links that lead out of the source folder are refused.
 */
final class SourceTree {

    /**
     * A file to read.
     *
     * @param name      the default slug: the file's name without {@code .md}, or the bundle folder's name
     * @param bundleDir the bundle folder of {@code index.md}, or null
     */
    record Entry(Path file, String name, Path bundleDir) {
    }

    /** The files found, sorted by name, and the other files that are ignored. */
    record Scan(List<Entry> entries, List<Path> others) {
    }

    private final ProjectPaths paths;
    private final Problems problems;

    SourceTree(ProjectPaths paths, Problems problems) {
        this.paths = paths;
        this.problems = problems;
    }

    Scan caseStudies() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path child : children("case-studies")) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                bundle(child).ifPresent(entries::add);
            } else if (isMarkdown(name)) {
                entries.add(new Entry(child, stem(name), null));
            } else {
                others.add(child);
            }
        }
        return new Scan(entries, others);
    }

    Scan pages() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path child : children("pages")) {
            String name = child.getFileName().toString();
            if (!Files.isDirectory(child) && isMarkdown(name)) {
                entries.add(new Entry(child, stem(name), null));
            } else {
                others.add(child);
            }
        }
        return new Scan(entries, others);
    }

    private Optional<Entry> bundle(Path dir) {
        ProjectPaths.Resolution index = paths.resolve(dir, "index.md");
        if (index.ok()) {
            return Optional.of(new Entry(index.file(), dir.getFileName().toString(), dir));
        }
        if (!index.missing()) {
            problems.error(Location.file(paths.display(dir.resolve("index.md"))), index.reason(),
                    "keep the case study's files inside the report's source folder");
            return Optional.empty();
        }
        List<String> markdown = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(SourceTree::isMarkdown).sorted().forEach(markdown::add);
        } catch (IOException e) {
            markdown.clear();
        }
        problems.error(Location.file(paths.display(dir)), "the case-study folder " + dir.getFileName() + "/ has no index.md",
                markdown.size() == 1
                        ? "rename " + markdown.get(0) + " to index.md"
                        : "a case-study folder holds index.md (the case study) and the files it uses, such as CSV series");
        return Optional.empty();
    }

    /** The visible entries of a folder under the source folder, sorted by name; none when it does not exist. */
    private List<Path> children(String folder) throws IOException {
        ProjectPaths.Resolution dir = paths.resolve(paths.sourceRoot(), folder);
        if (!dir.ok()) {
            if (!dir.missing()) {
                problems.error(Location.file(paths.display(paths.sourceRoot().resolve(folder))), dir.reason(),
                        "keep the report's files inside its source folder");
            }
            return List.of();
        }
        if (!Files.isDirectory(dir.file())) {
            problems.error(Location.file(paths.display(dir.file())), folder + " must be a folder",
                    "make " + folder + "/ a folder holding one .md file per " + (folder.equals("pages") ? "page" : "case study"));
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.file())) {
            s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
        }
        List<Path> inside = new ArrayList<>();
        for (Path p : out) {
            ProjectPaths.Resolution r = paths.resolve(dir.file(), p.getFileName().toString());
            if (r.ok()) {
                inside.add(p);
            } else {
                problems.error(Location.file(paths.display(p)), r.reason(), "keep the report's files inside its source folder");
            }
        }
        return inside;
    }

    static boolean isMarkdown(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && name.length() > 3;
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - 3);
    }
}
