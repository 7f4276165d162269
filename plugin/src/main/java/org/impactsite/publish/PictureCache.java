package org.impactsite.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.problem.Problems;
import org.impactsite.site.SiteFile;

/**
 * Pictures for social media kept beside the report between builds
 * ({@code target/.impact-site.pictures}), each named by a SHA-256 digest of the plugin's version
 * and of everything drawn on it ({@link SocialCards#drawn}). A build after a change to a few
 * case studies draws only their pictures; the others are copied. A picture that drew with a
 * warning (text no installed font has) is never kept, so installing the font draws it again.
 */
public final class PictureCache {

    private final Path dir;
    private final String code;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Pictures drawn by this build, by name: where they are in the report. */
    private final Map<String, String> drawn = new ConcurrentHashMap<>();

    /**
     * @param output  the report's folder; the pictures are kept beside it
     * @param project the project's folder: a picture folder that leads out of it is not used
     * @param code    a digest of the plugin's version
     */
    public static PictureCache beside(Path output, Path project, String code) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path dir = out.resolveSibling("." + out.getFileName() + ".pictures");
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir); // a link put in its place is not followed
        }
        boolean inside = !Files.exists(dir) || dir.toRealPath().startsWith(project.toRealPath());
        return new PictureCache(inside ? dir : null, code);
    }

    /** @param dir null when the folder may not be used */
    private PictureCache(Path dir, String code) {
        this.dir = dir;
        this.code = code;
    }

    /** A case study's picture: the kept one when what it shows is unchanged, else drawn (and kept). */
    public SiteFile caseStudyCard(SocialCards cards, SiteConfig site, CaseStudy cs, Problems problems) {
        if (dir == null) {
            return cards.caseStudyCard(site, cs, problems);
        }
        String name = digest(code, cards.drawn(site, cs)) + ".png";
        used.add(name);
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return SiteFile.copy(Addresses.caseStudyCard(cs.slug()), file);
        }
        Problems own = new Problems();
        SiteFile made = cards.caseStudyCard(site, cs, own);
        own.all().forEach(problems::add);
        if (own.all().isEmpty()) {
            drawn.put(name, made.path());
        }
        return made;
    }

    /**
     * After the report was written: keeps the pictures this build drew (copied from the
     * report, so a build that fails keeps nothing) and forgets those it did not use.
     */
    public void update(Path output) throws IOException {
        if (dir == null) {
            return;
        }
        if (!drawn.isEmpty()) {
            Files.createDirectories(dir);
        }
        for (Map.Entry<String, String> e : drawn.entrySet()) {
            Path temporary = dir.resolve(e.getKey() + ".new");
            Files.copy(output.resolve(e.getValue()), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, dir.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> unused;
        try (Stream<Path> files = Files.list(dir)) {
            unused = files.filter(p -> !used.contains(p.getFileName().toString())).toList();
        }
        for (Path p : unused) {
            Files.deleteIfExists(p);
        }
    }

    /** The pictures kept now, by name. */
    Set<String> kept() throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static String digest(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
