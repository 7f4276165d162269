package org.impactsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.impactsite.page.PageRenderer;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.problem.Severity;
import org.impactsite.publish.SocialCards;
import org.impactsite.reuse.Sha256;

/**
 * What the last successful build wrote, kept beside the output folder: a digest of everything
 * the report is made from (every source file's bytes, the run's settings, the plugin and theme)
 * and the list of the output's files. When neither changed, the report is up to date and the
 * build writes nothing; its warnings are reported again from the record.
 */
final class BuildRecord {

    private static final String HEADER = "impact-site build record 1";

    private final Path file;
    private final Path output;
    private final String inputs;

    private BuildRecord(Path file, Path output, String inputs) {
        this.file = file;
        this.output = output;
        this.inputs = inputs;
    }

    /** The record of the report {@code settings} asks for, with the digest of its inputs now. */
    static BuildRecord of(BuildSettings settings) throws IOException {
        Path output = settings.outputDirectory();
        Path file = fileFor(output);
        return new BuildRecord(file, output, digest(settings));
    }

    /** Where the record of a report in {@code output} is kept: beside it. */
    static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".record");
    }

    /**
     * The files the last build wrote into {@code output}, by path relative to it, as its record
     * lists them; empty when there is no record or it cannot be read.
     */
    static Optional<java.util.Set<String>> writtenPaths(Path output) {
        Path file = fileFor(output);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int listing = lines.indexOf("files");
            if (lines.isEmpty() || !lines.get(0).equals(HEADER) || listing < 0) {
                return Optional.empty();
            }
            int owned = lines.indexOf("owned");
            int end = owned < 0 ? lines.size() : owned;
            java.util.Set<String> paths = new java.util.HashSet<>();
            for (String line : lines.subList(listing + 1, end)) {
                String[] f = line.split(" ", 3);
                paths.add(unescape(f[2]));
            }
            if (owned >= 0) {
                lines.subList(owned + 1, lines.size()).forEach(l -> paths.add(unescape(l)));
            }
            return Optional.of(paths);
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** The last build's result when nothing it was made from changed and its output is as it wrote it. */
    Optional<BuildResult> reuse() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int listing = lines.indexOf("files");
        int owned = lines.indexOf("owned");
        if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs) || listing < 0
                || !lines.subList(listing + 1, owned < 0 ? lines.size() : owned).equals(listing())) {
            return Optional.empty();
        }
        try {
            String[] n = lines.get(2).split(" ");
            Problems problems = new Problems();
            for (String line : lines.subList(3, listing)) {
                String[] f = line.split("\t", -1);
                Severity severity = Severity.valueOf(f[0]);
                Location at = new Location(unescape(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                problems.add(new Problem(severity, at, unescape(f[4]), unescape(f[5])));
            }
            return Optional.of(new BuildResult(problems, Integer.parseInt(n[1]), Integer.parseInt(n[2]),
                    Integer.parseInt(n[3]), Integer.parseInt(n[4]), false, 0));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Records a build that was just written, with its warnings (told again when the next build
     * finds the report up to date) and the files it wrote, so that the next build knows the
     * output folder as its own.
     */
    void save(BuildResult result) throws IOException {
        save(result, output);
    }

    /**
     * Records a build whose report is {@code staged}, about to replace the output folder: its
     * files are listed as they will be there (a move keeps sizes and times), and the record also
     * owns what the output holds now, so that whether a stop comes before or after the swap, the
     * next build knows every file of the folder as a report's.
     */
    void save(BuildResult result, Path staged) throws IOException {
        // what the output holds now and the last record owns: the old report, which the swap replaces
        java.util.Set<String> before = writtenPaths(output).orElse(java.util.Set.of());
        java.util.Set<String> owned = new java.util.TreeSet<>();
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) && !staged.equals(output)) {
            for (String line : listing(output)) {
                String path = unescape(line.split(" ", 3)[2]);
                if (before.contains(path)) {
                    owned.add(path);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("inputs " + inputs);
        lines.add("result " + result.pages() + " " + result.charts() + " " + result.dataFiles() + " " + result.files());
        for (Problem p : result.problems().all()) {
            Location at = p.location();
            lines.add(String.join("\t", p.severity().name(), escape(at.path()), Integer.toString(at.line()),
                    Integer.toString(at.column()), escape(p.message()), escape(p.hint())));
        }
        lines.add("files");
        List<String> files = listing(staged);
        lines.addAll(files);
        lines.add("owned");
        for (String path : owned) {
            lines.add(escape(path));
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a disk full midway: no half record left beside the last one
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Every file of the output with its size and time of last change, in path order. */
    private List<String> listing() throws IOException {
        return listing(output);
    }

    private static List<String> listing(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory()) {
                    files.add(a.size() + " " + a.lastModifiedTime().toMillis() + " " + escape(folder.relativize(p).toString()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** SHA-256 of the settings, the code that builds the report and every file of the sources. */
    private static String digest(BuildSettings s) throws IOException {
        MessageDigest md = Sha256.start();
        for (Object part : List.of(HEADER, s.projectRoot(), s.sourceDirectory(), s.outputDirectory(),
                String.valueOf(s.baseUrl()), String.valueOf(s.locale()), String.valueOf(s.outputTimestamp()), "pdf " + s.pdf(),
                System.getProperty("java.version"))) {
            Sha256.text(md, part.toString());
        }
        Sha256.text(md, codeDigest());
        Path sources = s.sourceDirectory();
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path p : walk.sorted().toList()) {
                    Sha256.text(md, sources.relativize(p).toString());
                    if (Files.isSymbolicLink(p)) {
                        Sha256.text(md, "-> " + Files.readSymbolicLink(p));
                    } else if (Files.isRegularFile(p)) {
                        byte[] bytes = Files.readAllBytes(p);
                        Sha256.text(md, Integer.toString(bytes.length));
                        md.update(bytes);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return Sha256.hex(md);
    }

    private static volatile String code;

    /**
     * A digest of the plugin's and the theme's code: of a jar, what it holds (names, sizes,
     * checksums), wherever it lies; of a folder of classes, its files' names, sizes and times.
     */
    static String codeDigest() throws IOException {
        if (code == null) {
            code = codeDigest(ImpactBuild.class.getProtectionDomain().getCodeSource().getLocation(), PageRenderer.themeLocation());
        }
        return code;
    }

    static String codeDigest(URL... places) throws IOException {
        MessageDigest md = Sha256.start();
        for (URL place : places) {
            code(md, place);
        }
        return Sha256.hex(md);
    }

    /** The jar or folder a class or resource was loaded from: its files' names, sizes and times. */
    private static void code(MessageDigest md, URL url) throws IOException {
        if (url == null) {
            Sha256.text(md, "no code");
            return;
        }
        String u = url.toString();
        if (u.startsWith("jar:")) {
            u = u.substring(4, u.indexOf("!/"));
        }
        Path location;
        try {
            location = Path.of(new URL(u).toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            Sha256.text(md, u);
            return;
        }
        if (Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar")) {
            // what the jar holds (each entry's name, size and checksum), not where it lies: the
            // reactor's plugin/target jar and its installed copy are the same plugin
            try (ZipFile jar = new ZipFile(location.toFile())) {
                jar.stream().sorted(Comparator.comparing(ZipEntry::getName))
                        .forEach(e -> Sha256.text(md, e.getName() + " " + e.getSize() + " " + e.getCrc()));
            }
            return;
        }
        Path root = location;
        while (root != null && !root.endsWith("classes")) {
            root = root.getParent();
        }
        if (root == null) {
            root = Files.isDirectory(location) ? location : location.getParent();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                Sha256.text(md, p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
