package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.impactsite.reuse.KeptFolder;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.TestProjects;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureCacheTest {

    @TempDir
    Path dir;

    final SiteConfig site = PublicationsTest.withBase(TestProjects.rich(""), "https://impact.example.org/").site();
    final SocialCards cards = new SocialCards(Locale.ENGLISH, "#1d6fa5");

    static CaseStudy named(String slug, String title) {
        return TestProjects.caseStudy(slug, title, "KE", TestProjects.years(2020, 2021), List.of("TikTok"), List.of(),
                List.of(TestProjects.metric("views", "Views", 1_250_000, null, "views")), List.of());
    }

    /** Writes a build's pictures into the report folder, as the site writer would. */
    static void publish(Path output, List<SiteFile> pictures) throws IOException {
        for (SiteFile f : pictures) {
            Path to = output.resolve(f.path());
            Files.createDirectories(to.getParent());
            if (f.content() != null) {
                Files.write(to, f.content());
            } else {
                Files.copy(f.source(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void anUnchangedPictureIsCopiedAChangedOneDrawnAndNothingIsKeptBeforeTheReportIsWritten() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Path output = project.resolve("target/impact-site");
        Path kept = project.resolve("target/.impact-site.pictures");
        CaseStudy a = named("a", "Clean water");
        CaseStudy b = named("b", "Safe schools");

        PictureCache first = PictureCache.in(KeptFolder.beside(output, project, "pictures"), "v1");
        List<SiteFile> one = List.of(first.caseStudyCard(cards, site, a, new Problems()),
                first.caseStudyCard(cards, site, b, new Problems()));
        assertThat(one).allMatch(f -> f.content() != null);
        assertThat(kept).doesNotExist();
        publish(output, one);
        first.update(output);
        java.util.Set<String> before = first.kept();
        assertThat(before).hasSize(2);

        CaseStudy b2 = named("b", "Safe schools for girls");
        PictureCache second = PictureCache.in(KeptFolder.beside(output, project, "pictures"), "v1");
        SiteFile sameA = second.caseStudyCard(cards, site, a, new Problems());
        SiteFile newB = second.caseStudyCard(cards, site, b2, new Problems());
        assertThat(sameA.content()).isNull();
        assertThat(sameA.source()).startsWith(kept);
        assertThat(Files.readAllBytes(sameA.source())).isEqualTo(one.get(0).content());
        assertThat(newB.content()).isNotNull().isNotEqualTo(one.get(1).content());
        publish(output, List.of(sameA, newB));
        second.update(output);
        String nameA = sameA.source().getFileName().toString();
        assertThat(before).contains(nameA);
        assertThat(second.kept()).hasSize(2).contains(nameA)
                .doesNotContainAnyElementsOf(before.stream().filter(n -> !n.equals(nameA)).toList());

        PictureCache otherPlugin = PictureCache.in(KeptFolder.beside(output, project, "pictures"), "v2");
        assertThat(otherPlugin.caseStudyCard(cards, site, a, new Problems()).content()).isNotNull();
    }

    @Test
    void aPictureDrawnWithAWarningIsNotKept() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Path output = project.resolve("target/impact-site");
        PictureCache cache = PictureCache.in(KeptFolder.beside(output, project, "pictures"), "v1");
        Problems problems = new Problems();
        SiteFile card = cache.caseStudyCard(cards, site, named("a", "Clean water \u0e19\u0e49\u0e33\u0e2a\u0e30\u0e2d\u0e32\u0e14"), problems);
        assertThat(problems.warnings()).isNotEmpty();
        publish(output, List.of(card));
        cache.update(output);
        assertThat(cache.kept()).isEmpty();
    }

    @Test
    void aLinkInPlaceOfTheFolderIsRemovedNotFollowed() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(project.resolve("target"));
        Path link = Files.createSymbolicLink(project.resolve("target/.impact-site.pictures"), outside);
        Path output = project.resolve("target/impact-site");
        PictureCache cache = PictureCache.in(KeptFolder.beside(output, project, "pictures"), "v1");
        assertThat(link).doesNotExist();
        SiteFile card = cache.caseStudyCard(cards, site, named("a", "Clean water"), new Problems());
        publish(output, List.of(card));
        cache.update(output);
        try (var inside = Files.list(outside)) {
            assertThat(inside).isEmpty();
        }
        assertThat(cache.kept()).hasSize(1);
    }
}
