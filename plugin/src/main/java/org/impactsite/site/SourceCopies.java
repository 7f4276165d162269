package org.impactsite.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;

import org.impactsite.load.ProjectPaths;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.Project;
import org.impactsite.problem.Location;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.impactsite.plan.SitePlan;

/**
 * The source files published as they are: everything under {@code assets/} and the non-Markdown
 * files beside a folder case study. A symbolic link that leads out of the source folder is an
 * error and is not copied, and so is a file a browser would run ({@link ActiveContent}).
 */
public final class SourceCopies {

    private final ProjectPaths paths;
    private final PublishMap map;

    public SourceCopies(ProjectPaths paths, PublishMap map) {
        this.paths = paths;
        this.map = map;
    }

    public List<SiteFile> collect(Project project, Problems problems) throws IOException {
        List<SiteFile> files = new ArrayList<>();
        copyTree(paths.sourceRoot().resolve("assets"), files, problems);
        for (CaseStudy cs : project.caseStudies()) {
            if (cs.bundleDir() != null) {
                copyTree(cs.bundleDir(), files, problems);
                checkNamesTaken(cs, files, problems);
            }
        }
        files.sort(java.util.Comparator.comparing(SiteFile::path));
        return files;
    }

    /**
     * A hidden file, or one in a hidden folder ({@code .DS_Store}, {@code .git/}, {@code .htaccess}):
     * never published, since a web server may read it as its own settings or it may hold secrets.
     */
    static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file of a case study's folder published where the report puts the case study's own page,
     * data or picture (a series named data.csv, a card.png): reported at the file, and left out.
     */
    private void checkNamesTaken(CaseStudy cs, List<SiteFile> files, Problems problems) {
        Set<String> taken = SitePlan.ownFiles(cs);
        files.removeIf(f -> {
            if (f.source() == null || !taken.contains(f.path())) {
                return false;
            }
            String name = f.source().getFileName().toString();
            problems.error(new Location(paths.display(f.source()), 1, 1), "the report makes a file named " + name
                    + " in this case study's folder itself (its " + (name.endsWith(".html") ? "page" : name.endsWith(".png")
                    ? "picture for social media" : "open data") + "), so this file cannot be published under that name",
                    "rename the file (data.csv to series.csv, say) and the places that name it");
            return true;
        });
    }

    private void copyTree(Path dir, List<SiteFile> out, Problems problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(dir)) {
            found = walk.sorted().toList();
        }
        for (Path file : found) {
            if (Files.isDirectory(file) || PublishMap.isMarkdown(file) || hidden(dir.relativize(file))) {
                continue;
            }
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!file.toRealPath().startsWith(paths.sourceRoot().toRealPath())) {
                    problems.error(new Location(paths.display(file), 1, 1),
                            "this file is a link to a place outside the report's source folder",
                            "copy the file into " + paths.display(dir) + " instead of linking to it");
                    continue;
                }
            }
            Optional<String> published = map.publishedPath(file);
            if (published.isPresent() && ActiveContent.check(file, paths.display(file), problems)) {
                out.add(SiteFile.copy(published.get(), file));
            }
        }
    }
}
