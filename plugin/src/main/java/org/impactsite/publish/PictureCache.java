package org.impactsite.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Addresses;
import org.impactsite.problem.Problems;
import org.impactsite.reuse.KeptFolder;
import org.impactsite.plan.SiteFile;

/**
 * Pictures for social media kept beside the report between builds
 * ({@code target/.impact-site.pictures}), each named by a SHA-256 digest of the plugin's version
 * and of everything drawn on it ({@link SocialCards#drawn}). A build after a change to a few
 * case studies draws only their pictures; the others are copied. A picture that drew with a
 * warning (characters no bundled font has) is never kept, so every build tells the warning.
 */
public final class PictureCache {

    private final KeptFolder folder;
    private final String code;

    /**
     * @param output  the report's folder; the pictures are kept beside it
     * @param project the project's folder: a picture folder that leads out of it is not used
     * @param code    a digest of the plugin's version
     */
    public static PictureCache beside(Path output, Path project, String code) throws IOException {
        return new PictureCache(KeptFolder.beside(output, project, "pictures"), code);
    }

    private PictureCache(KeptFolder folder, String code) {
        this.folder = folder;
        this.code = code;
    }

    /** A case study's picture: the kept one when what it shows is unchanged, else drawn (and kept). */
    public SiteFile caseStudyCard(SocialCards cards, SiteConfig site, CaseStudy cs, Problems problems) {
        String name = KeptFolder.name(".png", code, cards.drawn(site, cs));
        String path = Addresses.caseStudyCard(cs.slug());
        Optional<Path> kept = folder.find(name);
        if (kept.isPresent()) {
            return SiteFile.copy(path, kept.get());
        }
        Problems own = new Problems();
        SiteFile made = cards.caseStudyCard(site, cs, own);
        own.all().forEach(problems::add);
        if (own.all().isEmpty()) {
            folder.keepFromReport(name, path);
        }
        return made;
    }

    /**
     * After the report was written: keeps the pictures this build drew (copied from the
     * report, so a build that fails keeps nothing) and forgets those it did not use.
     */
    public void update(Path output) throws IOException {
        folder.update(output);
    }

    /** The pictures kept now, by name. */
    Set<String> kept() throws IOException {
        return folder.kept();
    }
}
