package org.impactsite.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.impactsite.markdown.LinkResolver;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.impactsite.model.Project;
import org.impactsite.portfolio.Addresses;

/**
 * Where each source file of a project is published: a case study's Markdown becomes its page,
 * a free page's Markdown its page, files under {@code assets/} keep their path, and the files
 * beside a folder case study are published beside its page.
 */
public final class PublishMap implements LinkResolver {

    private final Path sourceRoot;
    private final Map<Path, String> pages = new HashMap<>();
    private final Map<Path, String> bundles = new HashMap<>();

    public PublishMap(Path sourceRoot, Project project) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        for (CaseStudy cs : project.caseStudies()) {
            pages.put(cs.body().file().toAbsolutePath().normalize(), Addresses.caseStudy(cs.slug()));
            if (cs.bundleDir() != null) {
                bundles.put(cs.bundleDir().toAbsolutePath().normalize(), "case-studies/" + cs.slug() + "/");
            }
        }
        for (FreePage page : project.pages()) {
            pages.put(page.body().file().toAbsolutePath().normalize(), Addresses.page(page.slug()));
        }
    }

    @Override
    public boolean isCaseStudyOrPageFile(Path sourceFile) {
        Path file = sourceFile.toAbsolutePath().normalize();
        if (!isMarkdown(file)) {
            return false;
        }
        Path parent = file.getParent();
        Path caseStudies = sourceRoot.resolve("case-studies");
        return parent.equals(caseStudies) || parent.equals(sourceRoot.resolve("pages"))
                || parent.getParent() != null && parent.getParent().equals(caseStudies)
                        && file.getFileName().toString().equals("index.md");
    }

    @Override
    public Optional<String> publishedPath(Path sourceFile) {
        Path file = sourceFile.toAbsolutePath().normalize();
        String page = pages.get(file);
        if (page != null) {
            return Optional.of(page);
        }
        Path assets = sourceRoot.resolve("assets");
        if (file.startsWith(assets) && !file.equals(assets)) {
            return Optional.of("assets/" + slashes(assets.relativize(file)));
        }
        for (Map.Entry<Path, String> bundle : bundles.entrySet()) {
            if (file.startsWith(bundle.getKey()) && !file.equals(bundle.getKey()) && !isMarkdown(file)) {
                return Optional.of(bundle.getValue() + slashes(bundle.getKey().relativize(file)));
            }
        }
        return Optional.empty();
    }

    static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
