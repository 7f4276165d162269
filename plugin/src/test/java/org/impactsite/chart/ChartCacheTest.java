package org.impactsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.impactsite.reuse.KeptFolder;
import org.impactsite.model.CaseStudy;
import org.impactsite.model.CaseStudyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCacheTest {

    @TempDir
    Path dir;

    @Test
    void chartsReadBackEqualToTheDrawnOnes() throws IOException {
        for (CaseStudy cs : List.of(Fixtures.pets(), ChartSamples.showcase())) {
            List<RenderedChart> drawn = new ChartMaker(Locale.ENGLISH).forCaseStudy(cs);
            assertThat(drawn).isNotEmpty();
            assertThat(ChartCache.read(ChartCache.write(drawn))).isEqualTo(drawn);
        }
    }

    @Test
    void keptChartsAreUsedUntilTheCaseStudyChangesAndADamagedOneIsDrawnAgain() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Path output = project.resolve("target/impact-site");
        Path spillDir = Files.createDirectories(dir.resolve("spill"));
        AtomicInteger n = new AtomicInteger();
        Function<byte[], Path> spill = bytes -> {
            try {
                return Files.write(spillDir.resolve(Integer.toString(n.incrementAndGet())), bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        // every drawing is written to the spill folder: n counts them
        AtomicInteger drawings = n;
        ChartMaker counting = new ChartMaker(Locale.ENGLISH);
        CaseStudy pets = Fixtures.pets();

        ChartCache first = ChartCache.in(KeptFolder.beside(output, project, "charts"), "v1", spill);
        List<RenderedChart> drawn = first.forCaseStudy(counting, pets, Locale.ENGLISH, "#1d6fa5");
        first.update(output);
        Path folder = project.resolve("target/.impact-site.charts");
        assertThat(Files.list(folder).count()).isEqualTo(1);

        ChartCache second = ChartCache.in(KeptFolder.beside(output, project, "charts"), "v1", spill);
        assertThat(second.forCaseStudy(counting, pets, Locale.ENGLISH, "#1d6fa5")).isEqualTo(drawn);
        assertThat(drawings).hasValue(1);
        assertThat(second.forCaseStudy(counting, pets, Locale.FRENCH, "#1d6fa5")).isNotNull();
        assertThat(drawings).hasValue(2);
        CaseStudy newStory = CaseStudyBuilder.from(pets).title("Another title").summary("Another summary")
                .story("A story told again.").build();
        assertThat(second.forCaseStudy(counting, newStory, Locale.ENGLISH, "#1d6fa5")).as("a new story keeps the charts")
                .isEqualTo(drawn);
        assertThat(drawings).hasValue(2);
        CaseStudy newFigure = CaseStudyBuilder.from(pets).metrics(pets.metrics().subList(1, pets.metrics().size())).build();
        second.forCaseStudy(counting, newFigure, Locale.ENGLISH, "#1d6fa5");
        assertThat(drawings).as("a changed figure draws them again").hasValue(3);
        second.update(output);

        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {0, 0, 0, 1, 0, 0, 0, 9});
            }
        }
        ChartCache third = ChartCache.in(KeptFolder.beside(output, project, "charts"), "v1", spill);
        assertThat(third.forCaseStudy(counting, pets, Locale.ENGLISH, "#1d6fa5")).isEqualTo(drawn);
        assertThat(drawings).hasValue(4);
    }
}
