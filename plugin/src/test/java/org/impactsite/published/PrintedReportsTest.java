package org.impactsite.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.impactsite.PdfReportTest;
import org.junit.jupiter.api.Test;

/** The PDFs of the example report and of the richer portfolio print what their pages show. */
class PrintedReportsTest {

    @Test
    void eachPublishedReportPrintsWhatItsPagesShow() throws Exception {
        Map<String, Path> sites = PublishedSites.all();
        assertThat(sites).containsKeys("example", "portfolio");
        for (Path site : sites.values()) {
            PdfReportTest.printsWhatThePagesShow(site);
        }
        // the example is dated by its pom; a report without a date makes an undated PDF, not one of today
        try (PDDocument example = Loader.loadPDF(sites.get("example").resolve("report.pdf").toFile());
                PDDocument undated = Loader.loadPDF(sites.get("portfolio").resolve("report.pdf").toFile())) {
            assertThat(example.getDocumentInformation().getCreationDate().toInstant()).hasToString("2026-11-22T00:00:00Z");
            assertThat(undated.getDocumentInformation().getCreationDate()).isNull();
            assertThat(new String(undated.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")).doesNotContain("CreateDate");
        }
    }
}
