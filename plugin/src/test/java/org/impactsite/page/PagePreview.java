package org.impactsite.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactsite.chart.DataTable;
import org.impactsite.chart.RenderedChart;
import org.impactsite.model.ChartType;
import org.impactsite.model.Project;
import org.impactsite.model.SiteConfig;
import org.impactsite.portfolio.Portfolio;
import org.impactsite.portfolio.TestProjects;
import org.impactsite.problem.Problems;
import org.impactsite.plan.SiteFile;

/**
 * Writes a fabricated report to target/page-preview/ for a look in a browser: a tool for work
 * on the theme, run from the test classes ({@code main}), not a test.
 */
public final class PagePreview {

    private PagePreview() {
    }

    public static void main(String[] args) throws IOException {
        Project rich = TestProjects.rich("");
        SiteConfig s = rich.site();
        Project project = new Project(new SiteConfig(s.title(), s.organization(), s.baseUrl(), s.language(), s.intro(),
                "assets/logo.svg", s.highlights(), s.funders(), s.accent(), s.currencies()), rich.caseStudies(), rich.pages());
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 600 300\" width=\"600\" height=\"300\">"
                + "<title>Engagement with the clip</title><desc>Bar chart of views, comments and reposts.</desc>"
                + "<rect x=\"120\" y=\"40\" width=\"440\" height=\"50\" fill=\"#b0306a\"/>"
                + "<rect x=\"120\" y=\"120\" width=\"200\" height=\"50\" fill=\"#b0306a\"/>"
                + "<rect x=\"120\" y=\"200\" width=\"90\" height=\"50\" fill=\"#b0306a\"/>"
                + "<text x=\"10\" y=\"70\" font-size=\"16\">Views</text><text x=\"10\" y=\"150\" font-size=\"16\">Comments</text>"
                + "<text x=\"10\" y=\"230\" font-size=\"16\">Reposts</text></svg>";
        RenderedChart chart = new RenderedChart("chart-1", ChartType.BAR, "Engagement with the clip", svg,
                "Views reached more than 1 million; comments 450,000; reposts 200,000.",
                new DataTable("Engagement with the clip", List.of("Metric", "Value"),
                        List.of(List.of("Views", "1,000,000"), List.of("Comments", "450,000"), List.of("Reposts", "200,000"))),
                List.of("Figures as reported by the platform."));
        PageInputs in = new PageInputs(Portfolio.of(project), Map.of("justice4her-pets", List.of(chart)), List.of(chart),
                Map.of("justice4her-pets", "<h3>How it started</h3><p>A short clip about who keeps the cat after a divorce "
                        + "turned into a conversation about <strong>women's legal rights</strong>.</p><ul><li>One</li><li>Two</li></ul>"),
                "<p>Ten years of campaigns that used social media to change what young people know, think and do.</p>",
                Map.of("about", "<p>We are a media organisation.</p>", "methodology", "<p>How we count.</p>"));
        Path out = Path.of("target/page-preview");
        PageRenderer renderer = new PageRenderer(Path.of("target/no-templates"), Locale.ENGLISH);
        Problems problems = new Problems();
        List<SiteFile> files = new java.util.ArrayList<>(renderer.render(in, problems));
        files.addAll(renderer.themeFiles());
        for (SiteFile f : files) {
            Path p = out.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.write(p, f.content() != null ? f.content() : Files.readAllBytes(f.source()));
        }
        Path logo = Path.of("../example-site/src/impact/assets/logo.svg");
        if (Files.exists(logo)) {
            Files.createDirectories(out.resolve("assets"));
            Files.copy(logo, out.resolve("assets/logo.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.all());
        }
    }
}
