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

    static final Function<String, Optional<String>> LATIN_ONLY =
            t -> t.codePoints().allMatch(c -> c < 0x2000 || c == '…') ? Optional.of(Font.SANS_SERIF) : Optional.empty();

    static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void everyCaseStudyAndTheSiteGetAPictureOfTheSizeSocialNetworksAskFor() throws IOException {
        Project p = TestProjects.rich("<script>alert(1)</script>");
        Problems problems = new Problems();
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a", LATIN_ONLY);
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
        // the unicef-weibo title is Chinese: this font function cannot draw it, so a warning says which font to install
        assertThat(problems.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location().toString()).isEqualTo("src/impact/x.md:1:1");
            assertThat(w.message()).contains("no installed font can draw \"联合国儿童基金会微博");
            assertThat(w.hint()).contains("fonts-noto-cjk");
        });
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
        SocialCards en = new SocialCards(Locale.ENGLISH, "#b0306a", LATIN_ONLY);
        assertThat(en.headline(p.site(), full)).contains(new SocialCards.Headline(">1M", "Views of the clip"));
        assertThat(new SocialCards(Locale.SIMPLIFIED_CHINESE, "#b0306a", LATIN_ONLY).headline(p.site(), full))
                .hasValueSatisfying(h -> assertThat(h.number()).isEqualTo(">100万"));
        assertThat(en.headline(p.site(), p.caseStudies().get(1))).isEmpty();
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisAndChangesThePicture() {
        Project p = TestProjects.rich("");
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a", LATIN_ONLY);
        CaseStudy cs = p.caseStudies().get(1);
        CaseStudy longer = TestProjects.caseStudy(cs.slug(), "word ".repeat(200), null, null, List.of(), List.of(),
                List.of(), List.of());
        assertThat(cards.caseStudy(p.site(), longer, new Problems())).isNotEqualTo(cards.caseStudy(p.site(), cs, new Problems()));
    }

    @Test
    void chineseTitlesAreDrawnWhenAFontCoversThem() throws IOException {
        Optional<String> family = new SocialCards.InstalledFonts().familyFor("乡村供水点");
        if ("true".equals(System.getenv("CI"))) {
            assertThat(family).as("CI installs a Chinese font (fonts-wqy-microhei)").isPresent();
        }
        assumeTrue(family.isPresent(), "no Chinese font is installed here");
        Project p = TestProjects.rich("");
        CaseStudy cjk = p.caseStudies().get(2);
        Problems problems = new Problems();
        SocialCards cards = new SocialCards(Locale.ENGLISH, "#b0306a");
        byte[] drawn = cards.caseStudy(p.site(), cjk, problems);
        assertThat(problems.all()).isEmpty();
        byte[] without = new SocialCards(Locale.ENGLISH, "#b0306a", LATIN_ONLY).caseStudy(p.site(), cjk, new Problems());
        assertThat(drawn).isNotEqualTo(without);
    }
}
