package org.impactsite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.impactsite.model.CaseStudy;
import org.impactsite.model.Project;
import org.impactsite.portfolio.TestProjects;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;
import org.junit.jupiter.api.Test;

class SocialCardsTest {

    static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void everyCaseStudyAndTheSiteGetAPictureOfTheSizeSocialNetworksAskFor() throws IOException {
        Project p = TestProjects.rich("<script>alert(1)</script>");
        Problems problems = new Problems();
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a");
        List<SiteFile> files = new ArrayList<>();
        p.caseStudies().forEach(cs -> files.add(cards.caseStudyCard(p.site(), cs, problems)));
        files.add(cards.siteCard(p.site(), "src/impact/site.yaml", problems));
        assertThat(files).extracting(SiteFile::path).containsExactly("case-studies/justice4her-pets/card.png",
                "case-studies/listening-tour/card.png", "case-studies/unicef-weibo/card.png", "card.png");
        for (SiteFile f : files) {
            BufferedImage img = image(f.content());
            assertThat(img.getWidth()).isEqualTo(1200);
            assertThat(img.getHeight()).isEqualTo(630);
            // the accent bar on the left, in a shade readable on white
            assertThat(img.getRGB(5, 300) & 0xffffff).isEqualTo(SocialCards.readableOnWhite(java.awt.Color.decode("#b0306a")).getRGB() & 0xffffff);
        }
        // the unicef-weibo title is Chinese: the plugin's own font draws it, whatever this machine has
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void theSameInputDrawsTheSameBytes() {
        Project p = TestProjects.rich("");
        byte[] a = new SocialCards(Locale.ENGLISH, "#1d6fa5").caseStudy(p.site(), p.caseStudies().get(0), new Problems());
        byte[] b = new SocialCards(Locale.ENGLISH, "#1d6fa5").caseStudy(p.site(), p.caseStudies().get(0), new Problems());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void theHeadlineIsTheFirstHighlightedFigureWithItsQualifierInTheReportsLanguage() {
        Project p = TestProjects.rich("");
        CaseStudy full = p.caseStudies().get(0);
        SocialCards en = new SocialCards(Locale.ENGLISH, "#b0306a");
        assertThat(en.headline(p.site(), full)).contains(new SocialCards.Headline(">1M", "Views of the clip"));
        assertThat(new SocialCards(Locale.SIMPLIFIED_CHINESE, "#b0306a").headline(p.site(), full))
                .hasValueSatisfying(h -> assertThat(h.number()).isEqualTo(">100万"));
        assertThat(en.headline(p.site(), p.caseStudies().get(1))).isEmpty();
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisAndChangesThePicture() {
        Project p = TestProjects.rich("");
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a");
        CaseStudy cs = p.caseStudies().get(1);
        CaseStudy longer = TestProjects.caseStudy(cs.slug(), "word ".repeat(200), null, null, List.of(), List.of(),
                List.of(), List.of());
        assertThat(cards.caseStudy(p.site(), longer, new Problems())).isNotEqualTo(cards.caseStudy(p.site(), cs, new Problems()));
    }

    @Test
    void chineseArabicAndLatinAreDrawnInThePluginsFontsAndWhatNoneHasIsNamedInOneWarning() throws IOException {
        Project p = TestProjects.rich("");
        CaseStudy cjk = p.caseStudies().get(2);
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a");
        Problems problems = new Problems();
        byte[] chinese = cards.caseStudy(p.site(), cjk, problems);
        // Thai is in neither bundled font: the title draws nothing, so the picture shows no title
        byte[] untitled = cards.caseStudy(p.site(), retitled(cjk, "\u0e19\u0e49\u0e33"), new Problems());
        assertThat(problems.all()).isEmpty();
        assertThat(inked(chinese)).as("the Chinese title is drawn").isGreaterThan(inked(untitled) + 2000);

        Problems mixed = new Problems();
        byte[] arabic = cards.caseStudy(p.site(), retitled(cjk, "\u0645\u064a\u0627\u0647 \u0646\u0638\u064a\u0641\u0629 \u6e05\u6d01\u6c34 water \ud83d\udca7 \u0e19\u0e49\u0e33"), mixed);
        assertThat(inked(arabic)).as("Arabic, Chinese and Latin in one title").isGreaterThan(inked(untitled) + 2000);
        assertThat(mixed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("the picture for social media leaves out \"\ud83d\udca7\u0e19\u0e49\u0e33\": no font shipped "
                    + "with the plugin has them");
            assertThat(w.hint()).contains("DejaVu Sans", "WenQuanYi Micro Hei", "emoji");
        });
    }

    private static CaseStudy retitled(CaseStudy cs, String title) {
        return TestProjects.caseStudy(cs.slug(), title, null, null, List.of(), List.of(), cs.metrics(), List.of());
    }

    /** How many pixels of the picture are not paper. */
    private static long inked(byte[] png) throws IOException {
        BufferedImage img = image(png);
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        return n;
    }
}
