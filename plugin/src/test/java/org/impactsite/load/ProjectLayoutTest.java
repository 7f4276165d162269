package org.impactsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.FreePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.impactsite.validate.Identifiers;

/** The folders of a report: where case studies and pages are found, and their addresses. */
class ProjectLayoutTest {

    @TempDir
    Path root;

    private void site() {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\n");
    }

    @Test
    void aMissingSourceFolderIsAnError() throws Exception {
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly("src/impact:1:1: error: there is no source folder src/impact");
        assertThat(loaded.problems().all().get(0).hint()).contains("sourceDirectory");
        assertThat(loaded.project().caseStudies()).isEmpty();
    }

    @Test
    void aSourceFolderThatIsAFileIsAnError() throws Exception {
        Fixtures.write(root, "src/impact", "oops");
        assertThat(Fixtures.load(root).headlines())
                .containsExactly("src/impact:1:1: error: the report's source folder src/impact is a file, not a folder");
    }

    @Test
    void aMisspeltFolderOfTheSourcesIsAWarningWithTheNameItMeant() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-study/a.md", "---\ntitle: A\n---\n");
        Fixtures.write(root, "src/impact/page/about.md", "---\ntitle: About\n---\n");
        Fixtures.write(root, "src/impact/.DS_Store", "x");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).contains(
                "src/impact/case-study:1:1: warning: the report does not use this; its source folder holds only site.yaml, "
                        + "case-studies, pages, assets, templates",
                "src/impact/page:1:1: warning: the report does not use this; its source folder holds only site.yaml, "
                        + "case-studies, pages, assets, templates");
        assertThat(loaded.problems().all()).anySatisfy(p -> assertThat(p.hint()).contains("case-studies"));
        assertThat(loaded.headlines()).noneMatch(h -> h.contains(".DS_Store"));
    }

    @Test
    void themesThatWouldShareAPageWithoutMeaningToAreAWarning() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\nthemes: [C++, Gender-based violence]\n---\n");
        Fixtures.write(root, "src/impact/case-studies/b.md", "---\ntitle: B\nthemes: [C, gender based  violence]\nchannels: [TikTok]\n---\n");
        Fixtures.write(root, "src/impact/case-studies/c.md", "---\ntitle: C\nchannels: [tiktok]\n---\n");
        assertThat(Fixtures.load(root).headlines()).containsExactly(
                "src/impact/case-studies/b.md:3:10: warning: the theme \"C\" gets the same page as \"C++\" (themes/c/), so both are listed on one page under one of the two names");
    }

    @Test
    void aHighlightedMetricWithAWrongValueIsNotAlsoCalledUnknown() throws Exception {
        Fixtures.write(root, "src/impact/site.yaml", "title: T\nhighlights: [views]\n");
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\nmetrics:\n  - {id: views, label: Views, value: 12%}\n---\n");
        assertThat(Fixtures.load(root).headlines()).singleElement().asString().contains("metrics[1].value must be a number");
    }

    @Test
    void theSlugSuggestedForTwoCaseStudiesOfOneAddressIsAValidSlug() throws Exception {
        site();
        String name = "a".repeat(80);
        Fixtures.write(root, "src/impact/case-studies/" + name + ".md", "---\ntitle: A\n---\n");
        Fixtures.write(root, "src/impact/case-studies/b.md", "---\ntitle: B\nslug: " + name + "\n---\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        String hint = loaded.problems().errors().get(0).hint();
        String suggested = hint.substring(hint.indexOf("slug: ") + 6);
        assertThat(Identifiers.isSafeSlug(suggested)).as(suggested).isTrue();
    }

    @Test
    void aMissingSiteYamlIsAnErrorWithAnExample() throws Exception {
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\n---\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly("src/impact:1:1: error: there is no site.yaml in src/impact");
        assertThat(loaded.problems().all().get(0).hint()).contains("title: ");
        assertThat(loaded.project().caseStudies()).hasSize(1);
    }

    @Test
    void siteYmlIsNamedInTheHint() throws Exception {
        Fixtures.write(root, "src/impact/site.yml", "title: T\n");
        assertThat(Fixtures.load(root).problems().all().get(0).hint()).isEqualTo("rename site.yml to site.yaml");
    }

    @Test
    void noCaseStudiesIsAWarning() throws Exception {
        site();
        assertThat(Fixtures.load(root).headlines())
                .containsExactly("src/impact/case-studies:1:1: warning: there are no case studies yet");
    }

    @Test
    void slugsComeFromFileAndFolderNames() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-studies/Pets After Divorce.md", "---\ntitle: P\n---\n");
        Fixtures.write(root, "src/impact/case-studies/unicef-weibo/index.md", "---\ntitle: U\n---\n");
        Fixtures.write(root, "src/impact/case-studies/unicef-weibo/photo.jpg", "jpg");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).isEmpty();
        assertThat(loaded.project().caseStudies()).extracting(CaseStudy::slug)
                .containsExactly("pets-after-divorce", "unicef-weibo");
        assertThat(loaded.project().caseStudies().get(1).bundleDir())
                .isEqualTo(root.resolve("src/impact/case-studies/unicef-weibo").toAbsolutePath().normalize());
    }

    @Test
    void aDuplicateSlugIsReportedAtTheSecondNamingTheFirst() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\n---\n");
        Fixtures.write(root, "src/impact/case-studies/b.md", "---\ntitle: B\nslug: a\n---\n");
        Fixtures.write(root, "src/impact/case-studies/c.md", "---\ntitle: C\nslug: b\n---\n");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly("src/impact/case-studies/b.md:3:7: error: "
                + "the slug \"a\" is already used by the case study src/impact/case-studies/a.md");
        assertThat(loaded.project().caseStudies()).extracting(CaseStudy::title).containsExactly("A", "C");
    }

    @Test
    void aFolderAndAFileOfTheSameNameClash() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: File\n---\n");
        Fixtures.write(root, "src/impact/case-studies/a/index.md", "---\ntitle: Folder\n---\n");
        assertThat(Fixtures.load(root).headlines()).containsExactly("src/impact/case-studies/a.md:1:1: error: "
                + "the slug \"a\" is already used by the case study src/impact/case-studies/a/index.md");
    }

    @Test
    void strayFilesAreWarnedAboutButCsvSeriesAndHiddenFilesAreNot() throws Exception {
        site();
        Fixtures.write(root, "src/impact/case-studies/a.md", "---\ntitle: A\nsources: [{id: s, title: S}]\n"
                + "metrics: [{id: m, label: M, series: a.csv, source: s}]\n---\n");
        Fixtures.write(root, "src/impact/case-studies/a.csv", "date,value\n2020,1\n");
        Fixtures.write(root, "src/impact/case-studies/b.csv", "date,value\n2020,1\n");
        Fixtures.write(root, "src/impact/case-studies/.DS_Store", "x");
        assertThat(Fixtures.load(root).headlines())
                .containsExactly("src/impact/case-studies/b.csv:1:1: warning: this file is not a case study and is ignored");
    }

    @Test
    void pagesHaveTitlesAndSafeAddresses() throws Exception {
        site();
        Fixtures.write(root, "src/impact/pages/about.md", "---\ntitle: About\norder: 3\n---\nText\n");
        Fixtures.write(root, "src/impact/pages/team.md", "---\ntitle: Team\norder: 3\nslug: people\n---\n");
        Fixtures.write(root, "src/impact/pages/first.md", "---\ntitle: Z first\norder: -1\n---\n");
        Fixtures.write(root, "src/impact/pages/data.md", "---\ntitle: Data\n---\n");
        Fixtures.write(root, "src/impact/pages/other.md", "---\ntitle: Other\nslug: themes\n---\n");
        Fixtures.write(root, "src/impact/pages/untitled.md", "---\norder: x\nsummry: s\n---\n");
        Fixtures.write(root, "src/impact/pages/copy.md", "---\ntitle: Copy\nslug: about\n---\n");
        Fixtures.write(root, "src/impact/pages/photo.png", "png");
        Fixtures.Loaded loaded = Fixtures.load(root);
        assertThat(loaded.headlines()).containsExactly(
                "src/impact/case-studies:1:1: warning: there are no case studies yet",
                "src/impact/pages/copy.md:3:7: error: the slug \"about\" is already used by the page src/impact/pages/about.md",
                "src/impact/pages/data.md:1:1: error: the page's address \"data/\" is taken by the site itself",
                "src/impact/pages/other.md:3:7: error: the page's address \"themes/\" is taken by the site itself",
                "src/impact/pages/photo.png:1:1: warning: this is not a page and is ignored",
                "src/impact/pages/untitled.md:2:1: error: title is missing",
                "src/impact/pages/untitled.md:2:8: error: order must be a whole number from -9999 to 9999, got \"x\"",
                "src/impact/pages/untitled.md:3:1: error: unknown key \"summry\"");
        assertThat(loaded.project().pages()).extracting(FreePage::slug).containsExactly("first", "about", "people");
        assertThat(loaded.project().pages().get(1).body().text()).isEqualTo("Text\n");
    }
}
