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
 * Pictures for social media kept between builds (beside the report,
 * {@code target/.impact-site.pictures}, or in the machine's shared cache), each named by a SHA-256 digest of the plugin's version
 * and of everything drawn on it ({@link SocialCards#drawn}). A build after a change to a few
 * case studies draws only their pictures; the others are copied. A picture that drew with a
 * warning (characters no bundled font has) is never kept, so every build tells the warning.
 */
public final class PictureCache {

    private final KeptFolder folder;
    private final String code;

    /**
     * @param folder where the pictures are kept (its kind: {@code pictures})
     * @param code   a digest of the plugin's version
     */
    public static PictureCache in(KeptFolder folder, String code) {
        return new PictureCache(folder, code);
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
     * report, so a build that fails keeps nothing); whether it drew any to keep.
     */
    public boolean update(Path output) throws IOException {
        return folder.update(output);
    }

    /** The pictures kept now, by name. */
    Set<String> kept() throws IOException {
        return folder.kept();
    }
}
